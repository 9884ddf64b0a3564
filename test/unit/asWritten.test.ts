import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { STOCK_PHRASE_SOURCE, STOCK_PHRASES } from '../../src/core';
import { asWritten } from '../../src/core/asWritten';
import { CONTEXT_SIGNALS, hasContext } from '../../src/core/contextSignals';
import { readInvite } from '../../src/core/document';
import { sourceSpanOf } from '../../src/core/mappedText';
import { MatchableText, normalizeForMatching } from '../../src/core/normalize';
import { PhraseMatcher } from '../../src/core/phraseMatcher';

/**
 * Phrases and context signals are written for canonical text, but most text is scanned as
 * written. These tests hold the two ways of reading to the same answers: the rewrite of each
 * construct, and, for corpus notes mutated in every way canonical form forgives, the hits and
 * the context verdict found in canonical form the plain way.
 */

describe('asWritten', () => {
  const matches = (canonicalSource: string, text: string) => new RegExp(`^(?:${asWritten(canonicalSource)})$`).test(text);

  it('lets a space match any run of whitespace and line breaks', () => {
    assert.equal(asWritten('a b'), 'a\\s+b');
    assert.ok(matches('let me know', 'let \n me\tknow'));
    assert.ok(matches('let me know', 'let\u00A0me  know'));
    assert.ok(!matches('let me know', 'letme know'));
  });

  it('keeps a quantifier after a space on the whole run', () => {
    assert.equal(asWritten('a ?b'), 'a(?:\\s+)?b');
    assert.ok(matches('a ?b', 'ab'));
    assert.ok(matches('a ?b', 'a \n b'));
  });

  it('lets an apostrophe or a double quote match their look-alikes', () => {
    for (const apostrophe of ["'", '\u2018', '\u2019', '\u201B', '\u2032', '`', '\u00B4']) assert.ok(matches("let's", `let${apostrophe}s`), apostrophe);
    for (const quote of ['"', '\u201C', '\u201D', '\u201E', '\u2033']) assert.ok(matches('"hi"', `${quote}hi${quote}`), quote);
    assert.ok(!matches("let's", 'lets'));
  });

  it('carries spaces and apostrophes inside a class over the same way', () => {
    assert.equal(asWritten('open[- ]source'), 'open(?:[-]|\\s+)source');
    assert.ok(matches('open[- ]source', 'open-source'));
    assert.ok(matches('open[- ]source', 'open\nsource'));
    assert.ok(matches("x[' ]y", 'x\u2019y'));
    assert.ok(matches('x[ ]y', 'x \n y'));
  });

  it('leaves escapes, groups and look-arounds as they are', () => {
    assert.equal(asWritten("\\b(?:i'd|(?!x)\\S+)\\[\\b"), "\\b(?:i['\\u2018\\u2019\\u201B\\u2032\\u0060\\u00B4]d|(?!x)\\S+)\\[\\b");
  });

  it('refuses what reads a line break differently from canonical text, naming it', () => {
    for (const [source, what] of [['a.b', '.'], ['a\\sb', '\\s'], ['a\\Wb', '\\W'], ['[^a]', '[^a]'], ['[\\s-]', '[\\s-]'], ['a[b', 'an unclosed [']]) {
      assert.throws(() => asWritten(source), (error: Error) => error.message.includes(what) && error.message.includes(source), source);
    }
  });

  it('can carry over every stock phrase and context signal', () => {
    for (const phrase of STOCK_PHRASES) assert.doesNotThrow(() => new RegExp(asWritten(phrase.pattern)), phrase.id);
    for (const signal of CONTEXT_SIGNALS) assert.doesNotThrow(() => new RegExp(asWritten(signal.pattern.source)), signal.id);
  });
});

describe('MatchableText', () => {
  it('is scanned in canonical form only when it says "I would"', () => {
    assert.equal(new MatchableText('I would like to connect').contracts, true);
    assert.equal(new MatchableText('I\nwould like to connect').contracts, true);
    assert.equal(new MatchableText("I'd like to connect. Would you?").contracts, false);
    assert.equal(new MatchableText('Hi would-be founders').contracts, false);
    assert.equal(new MatchableText('I wouldn’t ask').contracts, false, 'canonical form leaves "wouldn’t" as it is');
    assert.equal(normalizeForMatching('I wouldn’t ask').text, "i wouldn't ask");
  });

  it('lower-cases unit for unit, so offsets are the text’s own', () => {
    const text = new MatchableText('İstanbul ÉTÉ Straße');
    assert.equal(text.lower.length, text.text.length);
    assert.equal(text.lower, 'İstanbul été straße');
  });
});

// ---------------------------------------------------------------------------------------------
// The two ways of reading agree

const notes: string[] = readFileSync(join(__dirname, '../../../test/fixtures/corpus/invites.jsonl'), 'utf8')
  .split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line).text);

const STOCK_IN_CANONICAL_FORM = new RegExp(STOCK_PHRASE_SOURCE, 'g');

/** Stock phrase hits the plain way: scan canonical form, name the phrase by its group, map back. */
function stockHitsInCanonicalForm(text: string): string[] {
  const canonical = normalizeForMatching(text);
  const hits: string[] = [];
  STOCK_IN_CANONICAL_FORM.lastIndex = 0;
  for (let match = STOCK_IN_CANONICAL_FORM.exec(canonical.text); match; match = STOCK_IN_CANONICAL_FORM.exec(canonical.text)) {
    const phrase = STOCK_PHRASES[match.slice(1).findIndex((group) => group !== undefined)];
    const { start, end } = sourceSpanOf(canonical, match.index, match.index + match[0].length);
    hits.push(`${phrase.id}@${start}-${end}`);
  }
  return hits;
}

/** Whether any signal matches canonical form, each tried on its own. */
const contextInCanonicalForm = (text: string) => CONTEXT_SIGNALS.some((signal) => signal.pattern.test(normalizeForMatching(text).text));

/** Every way of writing a text that canonical form reads alike, applied at random. */
const WHITESPACE = [' ', '  ', '\n', ' \n', '\r\n', '\t', '\u00A0', '\n\n', ' \t '];
const APOSTROPHES = ["'", '\u2019', '\u2018', '`'];
const QUOTES = ['"', '\u201C', '\u201D'];

const rewritten = fc.tuple(fc.constantFrom(...notes), fc.infiniteStream(fc.nat()), fc.nat({ max: 3 })).map(([note, choices, density]) => {
  const pick = <T>(options: readonly T[]) => options[choices.next().value % options.length];
  const changes = () => choices.next().value % 4 < density;
  let text = note.replace(/\bI'd\b/g, (found) => (changes() ? 'I would' : found)).replace(/\bI would\b/g, (found) => (changes() ? "I'd" : found));
  text = text.replace(/\s+/g, (found) => (changes() ? pick(WHITESPACE) : found));
  text = text.replace(/['\u2019\u2018]/g, (found) => (changes() ? pick(APOSTROPHES) : found));
  text = text.replace(/["\u201C\u201D]/g, (found) => (changes() ? pick(QUOTES) : found));
  return [...text].map((char) => (changes() && changes() ? char.toUpperCase() : char)).join('');
});

describe('scanning as written and in canonical form', () => {
  const matcher = new PhraseMatcher();

  it('find the same stock phrases at the same offsets in corpus notes written every way canonical form forgives', () => {
    let asWrittenCases = 0;
    fc.assert(fc.property(rewritten, (text) => {
      const matchable = new MatchableText(text);
      if (!matchable.contracts) asWrittenCases++;
      const hits = matcher.find(matchable).map((hit) => `${hit.phrase.id}@${hit.start}-${hit.end}`);
      assert.deepEqual(hits, stockHitsInCanonicalForm(text));
    }), { numRuns: 3000 });
    assert.ok(asWrittenCases > 2000, `${asWrittenCases} of 3000 were scanned as written`);
  });

  it('agree on whether those notes name a context', () => {
    fc.assert(fc.property(rewritten, (text) => {
      const rendering = readInvite(text).renderings[0];
      if (!rendering || rendering.variables.length > 0) return;
      assert.equal(hasContext(rendering, new MatchableText(rendering.mapped.text)), contextInCanonicalForm(rendering.mapped.text));
    }), { numRuns: 3000 });
  });

  it('agree on every corpus note as it stands', () => {
    let withHits = 0;
    for (const text of notes) {
      const hits = matcher.find(new MatchableText(text)).map((hit) => `${hit.phrase.id}@${hit.start}-${hit.end}`);
      assert.deepEqual(hits, stockHitsInCanonicalForm(text), text);
      if (hits.length > 0) withHits++;
    }
    assert.ok(withHits >= 30, `${withHits} notes hold a stock phrase`);
  });
});
