import { touchesTag, type InviteDocument } from '../document';
import { FIX_TITLES, keepsFrontMatterValid, lineStartOf } from '../fixes';
import { locate, type Located } from '../note';
import type { RenderingRule } from '../rule';
import type { Fix, SourceSpan } from '../types';
import { OTHER_LANGUAGES } from './otherLanguages';
import { stockEdits } from './phraseEdits';
import { STOCK_PHRASES, type StockPhrase } from './stockPhrases';
import { allMatches } from '../normalize';

/** Stock or boilerplate wording (stockPhrases.ts), and the user's own list of phrases to avoid. */
export const genericPhrase: RenderingRule = {
  id: 'generic-phrase',
  defaultSeverity: 'warning',
  scope: 'rendering',
  checksRawBody: true,
  summary: 'Stock or boilerplate wording that could be sent to anyone.',
  why: 'Recipients see the same stock lines every day and skip them; a note that could go to anyone reads as if it did. One sentence on how you know them, or why them, does more than any stock line.',
  check({ document, canonical, context, userPhrases, language }) {
    // Sign-offs like "happy to connect" are stock only as an invite's whole reason.
    const reasonless = () => document.kind === 'invite' && context() === undefined;
    // The note's language is asked only once something stock is found: a phrase counts in its
    // own language (in any covered one when the note is too short to detect), and in a language
    // the rules do not cover only the user's own phrases do.
    const found = findPhrases(canonical.text, userPhrases, 'any');
    const { code, checked, source } = found.length > 0 ? language() : { code: 'en', checked: true, source: 'detected' };
    const hits = found
      .filter((hit) => hit.phrase.id === 'user' || (checked && ((hit.phrase.lang ?? 'en') === code || source === 'default')))
      .filter((hit) => !hit.phrase.onlyWithoutContext || reasonless())
      .map((hit) => ({ hit, at: locate(canonical, hit.start, hit.end) }));
    const stock = hits.map(({ at }) => at.span);
    return hits.map(({ hit, at }) => ({
      at,
      message: `"${quote(document, at, canonical.text.slice(hit.start, hit.end))}" is stock wording. ${hit.phrase.reason} Say how you know them, or why them.`,
      fixes: phraseFixes(document, at, stock),
    }));
  },
};

/** Each stock phrase with the `g` flag that scanning every match takes. */
const STOCK_SCANS = [...STOCK_PHRASES, ...Object.entries(OTHER_LANGUAGES).flatMap(([lang, data]) => data.stock.map((phrase) => ({ ...phrase, lang })))]
  .map((phrase) => ({ phrase, pattern: new RegExp(phrase.pattern.source, 'g') }));

/** A phrase found in canonical text, at its offsets there. */
export interface PhraseHit {
  phrase: StockPhrase;
  start: number;
  end: number;
}

/**
 * Every stock phrase and user phrase in canonical text, left to right, without overlaps: where
 * two overlap, the one that starts first wins, then the longer. User phrases are literal text,
 * never patterns, so a setting cannot make the linter hang; they match as whole words in any script.
 * `language` picks the stock phrases of one language, or of all of them with `any`.
 */
export function findPhrases(text: string, userPhrases: readonly string[], language: string | 'any' = 'en'): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (const { phrase, pattern } of STOCK_SCANS) {
    if (language !== 'any' && (phrase.lang ?? 'en') !== language) continue;
    for (const match of allMatches(pattern, text)) {
      if (match[0].length > 0) hits.push({ phrase, start: match.index, end: match.index + match[0].length });
    }
  }
  for (const phraseText of userPhrases) {
    const phrase = userPhrase(phraseText);
    for (let at = text.indexOf(phraseText); at !== -1; at = text.indexOf(phraseText, at + 1)) {
      if (isWholeWords(text, at, at + phraseText.length)) hits.push({ phrase, start: at, end: at + phraseText.length });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PhraseHit[] = [];
  for (const hit of hits) if (kept.length === 0 || hit.start >= kept[kept.length - 1].end) kept.push(hit);
  return kept;
}

/** Word boundaries by the Unicode rules (UAX #29, with dictionaries for scripts written without spaces). */
const WORDS = new Intl.Segmenter(undefined, { granularity: 'word' });
/** How much text either side of a hit the boundaries are worked out in: enough for any word. */
const BOUNDARY_CONTEXT = 40;

/**
 * Whether [start, end) of the text starts and ends on word boundaries, in any script: `рад` is
 * not a word inside `радио`, nor `café` inside `cafés`, and `コーヒー` is one in `コーヒーが好き`.
 */
export function isWholeWords(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - BOUNDARY_CONTEXT);
  const window = text.slice(from, Math.min(text.length, end + BOUNDARY_CONTEXT));
  const boundaries = new Set<number>([window.length]);
  for (const segment of WORDS.segment(window)) boundaries.add(segment.index);
  return boundaries.has(start - from) && boundaries.has(end - from);
}

function userPhrase(canonical: string): StockPhrase {
  return {
    id: 'user',
    pattern: /(?:)/,
    reason: 'It is on your list of phrases to avoid (`invite.extraGenericPhrases`).',
    onlyWithoutContext: false,
    examples: [{ text: canonical }],
    counterExamples: [],
  };
}

/** The phrase as the author typed it, with whitespace folded; the canonical text when it spans a tag. */
function quote(document: InviteDocument, at: Located, canonical: string): string {
  const typed = document.source.slice(at.span.start, at.span.end).replace(/\s+/g, ' ');
  return touchesTag(document, at.span) ? canonical : typed;
}

/**
 * The sentence that replaces a stock phrase, by the front matter's `relationship`, as a snippet.
 * Each names a concrete anchor. The defaults are bracketed slots on purpose: left unfilled, the
 * placeholder rule flags them, so a half-finished sentence cannot be sent by accident.
 */
export const CONTEXT_SENTENCES: Readonly<Record<string, string>> = {
  event: 'It was good to meet you at ${1:[the event]}, where we talked about ${2:[the topic]}.',
  mutual: '${1:[Name of our mutual contact]} suggested I get in touch about ${2:[the topic]}.',
  content: 'I read your ${1:[post]} on ${2:[the topic]}, and ${3:[what stayed with you]}.',
  colleague: 'We worked together at ${1:[the company]} on ${2:[the project]}.',
  classmate: 'We studied together at ${1:[the school]}, in ${2:[the course]}.',
  business: 'We worked together on ${1:[the project or deal]} with ${2:[their company]}.',
  friend: 'We met through ${1:[how you know each other]}, and I would like to stay in touch.',
  other: "I'm writing because ${1:[how you know them, or why them]}.",
  unknown: "I'm writing because ${1:[why them: their work, a shared group, or who introduced you]}.",
};

/** The text a snippet gives when every tab stop keeps its default, or its first choice. */
export function snippetDefaults(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|([^,|]*)(?:,[^|]*)?\|\}/g, '$1')
    .replace(/\$\{\d+:([^$}]*)\}/g, '$1')
    .replace(/\$\d+/g, '');
}

/**
 * "Replace with how you know them" (a snippet fitted to the relationship) and "Remove the stock
 * phrase", each acting on the sentence or clause that carries the stock wording (phraseEdits.ts).
 * A phrase inside a front-matter value can only be removed, and only when the YAML stays valid.
 */
/** How far either side of a phrase its sentence is looked for, in UTF-16 units. */
const SENTENCE_REACH = 400;

function phraseFixes(document: InviteDocument, at: Located, stock: readonly SourceSpan[]): Fix[] {
  const { start, end } = at.span;
  if (start < document.bodyStart) {
    const edits = [{ start, end, text: '' }];
    return keepsFrontMatterValid(document, edits) ? [{ title: FIX_TITLES.removePhrase, safe: false, edits }] : [];
  }
  // A phrase that draws on a tag's value is not the author's text to rewrite here.
  if (at.span.start !== at.anchor.start || at.span.end !== at.anchor.end || touchesTag(document, at.span)) return [];
  const snippet = CONTEXT_SENTENCES[document.relationship ?? 'event'];
  // The sentence is found in the lines around the phrase: no sentence of a note is longer.
  const { source, bodyStart } = document;
  const from = Math.max(bodyStart, start - SENTENCE_REACH, lineStartOf(document, Math.max(bodyStart, start - SENTENCE_REACH)));
  const to = Math.min(source.length, end + SENTENCE_REACH);
  const near = stock.filter((span) => span.end > from && span.start < to);
  const edits = stockEdits(source.slice(from, to), from, at.span, near, { snippet, text: snippetDefaults(snippet) });
  return [
    { title: FIX_TITLES.replacePhrase, safe: false, preferred: true, edits: edits.replace },
    { title: FIX_TITLES.removePhrase, safe: false, edits: edits.remove },
  ];
}
