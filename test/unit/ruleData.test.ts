import * as assert from 'node:assert/strict';
import { readInvite } from '../../src/core/document';
import { normalizeForMatching } from '../../src/core/normalize';
import { bodyNote } from '../../src/core/note';
import { CONTEXT_SIGNALS, findContext } from '../../src/core/rules/contextSignals';
import { findPhrases } from '../../src/core/rules/genericPhrase';
import { PLACEHOLDER_PATTERNS } from '../../src/core/rules/placeholderPatterns';
import { OTHER_LANGUAGES, RECALLED_DEFAULT } from '../../src/core/rules/otherLanguages';
import { STOCK_PHRASES } from '../../src/core/rules/stockPhrases';
import type { NoteLanguage } from '../../src/core/language';

const canonical = (text: string) => normalizeForMatching(bodyNote(text, 0)).text;

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
        assert.equal(phrase.pattern.flags, '', 'written without flags: canonical text is lower case already');
        for (const { text } of phrase.examples) assert.match(canonical(text), phrase.pattern, text);
        for (const text of phrase.counterExamples) assert.doesNotMatch(canonical(text), phrase.pattern, text);
      });
    }
    it('are each found, and named, by the scan the rule runs', () => {
      for (const phrase of STOCK_PHRASES) {
        for (const { text } of phrase.examples) {
          const hits = findPhrases(canonical(text), []);
          assert.ok(hits.some((hit) => hit.phrase.id === phrase.id), `${phrase.id} not named in ${JSON.stringify(hits.map((hit) => hit.phrase.id))}: ${text}`);
        }
      }
    });
    it('each rest on examples from at least two public sites (the issue on context: a family is added on evidence from two sources)', () => {
      const siteOf = (url: string) => {
        const { hostname, pathname } = new URL(url);
        // A GitHub repository is its own site: different files of one repository count once.
        return hostname === 'github.com' ? pathname.split('/').slice(1, 3).join('/') : hostname.replace(/^www\./, '');
      };
      for (const phrase of STOCK_PHRASES) {
        const sites = new Set(phrase.examples.flatMap((example) => (example.source ? [siteOf(example.source)] : [])));
        assert.ok(sites.size >= 2, `${phrase.id} rests on ${sites.size} site(s)`);
      }
    });
    for (const [lang, data] of Object.entries(OTHER_LANGUAGES)) {
      for (const phrase of data.stock) {
        it(`${lang} ${phrase.id}: matches its examples, none of its counter-examples, and is named by the scan for ${lang}`, () => {
          assert.ok(phrase.examples.length > 0 && phrase.counterExamples.length > 0, 'has examples both ways');
          assert.equal(phrase.pattern.flags, '', 'written without flags');
          for (const { text } of phrase.examples) {
            assert.match(canonical(text), phrase.pattern, text);
            assert.ok(findPhrases(canonical(text), [], lang).some((hit) => hit.phrase.id === phrase.id), text);
          }
          for (const text of phrase.counterExamples) assert.doesNotMatch(canonical(text), phrase.pattern, text);
        });
      }
    }
    it('in other languages, each quotes a public source, or is the default sentence recalled for want of one', () => {
      for (const [lang, data] of Object.entries(OTHER_LANGUAGES)) {
        for (const phrase of data.stock) {
          const sourced = phrase.examples.some((example) => /^https?:\/\//.test(example.source ?? ''));
          assert.ok(sourced || phrase.reason === RECALLED_DEFAULT, `${lang} ${phrase.id}`);
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
    const ENGLISH: NoteLanguage = { code: 'en', name: 'English', source: 'detected', checked: true };
    const contextIn = (text: string) => {
      const rendering = readInvite(text).renderings[0];
      return findContext(rendering, normalizeForMatching(rendering.note).text, () => ENGLISH) !== undefined;
    };
    for (const signal of CONTEXT_SIGNALS) {
      it(`${signal.id}: matches its examples and none of its counter-examples, alone and in the rule's check`, () => {
        for (const text of signal.examples) {
          assert.match(canonical(text), signal.pattern, text);
          assert.ok(contextIn(text), text);
        }
        for (const text of signal.counterExamples) {
          assert.doesNotMatch(canonical(text), signal.pattern, text);
          assert.equal(contextIn(text), false, text);
        }
      });
    }
  });

  describe('placeholder patterns', () => {
    for (const entry of PLACEHOLDER_PATTERNS) {
      it(`${entry.id}: matches its examples and none of its counter-examples`, () => {
        assert.ok(entry.pattern.global, 'global, for matchAll');
        for (const text of entry.examples) assert.ok([...text.matchAll(entry.pattern)].length > 0, text);
        for (const text of entry.counterExamples) assert.equal([...text.matchAll(entry.pattern)].length, 0, text);
      });
    }
  });
});
