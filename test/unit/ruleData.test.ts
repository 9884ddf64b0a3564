import * as assert from 'node:assert/strict';
import { STOCK_PHRASES } from '../../src/core';
import { asWritten } from '../../src/core/asWritten';
import { CONTEXT_SIGNALS, hasContext } from '../../src/core/contextSignals';
import { readInvite } from '../../src/core/document';
import { MatchableText, normalizeForMatching } from '../../src/core/normalize';
import { PhraseMatcher } from '../../src/core/phraseMatcher';
import { PLACEHOLDER_PATTERNS } from '../../src/core/placeholderPatterns';

/** Walks every data entry, so a phrase, signal or pattern cannot land without examples that prove it. */
describe('rule data', () => {
  describe('stock phrases', () => {
    const ids = new Set<string>();
    for (const phrase of STOCK_PHRASES) {
      it(`${phrase.id}: matches its examples and none of its counter-examples`, () => {
        assert.ok(!ids.has(phrase.id), 'ids are unique');
        ids.add(phrase.id);
        assert.ok(phrase.examples.length > 0 && phrase.counterExamples.length > 0, 'has examples both ways');
        assert.match(phrase.reason, /^[A-Z].*\.$/, 'the reason is a sentence');
        assert.doesNotMatch(phrase.pattern, /\((?!\?)/, 'no capturing groups: the matcher numbers its own');
        const pattern = new RegExp(phrase.pattern);
        for (const { text } of phrase.examples) assert.match(normalizeForMatching(text).text, pattern, text);
        for (const text of phrase.counterExamples) assert.doesNotMatch(normalizeForMatching(text).text, pattern, text);
        const patternAsWritten = new RegExp(asWritten(phrase.pattern));
        for (const { text } of phrase.examples.filter(({ text }) => !new MatchableText(text).contracts)) assert.match(text.toLowerCase(), patternAsWritten, text);
        for (const text of phrase.counterExamples) assert.doesNotMatch(text.toLowerCase(), patternAsWritten, text);
      });
    }
    it('are each named by the matcher that scans for all of them at once', () => {
      const matcher = new PhraseMatcher();
      for (const phrase of STOCK_PHRASES) {
        for (const { text } of phrase.examples) {
          const hits = matcher.find(new MatchableText(text));
          assert.ok(hits.some((hit) => hit.phrase.id === phrase.id), `${phrase.id} not named in ${JSON.stringify(hits.map((hit) => hit.phrase.id))}: ${text}`);
        }
      }
    });
    it('quote a public source for every example taken from one', () => {
      const sourced = STOCK_PHRASES.flatMap((p) => p.examples).filter((e) => e.source !== undefined);
      assert.ok(sourced.length >= 10);
      for (const example of sourced) assert.match(example.source ?? '', /^https?:\/\//);
    });
  });

  describe('context signals', () => {
    for (const signal of CONTEXT_SIGNALS) {
      it(`${signal.id}: matches its examples and none of its counter-examples`, () => {
        for (const text of signal.examples) assert.match(normalizeForMatching(text).text, signal.pattern, text);
        for (const text of signal.counterExamples) assert.doesNotMatch(normalizeForMatching(text).text, signal.pattern, text);
        const patternAsWritten = new RegExp(asWritten(signal.pattern.source));
        for (const text of signal.examples.filter((text) => !new MatchableText(text).contracts)) assert.match(text.toLowerCase(), patternAsWritten, text);
        for (const text of signal.counterExamples) assert.doesNotMatch(text.toLowerCase(), patternAsWritten, text);
      });
    }
    it('are found by the scan for all of them at once, and counter-examples are not', () => {
      const contextIn = (text: string) => {
        const rendering = readInvite(text).renderings[0];
        return hasContext(rendering, new MatchableText(rendering.mapped.text));
      };
      for (const signal of CONTEXT_SIGNALS) {
        for (const text of signal.examples) assert.ok(contextIn(text), `${signal.id}: ${text}`);
        for (const text of signal.counterExamples) assert.equal(contextIn(text), false, `${signal.id}: ${text}`);
      }
    });
  });

  describe('placeholder patterns', () => {
    for (const entry of PLACEHOLDER_PATTERNS) {
      it(`${entry.id}: matches its examples and none of its counter-examples`, () => {
        assert.ok(entry.pattern.global, 'global, for scanning');
        for (const text of entry.examples) {
          entry.pattern.lastIndex = 0;
          assert.ok(entry.pattern.test(text), text);
        }
        for (const text of entry.counterExamples) {
          entry.pattern.lastIndex = 0;
          assert.ok(!entry.pattern.test(text), text);
        }
      });
    }
  });
});
