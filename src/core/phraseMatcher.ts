import { normalizePhrase } from './normalize';
import { STOCK_PHRASES, type StockPhrase } from './phrases';

/** The most user phrases honoured, and their longest length: bounds keep every lint linear and quick. */
export const MAX_USER_PHRASES = 500;
export const MAX_USER_PHRASE_LENGTH = 200;

export interface PhraseHit {
  phrase: StockPhrase;
  start: number;
  end: number;
}

/**
 * One regular expression over all stock phrases and the user's literal phrases, so a lint scans
 * the text once. User phrases are escaped: a setting can never inject a pattern.
 */
export class PhraseMatcher {
  private readonly pattern: RegExp;
  private readonly phrases: StockPhrase[];

  constructor(userPhrases: readonly unknown[] = []) {
    this.phrases = [...STOCK_PHRASES, ...usablePhrases(userPhrases).map(userPhrase)];
    this.pattern = new RegExp(this.phrases.map((p, index) => `(?<p${index}>${p.pattern})`).join('|'), 'g');
  }

  /** Every non-overlapping hit in canonical text, left to right. */
  find(canonical: string): PhraseHit[] {
    const hits: PhraseHit[] = [];
    this.pattern.lastIndex = 0;
    for (let match = this.pattern.exec(canonical); match; match = this.pattern.exec(canonical)) {
      if (match[0].length === 0) {
        this.pattern.lastIndex++;
        continue;
      }
      const groups = match.groups ?? {};
      const index = Number(Object.keys(groups).find((key) => groups[key] !== undefined)?.slice(1));
      hits.push({ phrase: this.phrases[index], start: match.index, end: match.index + match[0].length });
    }
    return hits;
  }
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
  const escaped = canonical.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  const open = /^\w/.test(canonical) ? '\\b' : '';
  const close = /\w$/.test(canonical) ? '\\b' : '';
  return {
    id: 'user',
    pattern: `${open}${escaped}${close}`,
    reason: 'It is on your list of phrases to avoid (`invite.extraGenericPhrases`).',
    onlyWithoutContext: false,
    examples: [{ text: canonical }],
    counterExamples: [],
  };
}

let cached: { key: string; matcher: PhraseMatcher } | undefined;

/** A matcher for these user phrases, reused while they stay the same (as they do while typing). */
export function phraseMatcherFor(userPhrases: readonly unknown[] = []): PhraseMatcher {
  const key = userPhrases.map((p) => (typeof p === 'string' ? p : '')).join('\u0000');
  if (cached?.key !== key) cached = { key, matcher: new PhraseMatcher(userPhrases) };
  return cached.matcher;
}
