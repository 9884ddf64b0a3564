import * as assert from 'node:assert/strict';
import Mustache from 'mustache';
import fc from 'fast-check';
import { analyze, applyEdits, lint, render } from '../../src/core';
import { readInvite } from '../../src/core/document';
import { bodyNote, locate, rewrite } from '../../src/core/note';
import { normalizeForMatching } from '../../src/core/normalize';
import { coveredText, findingsOf } from './helpers';

const at = (finding: { line: number; column: number; endLine: number; endColumn: number }) =>
  `${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}`;

describe('notes: every rendered unit maps back to the source', () => {
  describe('the cases of the exact-ranges issue', () => {
    it('a disable-next-line comment silences a finding whose line starts with a tag filled from the front matter', () => {
      const withComment = '---\nname: Ana\n---\n{{! invite-disable-next-line missing-context }}\nHi {{name}}, I would value your view on pricing.\n';
      assert.deepEqual(lint(withComment), []);
      const without = '---\nname: Ana\n---\nHi {{name}}, I would value your view on pricing.\n';
      assert.deepEqual(lint(without).map((f) => `${f.rule} ${at(f)}`), ['missing-context 4:1-4:49']);
    });

    it('a phrase inside a double-quoted YAML value with an escape squiggles exactly the phrase', () => {
      const source = '---\ncontext: "the Lisbon summit \\u2014 please connect with me"\n---\nWe met at {{context}}.\n';
      const [finding] = findingsOf('generic-phrase', source);
      assert.equal(at(finding), '2:36-2:58');
      assert.equal(coveredText(source, finding), 'please connect with me');
    });

    it('"Remove the stock phrase" removes only that phrase from the value, and the YAML stays valid', () => {
      const source = '---\ncontext: "the Lisbon summit \\u2014 please connect with me"\n---\nWe met at {{context}}.\n';
      const finding = analyze(source).findings.find((f) => f.rule === 'generic-phrase');
      const remove = finding?.fixes.find((fix) => fix.title === 'Remove the stock phrase');
      assert.ok(remove);
      const fixed = applyEdits(source, remove.edits);
      assert.equal(fixed, '---\ncontext: "the Lisbon summit \\u2014 "\n---\nWe met at {{context}}.\n');
      assert.equal(render(fixed).text, 'We met at the Lisbon summit \u2014 .');
      assert.ok(!finding?.fixes.some((fix) => fix.title === 'Replace with how you know them'), 'no snippet is written into YAML');
    });

    it('an over-limit range never starts inside an emoji', () => {
      const [finding] = findingsOf('over-limit', 'Thanks Jo🎉 see you\n', { limit: 10 });
      assert.equal(at(finding), '1:10-1:20');
    });
  });

  describe('ranges that draw on the front matter and the body', () => {
    it('go on the body, over the tag, never from the front matter across into the body', () => {
      const source = "---\nadj: professional\n---\nI'd like to add you to my {{adj}} network.";
      const [finding] = findingsOf('generic-phrase', source);
      assert.equal(at(finding), '4:1-4:42');
      assert.equal(coveredText(source, finding), "I'd like to add you to my {{adj}} network");
    });

    it('go on the tag when two tags fill one phrase', () => {
      const source = "---\na: I'd like to add you\nb: to my network\n---\nHi. {{a}} {{b}}.";
      const [finding] = findingsOf('generic-phrase', source);
      assert.equal(coveredText(source, finding), '{{a}} {{b}}');
    });

    it('go exactly into single-quoted and plain values', () => {
      for (const value of ["'please connect with me, it''s quick'", 'please connect with me today']) {
        const source = `---\nline: ${value}\n---\nWe met at PyCon. {{line}}`;
        const [finding] = findingsOf('generic-phrase', source);
        assert.equal(coveredText(source, finding), 'please connect with me', value);
      }
    });

    it('go on the tag where a value cannot be read unit by unit (a folded block)', () => {
      const source = '---\nline: >\n  please connect\n  with me\n---\nWe met at PyCon. {{line}}';
      const [finding] = findingsOf('generic-phrase', source);
      assert.equal(coveredText(source, finding), '{{line}}');
    });

    it('of a recipient\'s own value go into that recipient\'s entry', () => {
      const source = '---\nrecipients:\n  - name: Omar\n    line: "we met, please connect with me"\n  - name: Lee\n    line: we met at PyCon\n---\nHi {{name}}, {{line}}.';
      const [finding] = findingsOf('generic-phrase', source);
      assert.equal(coveredText(source, finding), 'please connect with me');
      assert.match(finding.message, /\(for Omar\)$/);
    });
  });

  describe('the note model', () => {
    it('maps each unit of body text to itself, and a rewrite to the units it replaces', () => {
      const note = bodyNote('Hi  Ana', 10);
      const rewritten = rewrite(note, [{ start: 2, end: 4, text: ' ' }]);
      assert.equal(rewritten.text, 'Hi Ana');
      assert.deepEqual(locate(rewritten, 2, 3).span, { start: 12, end: 14 });
      assert.deepEqual(locate(rewritten, 3, 6).span, { start: 14, end: 17 });
    });

    it('normalizes case, apostrophes, whitespace and "I would", keeping the map', () => {
      const note = normalizeForMatching(bodyNote('I  WOULD like\nto connect’s', 0));
      assert.equal(note.text, "i'd like to connect's");
      assert.deepEqual(locate(note, 0, 3).span, { start: 0, end: 8 }, '"i\'d" maps to "I  WOULD"');
    });

    it('never splits a surrogate pair, at either end', () => {
      const note = bodyNote('a🎉b', 0);
      assert.deepEqual(locate(note, 2, 3).span, { start: 1, end: 3 });
      assert.deepEqual(locate(note, 0, 2).span, { start: 0, end: 3 });
    });
  });

  it('renders the same text as mustache.js, with every body unit mapped to the same character in the source', () => {
    const pieces = ['Hi ', '{{name}}', '{{#company}}', '{{/company}}', '{{^company}}', '{{! note }}', '\n', '  ', 'we met', '{{{name}}}', '{{&name}}', '{{=<% %>=}}', '<%name%>', '\r\n', '🎉'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 25 }), fc.boolean(), (parts, withCompany) => {
        const body = parts.join('');
        const front = `---\nname: Ana\n${withCompany ? 'company: Acme\n' : ''}---\n`;
        let expected: string;
        try {
          expected = new Mustache.Writer().render(body, { name: 'Ana', ...(withCompany ? { company: 'Acme' } : {}) }, {}, { escape: (text: string) => text });
        } catch {
          return;
        }
        const rendering = readInvite(front + body).renderings[0];
        assert.ok(rendering, JSON.stringify(body));
        // Before tidying: the whole note, compared unit by unit.
        const tidyFree = expected.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).map((line) => line.replace(/[ \t]+$/, '')).join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '');
        assert.equal(rendering.note.text, tidyFree, JSON.stringify(body));
        const source = front + body;
        for (let i = 0; i < rendering.note.text.length; i++) {
          const unit = rendering.note.text[i];
          if (unit === '\n' || rendering.note.starts[i] !== rendering.note.anchorStarts[i]) continue;
          const { span } = locate(rendering.note, i, i + 1);
          const mapped = source.slice(span.start, span.end);
          assert.ok(mapped.includes(unit), `unit ${i} ${JSON.stringify(unit)} maps to ${JSON.stringify(mapped)} in ${JSON.stringify(body)}`);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
