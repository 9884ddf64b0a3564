import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs the built command line, as a user would. `npm test` builds dist/ before the unit tests. */
const cliPath = join(__dirname, '../../../dist/cli.js');
function cli(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('command line', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'invite-cli-'));
    writeFileSync(join(dir, 'good.invite'), '---\nname: Dana\n---\nHi {{name}}, great meeting you at PyCon. I enjoyed your talk on retries.\n');
    writeFileSync(join(dir, 'stock.invite'), "I'd like to add you to my professional network on LinkedIn.\n");
    writeFileSync(join(dir, 'slot.invite'), 'Hi [Name], we met at PyCon.\n');
    writeFileSync(join(dir, 'broken.invite'), 'Hi {{#company}} there\n');
    mkdirSync(join(dir, 'nested'));
    writeFileSync(join(dir, 'nested', 'deep.invite'), 'Hi [Name], we met at PyCon.\n');
    writeFileSync(join(dir, 'nested', 'notes.txt'), 'not an invite [Name]\n');
    writeFileSync(join(dir, 'binary.invite'), Buffer.from([0x48, 0x00, 0x69]));
    writeFileSync(join(dir, 'people.invite'), '---\nrecipients:\n  - name: Omar\n  - name: Lee\n---\nHi {{name}}, we met at PyCon.\n');
    writeFileSync(join(dir, 'bom.invite'), '\uFEFFHi [Name], we met at PyCon.\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  describe('lint', () => {
    it('exits 0 when there is no error, even with warnings', () => {
      assert.equal(cli(['lint', 'good.invite'], dir).code, 0);
      const stock = cli(['lint', 'stock.invite'], dir);
      assert.equal(stock.code, 0);
      assert.match(stock.stdout, /^stock\.invite:1:1: warning generic-phrase: /m);
    });

    it('exits 1 when a finding is an error', () => {
      const result = cli(['lint', 'slot.invite'], dir);
      assert.equal(result.code, 1);
      assert.match(result.stdout, /^slot\.invite:1:4: error placeholder: /m);
    });

    it('prints one JSON array in the documented shape', () => {
      const result = cli(['lint', '--format', 'json', 'slot.invite', 'good.invite'], dir);
      assert.equal(result.code, 1);
      const parsed = JSON.parse(result.stdout);
      assert.deepEqual(parsed, [
        {
          file: 'slot.invite',
          findings: [{
            rule: 'placeholder', severity: 'error', message: parsed[0].findings[0].message,
            line: 1, column: 4, endLine: 1, endColumn: 10,
            fixes: [
              {
                title: 'Turn into {{name}} and add it to the front matter',
                edits: [
                  { line: 1, column: 1, endLine: 1, endColumn: 1, text: '---\nname: \n---\n' },
                  { line: 1, column: 4, endLine: 1, endColumn: 10, text: '{{name}}' },
                ],
              },
              { title: 'Disable placeholder for this line', edits: [{ line: 1, column: 1, endLine: 1, endColumn: 1, text: '{{! invite-disable-next-line placeholder }}\n' }] },
              { title: 'Disable placeholder for this file', edits: [{ line: 1, column: 1, endLine: 1, endColumn: 1, text: '{{! invite-disable placeholder }}\n' }] },
            ],
          }],
        },
        { file: 'good.invite', findings: [] },
      ]);
      assert.match(parsed[0].findings[0].message, /\[Name\]/);
    });

    it('names a missing file on stderr, still lints the others, and exits 2', () => {
      const result = cli(['lint', '--format', 'json', 'missing.invite', 'slot.invite'], dir);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /missing\.invite: no such file/);
      assert.equal(JSON.parse(result.stdout)[0].file, 'slot.invite');
    });

    it('lints the .invite files of a folder, recursively', () => {
      const result = cli(['lint', '--format', 'json', 'nested'], dir);
      assert.deepEqual(JSON.parse(result.stdout).map((r: { file: string }) => r.file), ['nested/deep.invite']);
    });

    it('expands a glob', () => {
      const files = JSON.parse(cli(['lint', '--format', 'json', '*.invite'], dir).stdout).map((r: { file: string }) => r.file);
      assert.ok(files.includes('good.invite') && files.includes('stock.invite'));
      assert.ok(!files.includes('binary.invite'), 'a binary file is reported, not linted');
    });

    it('refuses a binary file with a clear message', () => {
      const result = cli(['lint', 'binary.invite'], dir);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /binary/);
    });

    it('refuses a 10 MB file with a clear message, without reading it', () => {
      writeFileSync(join(dir, 'huge.invite'), Buffer.alloc(10 * 1024 * 1024, 'a'));
      const result = cli(['lint', 'huge.invite', 'good.invite'], dir);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /huge\.invite: 10\.0 MB is too large for an invitation note/);
      assert.match(result.stdout, /1 file linted/, 'the other file is still linted');
    });

    it('reports an unreadable file', function () {
      if (process.getuid?.() === 0) this.skip(); // root reads any file
      const locked = join(dir, 'locked.invite');
      writeFileSync(locked, 'x');
      chmodSync(locked, 0o000);
      const result = cli(['lint', 'locked.invite'], dir);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /permission denied/);
    });

    it("applies --limit, and a free account's 200 without it", () => {
      // 17 + 200 = 217 characters: over 200, under 300.
      writeFileSync(join(dir, 'long.invite'), `We met at PyCon. ${'a'.repeat(200)}`);
      assert.equal(cli(['lint', 'long.invite'], dir).code, 1);
      assert.equal(cli(['lint', '--limit', '300', 'long.invite'], dir).code, 0);
      assert.equal(cli(['lint', '--limit', '200', 'long.invite'], dir).code, 1);
    });

    it('counts columns as VS Code does, after a byte-order mark', () => {
      const [result] = JSON.parse(cli(['lint', '--format', 'json', 'bom.invite'], dir).stdout);
      assert.equal(result.findings[0].column, 4);
    });

    it('names a document over 65,536 characters on stderr, exits 2, and still lints the others', () => {
      writeFileSync(join(dir, 'long-paste.invite'), `Hi [Name]. ${'We met at PyCon. '.repeat(4000)}`);
      const result = cli(['lint', '--format', 'json', 'long-paste.invite', 'slot.invite'], dir);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /^long-paste\.invite: This document has 68,011 characters: Invite Writer checks and copies documents of up to 65,536/m);
      assert.deepEqual(JSON.parse(result.stdout).map((r: { file: string }) => r.file), ['slot.invite']);
      const rendered = cli(['render', 'long-paste.invite'], dir);
      assert.equal(rendered.code, 2);
      assert.equal(rendered.stdout, '');
    });

    it('names a file that is not UTF-8, with the offset of the first bad byte, and still lints the others', () => {
      writeFileSync(join(dir, 'latin1.invite'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61, 0x74, 0x20, 0x38]));
      writeFileSync(join(dir, 'latin1-end.invite'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
      writeFileSync(join(dir, 'stray.invite'), Buffer.concat([Buffer.from('Hi ☕ '), Buffer.from([0x80]), Buffer.from(' there')]));
      const result = cli(['lint', 'latin1.invite', 'latin1-end.invite', 'stray.invite', 'good.invite'], dir);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /^latin1\.invite: not valid UTF-8 \(the first bad byte is at offset 3\)/m);
      assert.match(result.stderr, /^latin1-end\.invite: not valid UTF-8 \(the first bad byte is at offset 3\)/m);
      // "Hi ☕ " is 3 + 3 + 1 bytes.
      assert.match(result.stderr, /^stray\.invite: not valid UTF-8 \(the first bad byte is at offset 7\)/m);
      assert.match(result.stdout, /1 file linted/);
      const rendered = cli(['render', 'latin1.invite'], dir);
      assert.equal(rendered.code, 2);
      assert.ok(!rendered.stdout.includes('\uFFFD'), 'no replacement character the file does not contain');
    });

    it('exits 2 for a folder with no .invite files, as for a glob that matches nothing', () => {
      mkdirSync(join(dir, 'empty'));
      writeFileSync(join(dir, 'empty', 'readme.txt'), 'Hi [Name]');
      const folder = cli(['lint', 'empty'], dir);
      assert.equal(folder.code, 2);
      assert.match(folder.stderr, /empty: no \.invite files in this folder/);
      assert.equal(cli(['lint', 'empty/*.invite'], dir).code, 2);
    });

    it('--fix applies the safe fixes in place, keeps the byte-order mark and line endings, and reports what is left', () => {
      writeFileSync(join(dir, 'fixable.invite'), '\uFEFF---\r\nname: Dana\r\n---\r\nHi [Name], we met at [Event] in {{city}}.\r\n');
      const result = cli(['lint', '--fix', '--format', 'json', 'fixable.invite'], dir);
      const fixed = readFileSync(join(dir, 'fixable.invite'), 'utf8');
      assert.equal(fixed, '\uFEFF---\r\nname: Dana\r\n---\r\nHi {{name}}, we met at [Event] in {{city}}.\r\n', 'only the slot whose key has a value');
      assert.equal(result.code, 1, 'errors are left for the author');
      const [report] = JSON.parse(result.stdout);
      assert.deepEqual(report.findings.filter((f: { rule: string }) => f.rule === 'placeholder').map((f: { message: string }) => f.message.slice(0, 11)), ['"[Event]" l', '`{{city}}` ']);
    });

    it('--fix leaves a file with nothing safe to fix untouched', () => {
      const before = readFileSync(join(dir, 'stock.invite'));
      cli(['lint', '--fix', 'stock.invite'], dir);
      assert.deepEqual(readFileSync(join(dir, 'stock.invite')), before);
    });

    it('exits 2 on usage problems', () => {
      for (const args of [['lint'], ['lint', '--fix=yes', 'a'], ['lint', '--format', 'xml', 'a'], ['lint', '--limit', 'x', 'a'], ['lint', '--bogus', 'a'], ['frobnicate'], []]) {
        const result = cli(args, dir);
        assert.equal(result.code, 2, args.join(' '));
        assert.match(result.stderr, /Usage:/);
      }
    });
  });

  describe('render', () => {
    it('prints exactly the copied text and one newline', () => {
      const result = cli(['render', 'good.invite'], dir);
      assert.equal(result.code, 0);
      assert.equal(result.stdout, 'Hi Dana, great meeting you at PyCon. I enjoyed your talk on retries.\n');
    });

    it('renders the chosen recipient', () => {
      assert.equal(cli(['render', '--recipient', 'Lee', 'people.invite'], dir).stdout, 'Hi Lee, we met at PyCon.\n');
      const first = cli(['render', 'people.invite'], dir);
      assert.equal(first.stdout, 'Hi Omar, we met at PyCon.\n');
      assert.match(first.stderr, /2 recipients/);
    });

    it('exits 1 with the problem on stderr when the template cannot be rendered', () => {
      const result = cli(['render', 'broken.invite'], dir);
      assert.equal(result.code, 1);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, /broken\.invite:1:4: .*never closed/);
    });

    it('exits 2 for a missing file or a folder', () => {
      assert.equal(cli(['render', 'missing.invite'], dir).code, 2);
      const folder = cli(['render', 'nested'], dir);
      assert.equal(folder.code, 2);
      assert.match(folder.stderr, /folder/);
    });

    it('keeps problems that do not stop rendering on stderr, exit 0', () => {
      const result = cli(['render', 'slot.invite'], dir);
      assert.equal(result.code, 0);
      assert.equal(result.stdout, 'Hi [Name], we met at PyCon.\n');
    });
  });
});
