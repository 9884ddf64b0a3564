import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyze, LineIndex, lint, render, RULE_IDS, toJson, type JsonFinding, type LintOptions } from '../../src/core';
import { parseFrontMatter } from '../../src/core/frontMatter';
import { bodyNote, locate } from '../../src/core/note';
import { tidy } from '../../src/core/tidy';

/** The core requires the language detector, published as ES modules only: a child Node needs these, as mocha's own (.mocharc.json). */
const NODE_FLAGS = ['--conditions=import', '--experimental-require-module', '--no-warnings=ExperimentalWarning'];

/** A finding as the command line prints it, with its source offsets and the line its disable comment goes by. */
type LocatedFinding = JsonFinding & { start: number; end: number; anchorLine: number };

function lintWithOffsets(source: string, options: LintOptions = {}): LocatedFinding[] {
  const lines = new LineIndex(source);
  return analyze(source, options).findings.map((finding) => ({
    ...toJson(finding, lines),
    start: finding.span.start,
    end: finding.span.end,
    anchorLine: lines.position(finding.anchor.start).line,
  }));
}

/**
 * Properties that hold for any document and any options: the linter is run on every keystroke,
 * so a half-typed tag, a pasted binary blob or a broken settings file must never make it throw,
 * put a squiggle outside the document, or change what Copy Invite copies.
 */

interface Note {
  text: string;
  kind: 'invite' | 'reply' | 'follow-up';
}

const notes: Note[] = readFileSync(join(__dirname, '../../../test/fixtures/corpus/invites.jsonl'), 'utf8')
  .split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line));
const noteTexts = notes.map((note) => note.text);
const noteSources = notes.map((note) => (note.kind === 'invite' ? note.text : `---\nkind: ${note.kind}\n---\n${note.text}`));

// ---------------------------------------------------------------------------------------------
// Documents

/** Pieces that break parsers: unbalanced mustache, odd line breaks, NUL, lone surrogates, marks. */
const HOSTILE_PIECES = [
  '{{#a}}', '{{/a}}', '{{/b}}', '{{', '}}', '{{^x}}', '{{/x}}', '{{!', '{{! note }}', '{{{x}}}', '{{&x}}', '{{name}}',
  '{{company}}', '{{#recipients}}', '{{/recipients}}', '{{=<% %>=}}', '<%x%>', '{{=| |=}}', '{{>partial}}', '{{.}}',
  '{{ }}', '{{#}}', '{{/}}', '{{! invite-disable placeholder }}', '{{! invite-disable-next-line generic-phrase }}',
  '{{! invite-disable }}', '{{! invite-disable-next-line }}', '---', '---\n', '...', '\n', '\r\n', '\r', '\n\n\n', ' ', '  ',
  '\t', '\u0000', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uFEFF', '\u2028', '\u2029', '\u200B', '\u200F', '\u0301',
  '😀', '👩🏽‍💻', 'ß', 'İ', 'ﬁ', 'ΣΑΣ', '[Name]', '[', ']', '{Company}', '{', '}', '<event>', '<', '>', 'XXX', 'TODO',
  '___', 'so and so', 'Dear x,', "I'd like to add you to my professional network on LinkedIn", 'I would like to connect',
  "let's connect", 'at the conference', 'Hi ', 'I’d love to connect', '\\', '$&', '$1', '(a+)+$',
];

const hostilePiece = fc.constantFrom(...HOSTILE_PIECES);
const unicodeText = fc.string({ unit: 'grapheme', maxLength: 120 });
/** Every code point, lone surrogates included. */
const binaryText = fc.string({ unit: 'binary', maxLength: 80 });

/** A substring of a corpus note. */
const noteSlice = fc.tuple(fc.constantFrom(...noteTexts), fc.nat(), fc.nat({ max: 60 }))
  .map(([text, at, length]) => {
    const start = at % (text.length + 1);
    return text.slice(start, start + length);
  });

const fragment = fc.oneof(
  { arbitrary: hostilePiece, weight: 4 },
  { arbitrary: noteSlice, weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 6 }), weight: 1 },
);

const tokenSoup = fc.array(fragment, { maxLength: 40 }).map((pieces) => pieces.join(''));

/** A random edit: insert, delete or replace a substring at a random place. */
const edit = fc.record({ kind: fc.constantFrom('insert', 'delete', 'replace'), at: fc.nat(), length: fc.nat({ max: 30 }), text: fragment });
function applyEdit(text: string, { kind, at, length, text: inserted }: { kind: string; at: number; length: number; text: string }): string {
  const start = at % (text.length + 1);
  if (kind === 'insert') return text.slice(0, start) + inserted + text.slice(start);
  if (kind === 'delete') return text.slice(0, start) + text.slice(start + length);
  return text.slice(0, start) + inserted + text.slice(start + length);
}
const mutatedNote = fc.tuple(fc.constantFrom(...noteSources), fc.array(edit, { minLength: 1, maxLength: 6 }))
  .map(([text, edits]) => edits.reduce(applyEdit, text));

/** YAML that is broken in the usual ways: unclosed flows, tabs, anchors and aliases, duplicate keys. */
const YAML_LINES = [
  'key: [', 'key: {', 'key: ]', '\tname: Tab', 'name:\tDana', 'a: &a Dana', 'b: *a', 'c: *missing', '<<: *a', 'name: Omar',
  'name: Dana', 'name:', 'company: Acme', 'context: your talk at DevOpsDays', 'relationship: event', 'relationship: ???',
  'kind: reply', 'kind: follow-up', 'kind: bogus', 'kind: [1]', 'limit: free', 'limit: premium', 'limit: 12', 'limit: -5',
  'limit: 0', 'limit: 1e400', 'limit: 2.5', 'limit: lots', 'recipients:', '  - name: Omar', '  - company: Beta', '  - 7',
  '  -', 'recipients: [1, 2]', 'recipients: {a: 1}', 'recipients: []', 'recipients: [{name: Ana}, {name: Bo}]', ': :',
  '? complex', '- list', 'x: "unterminated', "y: 'quote", 'z: |', '  block text', 'w: >-', '!!binary xx', 'v: !!str 3',
  '%YAML 1.2', '--- # inner', '...', 'name: {{x}}', 'first_name: Sam', 'key: value # comment', '   ', '',
  'a: &x [*x]', 'big: &b [a, a, a, a]', 'bigger: [*b, *b, *b, *b]', 'k: v: w', '"quoted key": 1', 'null: ~', 'true: yes',
];
const yamlLine = fc.oneof({ arbitrary: fc.constantFrom(...YAML_LINES), weight: 5 }, { arbitrary: fc.string({ maxLength: 15 }), weight: 1 });
const frontMatterDocument = fc.tuple(fc.array(yamlLine, { maxLength: 10 }), fc.oneof(tokenSoup, fc.constantFrom(...noteTexts)), fc.boolean())
  .map(([lines, body, closed]) => `---\n${lines.join('\n')}\n${closed ? '---\n' : ''}${body}`);

/** One very long line (a pasted log, a minified blob) with a document around it. */
const longLine = fc.tuple(
  fc.constantFrom('a', 'x ', "I'd like to ", '{{', '{{{{{{', '[[[[', '[a', '<a', '_', 'XX', ' ', '\u0000', '😀', '{a', 'so '),
  fc.integer({ min: 1_000, max: 20_000 }),
  tokenSoup,
).map(([piece, length, rest]) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length) + rest);

/** Sections and inverted sections nested a few hundred deep, closed or not. */
const nestedSections = fc.tuple(
  fc.constantFrom(['{{#a}}', '{{/a}}'], ['{{^a}}', '{{/a}}'], ['{{#a}}{{^b}}', '{{/b}}{{/a}}']),
  fc.integer({ min: 1, max: 300 }),
  fc.boolean(),
  tokenSoup,
).map(([[open, close], depth, closed, inside]) => open.repeat(depth) + inside + (closed ? close.repeat(depth) : ''));

/** Line endings as Windows or old Mac files, or a mixture, have them. */
const lineEndings = fc.constantFrom('as is', 'crlf', 'cr', 'mixed');
function withLineEndings(text: string, style: string): string {
  if (style === 'crlf') return text.replace(/\r?\n/g, '\r\n');
  if (style === 'cr') return text.replace(/\r?\n/g, '\r');
  if (style === 'mixed') return text.split('\n').map((line, i) => line + (i % 2 ? '\r\n' : '\n')).join('').slice(0, -1);
  return text;
}

const anyDocument = fc.tuple(
  fc.oneof(
    { arbitrary: unicodeText, weight: 2 },
    { arbitrary: binaryText, weight: 1 },
    { arbitrary: tokenSoup, weight: 4 },
    { arbitrary: mutatedNote, weight: 4 },
    { arbitrary: frontMatterDocument, weight: 4 },
    { arbitrary: longLine, weight: 1 },
    { arbitrary: nestedSections, weight: 1 },
  ),
  lineEndings,
).map(([text, style]) => withLineEndings(text, style));

/** Documents that usually render: corpus notes, lightly edited, with or without valid front matter. */
const FRONT_MATTERS = [
  '',
  '---\nname: Omar\n---\n',
  '---\nname: Dana Whitfield\nrelationship: event\ncontext: your talk on error budgets\nlimit: premium\n---\n',
  '---\nkind: reply\n---\n',
  '---\nname: Ana\nfirst_name: Ana\ncompany: Acme\ntopic: retries\narea: Lisbon\n---\n',
  '---\ncompany: Acme\nrecipients:\n  - name: Omar\n  - name: Dana\n    company: Beta\n---\n',
  '---\nlimit: 40\nrecipients:\n  - name: Omar\n    first_name: Omar\n  - name: Bo\n---\n',
];
const lightEdit = fc.record({ kind: fc.constantFrom('insert', 'delete', 'replace'), at: fc.nat(), length: fc.nat({ max: 20 }), text: fc.oneof(noteSlice, fc.constantFrom('[Name]', '\n', '\n\n', '  ', 'TODO', '{{name}}', '{{#name}}Hi {{name}}{{/name}}', '{{^company}}there{{/company}}', "let's connect", 'I would love to connect with you on LinkedIn')) });
const renderableDocument = fc.tuple(
  fc.constantFrom(...FRONT_MATTERS),
  fc.array(fc.constantFrom(...noteTexts), { minLength: 1, maxLength: 3 }),
  fc.array(lightEdit, { maxLength: 3 }),
  fc.constantFrom('as is', 'crlf'),
).map(([frontMatter, body, edits, style]) => withLineEndings(frontMatter + edits.reduce(applyEdit, body.join('\n\n')), style));

// ---------------------------------------------------------------------------------------------
// Options, as a settings file or a caller might pass them

const ruleSetting = fc.oneof(fc.constantFrom('off', 'error', 'warning', 'info', 'hint', 'OFF', 'loud', ''), fc.anything());
const lintOptions: fc.Arbitrary<LintOptions> = fc.record({
  limit: fc.oneof(fc.integer({ min: -10, max: 400 }), fc.constantFrom(0, 1, NaN, Infinity, -Infinity, 1.5, 2 ** 31, Number.MAX_SAFE_INTEGER, Number.MAX_VALUE)),
  recipient: fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('Omar', ' omar ', 'Dana', '', 'recipient 1')),
  rules: fc.dictionary(fc.oneof(fc.constantFrom(...RULE_IDS, '*', '__proto__', 'constructor'), fc.string({ maxLength: 12 })), ruleSetting, { maxKeys: 6 }),
  extraGenericPhrases: fc.array(
    fc.oneof(
      { arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }), weight: 4 },
      { arbitrary: fc.string({ unit: 'binary', maxLength: 10 }), weight: 1 },
      { arbitrary: fc.constantFrom('(a+)+$', '.*.*.*', `${'a'.repeat(150)}(`, '\\', '[', 'i would', "let's", ' ', '', 'x'.repeat(300), 'connect', '$&', '\\b', 'network'), weight: 2 },
      // A settings file can hold anything; the core ignores what is not a string.
      { arbitrary: fc.anything() as fc.Arbitrary<string>, weight: 1 },
    ),
    { maxLength: 8 },
  ),
}, { requiredKeys: [] });

// ---------------------------------------------------------------------------------------------
// Helpers

/**
 * Where lines start and how long each is as an editor shows it: lines split at `\n`, and a `\r`
 * that ends a line is part of its line break, not of the line.
 */
interface Layout {
  starts: number[];
  lengths: number[];
}

function layoutOf(source: string): Layout {
  const lines = source.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  return { starts, lengths: lines.map((line) => (line.endsWith('\r') ? line.length - 1 : line.length)) };
}

/**
 * The 1-based line and column of an offset, computed independently of the core. An offset on a
 * line break (the `\r` or the `\n` of `\r\n`) is the end of its line, as an editor counts it.
 */
function positionOf(layout: Layout, offset: number): { line: number; column: number } {
  let low = 0;
  let high = layout.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (layout.starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: Math.min(offset - layout.starts[low], layout.lengths[low]) + 1 };
}

function assertInside(source: string, layout: Layout, finding: LocatedFinding): void {
  const { lengths } = layout;
  const where = `${finding.rule} ${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn} [${finding.start}, ${finding.end}) in ${JSON.stringify(source.slice(0, 200))}`;
  for (const [line, column] of [[finding.line, finding.column], [finding.endLine, finding.endColumn]]) {
    assert.ok(Number.isInteger(line) && line >= 1 && line <= lengths.length, `line outside the document: ${where}`);
    assert.ok(Number.isInteger(column) && column >= 1 && column <= lengths[line - 1] + 1, `column outside its line: ${where}`);
  }
  assert.ok(finding.line < finding.endLine || (finding.line === finding.endLine && finding.column <= finding.endColumn), `range ends before it starts: ${where}`);
  assert.ok(Number.isInteger(finding.start) && Number.isInteger(finding.end), `offsets are not whole numbers: ${where}`);
  assert.ok(finding.start >= 0 && finding.start <= finding.end && finding.end <= source.length, `offsets outside the document: ${where}`);
  assert.deepEqual(positionOf(layout, finding.start), { line: finding.line, column: finding.column }, `start position does not match the start offset: ${where}`);
  assert.deepEqual(positionOf(layout, finding.end), { line: finding.endLine, column: finding.endColumn }, `end position does not match the end offset: ${where}`);
}

/** A finding as a comparable string, with its offsets moved by an insertion of `length` units at `at`. */
function key(finding: LocatedFinding, at = Infinity, length = 0): string {
  const start = finding.start >= at ? finding.start + length : finding.start;
  const end = finding.end > at ? finding.end + length : finding.end;
  return JSON.stringify([finding.rule, finding.severity, finding.message, start, end]);
}

const sorted = (keys: string[]) => [...keys].sort();
const insertAt = (source: string, at: number, text: string) => source.slice(0, at) + text + source.slice(at);

// ---------------------------------------------------------------------------------------------

describe('properties of lint and render on any document', function () {
  this.timeout(30_000);

  it('never throws, whatever the document and the options', () => {
    fc.assert(
      fc.property(anyDocument, lintOptions, (source, options) => {
        lint(source, options);
        lintWithOffsets(source, options);
        render(source, { limit: options.limit, recipient: options.recipient });
        render(source);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on an edited corpus note, whatever the options', () => {
    fc.assert(
      fc.property(mutatedNote, lintOptions, (source, options) => {
        lint(source, options);
        render(source, { limit: options.limit, recipient: options.recipient });
      }),
      { numRuns: 300 },
    );
  });

  it('puts every finding inside the document, with line and column matching its offsets', () => {
    fc.assert(
      fc.property(anyDocument, lintOptions, (source, options) => {
        const located = lintWithOffsets(source, options);
        const layout = layoutOf(source);
        for (const finding of located) assertInside(source, layout, finding);
        // lint() is the same list without the offsets.
        assert.deepEqual(lint(source, options), located.map(({ start: _start, end: _end, anchorLine: _anchorLine, ...finding }) => finding));
      }),
      { numRuns: 400 },
    );
  });

  it('renders deterministically, and the text is tidy: no \\r, no edge or tripled newlines, no trailing spaces', () => {
    fc.assert(
      fc.property(fc.oneof(anyDocument, renderableDocument), lintOptions, (source, options) => {
        const renderOptions = { limit: options.limit, recipient: options.recipient };
        const first = render(source, renderOptions);
        const second = render(source, renderOptions);
        assert.deepEqual(second, first);
        const { text } = first;
        assert.ok(!text.includes('\r'), `\\r in ${JSON.stringify(text)}`);
        assert.ok(!text.startsWith('\n') && !text.endsWith('\n'), `newline at an edge of ${JSON.stringify(text)}`);
        // Lines are split at \n only: U+2028 is a character like any other here.
        assert.ok(text.split('\n').every((line) => !/[ \t]$/.test(line)), `trailing space in ${JSON.stringify(text)}`);
        assert.ok(!text.includes('\n\n\n'), `three newlines in ${JSON.stringify(text)}`);
        assert.equal(first.length, text.length);
        if (!first.ok) assert.equal(text, '');
      }),
      { numRuns: 400 },
    );
  });

  it('lints deterministically', () => {
    fc.assert(
      fc.property(anyDocument, lintOptions, (source, options) => {
        assert.deepEqual(lintWithOffsets(source, options), lintWithOffsets(source, options));
      }),
      { numRuns: 150 },
    );
  });

  describe('whitespace rules', () => {
    /** The rules as the product design states them, written the plain way: line by line. */
    function tidyByTheRules(text: string): string {
      const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).map((line) => line.replace(/[ \t]+$/, ''));
      return lines.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '');
    }
    const whitespaceHeavy = fc.array(fc.constantFrom('a', 'b', ' ', '\t', '\n', '\r', '\r\n', '\uFEFF', '\u00A0', '\u2028'), { maxLength: 30 })
      .map((pieces) => pieces.join(''));

    it('tidy the text exactly as the rules say, and map every kept character to itself', () => {
      fc.assert(
        fc.property(fc.oneof(whitespaceHeavy, fc.constantFrom(...noteTexts)), (text) => {
          const tidied = tidy(bodyNote(text, 0));
          assert.equal(tidied.text, tidyByTheRules(text));
          for (let i = 0; i < tidied.text.length; i++) {
            const { span } = locate(tidied, i, i + 1);
            // A unit of a surrogate pair is located with its partner; a line break may stand for \r or \r\n.
            const pair = /[\uD800-\uDBFF][\uDC00-\uDFFF]/.exec(tidied.text.slice(Math.max(0, i - 1), i + 2));
            const expected = tidied.text[i] === '\n' ? ['\n', '\r', '\r\n'] : span.end - span.start === 2 && pair ? [pair[0]] : [tidied.text[i]];
            assert.ok(expected.includes(text.slice(span.start, span.end)), `unit ${i} of ${JSON.stringify(tidied.text)}`);
          }
        }),
        { numRuns: 2000 },
      );
    });
  });

  describe('disable comments', () => {
    const ruleId = fc.constantFrom(...RULE_IDS);
    const optionsWithoutRecipient = lintOptions.map(({ recipient: _recipient, ...options }) => options);

    it('`invite-disable R` removes exactly the findings of R, and moves the others by one line', () => {
      let tried = 0;
      let silencedSome = 0;
      fc.assert(
        fc.property(renderableDocument, ruleId, optionsWithoutRecipient, (source, rule, options) => {
          fc.pre(render(source).ok);
          // Just after the front matter, on a line of its own, so mustache drops the whole line.
          const at = parseFrontMatter(source).bodyStart;
          const comment = `{{! invite-disable ${rule} }}\n`;
          const silenced = insertAt(source, at, comment);
          assert.equal(render(silenced).text, render(source).text, 'the comment line reaches the copy');

          const before = lintWithOffsets(source, options);
          const after = lintWithOffsets(silenced, options);
          tried++;
          if (before.some((f) => f.rule === rule)) silencedSome++;
          assert.ok(after.every((f) => f.rule !== rule), `${rule} still reported`);
          assert.deepEqual(
            sorted(after.map((f) => key(f))),
            sorted(before.filter((f) => f.rule !== rule).map((f) => key(f, at, comment.length))),
          );
          const shiftedLines = (f: LocatedFinding) => (f.start >= at ? f.line + 1 : f.line);
          assert.deepEqual(
            sorted(after.map((f) => `${f.rule} ${f.line}`)),
            sorted(before.filter((f) => f.rule !== rule).map((f) => `${f.rule} ${shiftedLines(f)}`)),
          );
        }),
        { numRuns: 200 },
      );
      // The property says little unless the rule had findings to remove in a fair share of the runs.
      assert.ok(silencedSome >= tried / 5, `only ${silencedSome} of ${tried} documents had findings of the silenced rule`);
    });

    it('`invite-disable-next-line R` removes only the findings of R that start on the next line', () => {
      let tried = 0;
      let silencedSome = 0;
      fc.assert(
        fc.property(renderableDocument, ruleId, fc.nat(), fc.boolean(), optionsWithoutRecipient, (source, rule, lineChoice, aim, options) => {
          fc.pre(render(source).ok);
          const layout = layoutOf(source);
          const bodyStart = parseFrontMatter(source).bodyStart;
          const before = lintWithOffsets(source, options);
          // Half the time, the line of one of R's findings; otherwise any line of the body.
          const aimed = before.filter((f) => f.rule === rule).map((f) => layout.starts[f.anchorLine - 1]);
          const candidates = (aim && aimed.length > 0 ? aimed : layout.starts).filter((start) => start >= bodyStart);
          fc.pre(candidates.length > 0);
          const at = candidates[lineChoice % candidates.length];
          // A line start inside a multi-line tag is no place for a comment: its `}}` would close
          // that tag and change what it names. Such documents are skipped.
          fc.pre(source.lastIndexOf('}}', at - 1) >= source.lastIndexOf('{{', at - 1));
          // A comment inside a finding's range becomes part of the text it covers (and of its quote): skipped.
          fc.pre(!before.some((f) => f.start < at && at < f.end));
          const comment = `{{! invite-disable-next-line ${rule} }}\n`;
          const silenced = insertAt(source, at, comment);
          fc.pre(render(silenced).ok && render(silenced).text === render(source).text);

          const targetLine = positionOf(layout, at).line;
          const after = lintWithOffsets(silenced, options);
          // Findings go by the body line they stand on: a phrase in a front-matter value, by the line of its tag.
          const expected = before.filter((f) => !(f.rule === rule && f.anchorLine === targetLine));
          tried++;
          if (expected.length < before.length) silencedSome++;
          assert.deepEqual(sorted(after.map((f) => key(f))), sorted(expected.map((f) => key(f, at, comment.length))));
          assert.ok(after.every((f) => !(f.rule === rule && f.anchorLine === targetLine + 1)), `${rule} still reported on the silenced line`);
        }),
        { numRuns: 200 },
      );
      assert.ok(silencedSome >= tried / 5, `only ${silencedSome} of ${tried} comments had a finding to silence`);
    });
  });

  describe('extreme documents', () => {
    it('lint and render survive sections nested 10,000 deep', function () {
      this.timeout(20_000);
      for (const open of ['{{#a}}', '{{^a}}']) {
        const source = `${open.repeat(10_000)}Hi${'{{/a}}'.repeat(10_000)}`;
        assert.doesNotThrow(() => lintWithOffsets(source), `lint of ${open} × 10,000`);
        assert.doesNotThrow(() => render(source), `render of ${open} × 10,000`);
      }
    });

    it('lint survives front matter nested 5,000 deep, twice in one process (in a child process: the failure is a crash)', function () {
      this.timeout(30_000);
      const source = `---\nkey: ${'['.repeat(5_000)}${']'.repeat(5_000)}\n---\nHi`;
      assert.equal(lintTwiceInChildProcess(source), 'ok');
    });
  });
});

/** Lints a source twice in a fresh Node process; "ok", or how the process failed. */
function lintTwiceInChildProcess(source: string): string {
  const core = join(__dirname, '../../src/core');
  const script = `const { lint } = require(${JSON.stringify(core)});
    let input = ''; process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk) => { input += chunk; });
    process.stdin.on('end', () => { lint(input); lint(input); process.stdout.write('ok'); });`;
  const result = spawnSync(process.execPath, [...NODE_FLAGS, '-e', script], { input: source, timeout: 20_000, encoding: 'utf8' });
  if (result.stdout === 'ok' && result.status === 0) return 'ok';
  const reason = result.signal ? `killed by ${result.signal}` : `exit code ${result.status}`;
  return `${reason}: ${(result.stderr ?? '').split('\n').find((line) => /error/i.test(line)) ?? ''}`;
}
