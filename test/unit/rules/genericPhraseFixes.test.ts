import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, applyEdits, type Finding } from '../../../src/core';

/**
 * "Replace with how you know them" and "Remove the stock phrase" on every stock sentence of the
 * labelled corpus: what is left must read as a person wrote it. Each note keeps its source.
 */
interface Note {
  id: string;
  text: string;
  source_url: string;
  kind: string;
}
const notes: Note[] = readFileSync(join(__dirname, '../../../../test/fixtures/corpus/invites.jsonl'), 'utf8')
  .split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line));

const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' });
const sentencesOf = (text: string) => [...SENTENCES.segment(text)].map((s) => ({ start: s.index, end: s.index + s.segment.length, text: s.segment.trim() }));
/** Marks of a careless edit: doubled spaces, a space before punctuation, punctuation doubled or stranded. */
const CARELESS = [/ {2}/g, / [,.;:!?]/g, /[,;:][.!?]/g, /^[ \t]*[,.;:]/gm, /\.\./g, /,,/g, /(?:^|[.!?]\s+)(?:and|but|so)\b/gi];
const count = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].length;

describe('generic-phrase fixes on the stock sentences of the corpus', () => {
  let tried = 0;
  for (const note of notes) {
    const source = note.kind === 'invite' ? note.text : `---\nkind: ${note.kind}\n---\n${note.text}`;
    const findings: Finding[] = analyze(source).findings.filter((f) => f.rule === 'generic-phrase');
    for (const finding of findings) {
      for (const title of ['Remove the stock phrase', 'Replace with how you know them']) {
        const fix = finding.fixes.find((f) => f.title === title);
        if (!fix) continue;
        tried++;
        it(`${note.id}: ${title} on "${source.slice(finding.span.start, finding.span.end)}" (${note.source_url})`, () => {
          const fixed = applyEdits(source, fix.edits);
          const phrase = source.slice(finding.span.start, finding.span.end).toLowerCase();
          assert.ok(!fixed.toLowerCase().includes(phrase), `the stock wording is still there: ${JSON.stringify(fixed)}`);
          for (const pattern of CARELESS) {
            assert.ok(count(fixed, pattern) <= count(source, pattern), `${pattern} in ${JSON.stringify(fixed)}`);
          }
          // Every sentence without stock wording in it is still there, word for word.
          const stock = findings.map((f) => f.span);
          for (const sentence of sentencesOf(source)) {
            if (stock.some((span) => span.start < sentence.end && span.end > sentence.start) || !sentence.text) continue;
            assert.ok(fixed.includes(sentence.text), `lost ${JSON.stringify(sentence.text)}: ${JSON.stringify(fixed)}`);
          }
          // What the removal leaves is flagged no more for this phrase.
          assert.ok(!analyze(fixed).findings.some((f) => f.rule === 'generic-phrase' && f.message === finding.message), 'the finding is gone');
        });
      }
    }
  }
  it('tries enough stock sentences to mean something', () => {
    assert.ok(tried >= 60, `${tried} fixes tried`);
  });
});

describe('generic-phrase fixes by hand-checked example', () => {
  const fix = (source: string, title: string, index = 0) => {
    const finding = analyze(source).findings.filter((f) => f.rule === 'generic-phrase')[index];
    const chosen = finding?.fixes.find((f) => f.title === title);
    assert.ok(chosen, `no "${title}"`);
    return applyEdits(source, chosen.edits);
  };
  it('act on the whole sentence, keeping the greeting', () => {
    const source = 'Hi Jordan, I came across your profile and would love to connect.';
    assert.equal(fix(source, 'Remove the stock phrase'), 'Hi Jordan,');
    assert.equal(fix(source, 'Replace with how you know them'), 'Hi Jordan, it was good to meet you at [the event], where we talked about [the topic].');
  });
  it('act on a clause when the sentence says more', () => {
    assert.equal(fix("We met at KubeCon, and I'd like to add you to my professional network.", 'Remove the stock phrase'), 'We met at KubeCon.');
    assert.equal(fix("I'd like to add you to my professional network, since we met at KubeCon.", 'Remove the stock phrase'), 'We met at KubeCon.');
  });
  it('keep the other sentences and the line breaks', () => {
    assert.equal(fix("Hi Dana,\nI'd like to add you to my professional network on LinkedIn.\nBest,\nAna", 'Remove the stock phrase'), 'Hi Dana,\nBest,\nAna');
    assert.equal(fix("Hi Jordan! I'd like to add you to my professional network. We met at KubeCon.", 'Remove the stock phrase'), 'Hi Jordan! We met at KubeCon.');
  });
  it('offer the replacement as a snippet with tab stops, fitted to the relationship', () => {
    const source = '---\nrelationship: colleague\n---\nHello {{name}}, please connect with me.';
    const finding = analyze(source).findings.find((f) => f.rule === 'generic-phrase');
    const replace = finding?.fixes.find((f) => f.title === 'Replace with how you know them');
    assert.deepEqual(replace?.edits.map((e) => e.snippet), ['we worked together at ${1:[the company]} on ${2:[the project]}.']);
  });
});
