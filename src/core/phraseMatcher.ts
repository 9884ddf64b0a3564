import { asWritten } from './asWritten';
import { groupByFirstCharacter } from './byFirstCharacter';
import { sourceSpanOf } from './mappedText';
import { normalizePhrase, type MatchableText } from './normalize';
import { STOCK_PHRASES, type StockPhrase } from './phrases';

/** The most user phrases honoured, and their longest length: bounds keep every lint linear and quick. */
export const MAX_USER_PHRASES = 500;
export const MAX_USER_PHRASE_LENGTH = 200;

/** A phrase found in a text, at offsets of the text as written. */
export interface PhraseHit {
  phrase: StockPhrase;
  start: number;
  end: number;
}

/**
 * Every stock phrase in one alternation, each in a capturing group: the plain way to scan for
 * all of them at once, which the benchmark takes as its floor. Each phrase starts at a word
 * boundary, so the whole can start with one: V8 then tests the boundary once per position.
 */
export const STOCK_PHRASE_SOURCE = `\\b(?:${STOCK_PHRASES.map((p) => `(${p.pattern})`).join('|')})`;

/**
 * What the linter scans with: the same alternation with its branches grouped by first
 * character (byFirstCharacter.ts), so only the phrases that start with the letter at hand are
 * tried at each word. Each run of one phrase's branches is a capturing group that names it. It is
 * carried over to the text as written (asWritten.ts) for most text, and kept in canonical form
 * for the rest.
 */
export const STOCK_SCAN = groupByFirstCharacter(STOCK_PHRASES.map((phrase) => ({ source: phrase.pattern, tag: phrase })), true);
/** What most text is scanned with; exported for the benchmark, which times it beside its floor. */
export const STOCK_SCAN_AS_WRITTEN = asWritten(STOCK_SCAN.source);

/**
 * Finds stock phrases with one regular expression over all of them, so a lint scans the text
 * once, and the user's phrases as literal text with indexOf: a setting can never inject a
 * pattern, and a long list costs one native search per phrase.
 */
export class PhraseMatcher {
  private readonly pattern = new RegExp(STOCK_SCAN.source, 'g');
  private readonly patternAsWritten = new RegExp(STOCK_SCAN_AS_WRITTEN, 'g');
  private readonly userPhrases: { text: string; phrase: StockPhrase }[];

  constructor(userPhrases: readonly unknown[] = []) {
    this.userPhrases = usablePhrases(userPhrases).map((text) => ({ text, phrase: userPhrase(text) }));
  }

  /** Every non-overlapping hit, left to right, at offsets of the text as written; the stock phrase wins a tie. */
  find(text: MatchableText): PhraseHit[] {
    const hits = text.contracts ? this.stockHitsInCanonicalForm(text) : stockHits(text.lower, this.patternAsWritten);
    if (this.userPhrases.length === 0) return hits;
    // The user's phrases are literal text, found in canonical form with indexOf.
    const canonical = text.canonical;
    for (const { text: phraseText, phrase } of this.userPhrases) {
      for (let at = canonical.text.indexOf(phraseText); at !== -1; at = canonical.text.indexOf(phraseText, at + phraseText.length)) {
        if (isWholeWords(canonical.text, at, at + phraseText.length)) hits.push({ phrase, ...sourceSpanOf(canonical, at, at + phraseText.length) });
      }
    }
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: PhraseHit[] = [];
    for (const hit of hits) if (kept.length === 0 || hit.start >= kept[kept.length - 1].end) kept.push(hit);
    return kept;
  }

  /** Stock phrases found in canonical form, at offsets of the text as written. */
  private stockHitsInCanonicalForm(text: MatchableText): PhraseHit[] {
    const { canonical } = text;
    return stockHits(canonical.text, this.pattern).map((hit) => ({ phrase: hit.phrase, ...sourceSpanOf(canonical, hit.start, hit.end) }));
  }
}

/** Every stock phrase the scan finds in the text, at the text's offsets. */
function stockHits(text: string, pattern: RegExp): PhraseHit[] {
  const { tags } = STOCK_SCAN;
  const hits: PhraseHit[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    // Phrases hold no groups of their own (a unit test says so): group i + 1 names tags[i].
    let index = 0;
    while (index < tags.length - 1 && match[index + 1] === undefined) index++;
    hits.push({ phrase: tags[index], start: match.index, end: match.index + match[0].length });
  }
  return hits;
}

const WORD = /\w/;

/** Whether a phrase found at [start, end) stands as whole words there, as \b at each end would say. */
function isWholeWords(text: string, start: number, end: number): boolean {
  const phraseStartsWithWord = WORD.test(text[start]);
  const phraseEndsWithWord = WORD.test(text[end - 1]);
  const before = start > 0 ? text[start - 1] : '';
  const after = end < text.length ? text[end] : '';
  return !(phraseStartsWithWord && before && WORD.test(before)) && !(phraseEndsWithWord && after && WORD.test(after));
}

/** The user's phrases that can be used: strings, not blank, within the bounds. */
export function usablePhrases(userPhrases: readonly unknown[]): string[] {
  const seen = new Set<string>();
  for (const phrase of userPhrases) {
    if (typeof phrase !== 'string') continue;
    const canonical = normalizePhrase(phrase);
    if (canonical.length === 0 || canonical.length > MAX_USER_PHRASE_LENGTH) continue;
    seen.add(canonical);
    if (seen.size >= MAX_USER_PHRASES) break;
  }
  return [...seen];
}

function userPhrase(canonical: string): StockPhrase {
  return {
    id: 'user',
    pattern: '',
    reason: 'It is on your list of phrases to avoid (`invite.extraGenericPhrases`).',
    onlyWithoutContext: false,
    examples: [{ text: canonical }],
    counterExamples: [],
  };
}

let cached: { key: string; matcher: PhraseMatcher } | undefined;
let stockOnly: PhraseMatcher | undefined;

/** A matcher for these user phrases, reused while they stay the same (as they do while typing). */
export function phraseMatcherFor(userPhrases?: readonly unknown[]): PhraseMatcher {
  if (userPhrases === undefined || userPhrases.length === 0) return (stockOnly ??= new PhraseMatcher());
  const key = userPhrases.map((p) => (typeof p === 'string' ? p : '')).join('\u0000');
  if (cached?.key !== key) cached = { key, matcher: new PhraseMatcher(userPhrases) };
  return cached.matcher;
}
