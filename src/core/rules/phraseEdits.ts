import type { SourceEdit, SourceSpan } from '../types';

/**
 * Where stock wording stands in a note, and what removing it leaves: the generic-phrase rule's
 * fixes act on the whole sentence, or the whole clause, that carries the stock wording, so what
 * is left reads as a person wrote it. Sentences are found by the Unicode sentence rules (UAX #29,
 * Intl.Segmenter); a greeting such as "Hi Jordan," stays; clauses are split at commas, semicolons,
 * colons, dashes and "and" / "but".
 */

const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' });
/** "Hi Jordan, ", "Hello {{name}}! ", "Dear Ana,": a greeting that opens a sentence. */
const GREETING = /^(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening)|hola|bonjour|hallo|ciao|olá|hoi)\b[^,.!?\n]{0,40}[,!]\s*/i;
/** Between clauses: punctuation, optionally followed by a conjunction, or a bare "and" / "but". */
const CLAUSE_BREAK = /(?:[,;:]|\s[—–-])\s*(?:(?:and|but|so|because)\s)?| (?:and|but) /gi;
/** A word that ties a clause to the one before it. */
const SUBORDINATOR = /^(?:since|because|as|so|and|but|when|after|while|though|although)\s+/i;
/** The marks that may end a sentence, closing quotes and brackets included. */
const END_MARKS = '.!?…"\'”’)';


/** The edits of "Remove the stock phrase" and of "Replace with how you know them". */
export interface StockEdits {
  remove: SourceEdit[];
  replace: SourceEdit[];
}

/**
 * The edits that remove the stock wording at `span`, or replace it with `sentence` (a snippet
 * whose defaults give `sentenceText`), within the body text `text`, which starts at `offset` in
 * the source. `stock` holds every stock span in the body, so a sentence made only of stock
 * wording goes whole, and a stock clause of a sentence that says more goes alone.
 */
export function stockEdits(text: string, offset: number, span: SourceSpan, stock: readonly SourceSpan[], sentence: { snippet: string; text: string }): StockEdits {
  const at = span.start - offset;
  const found = sentenceAround(text, at);
  const segmentEnd = found.start + found.text.length;
  const trimmed = found.text.trimEnd();
  const greeting = GREETING.exec(trimmed)?.[0] ?? '';
  const contentStart = found.start + greeting.length;
  const contentEnd = found.start + trimmed.length;
  let marksStart = contentEnd;
  while (marksStart > contentStart && END_MARKS.includes(text[marksStart - 1])) marksStart--;
  const clauses = splitClauses(text.slice(contentStart, marksStart), contentStart);
  const isStock = (clause: SourceSpan) =>
    clause.end - clause.start < 4 || stock.some((hit) => hit.start - offset < clause.end && hit.end - offset > clause.start);
  const hit = clauses.findIndex((clause) => clause.start <= at && at < clause.end);
  const edit = (start: number, end: number, replacement: string, snippet?: string): SourceEdit =>
    ({ start: offset + start, end: offset + end, text: replacement, ...(snippet === undefined ? {} : { snippet }) });

  if (hit === -1 || clauses.every(isStock)) {
    // The sentence says nothing else: it goes whole; a greeting before it stays.
    const lower = /,\s*$/.test(greeting);
    const replacement = { snippet: lowerFirst(sentence.snippet, lower), text: lowerFirst(sentence.text, lower) };
    const replace = [edit(contentStart, contentEnd, replacement.text, replacement.snippet)];
    if (segmentEnd < text.length && !text.slice(contentEnd, segmentEnd).includes('\n')) {
      // Another sentence follows on the line: the space after this one goes with it.
      return { remove: [edit(contentStart, segmentEnd, '')], replace };
    }
    let start = contentStart;
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    let end = contentEnd;
    if (start === 0 || text[start - 1] === '\n') {
      // It was the whole line: the line goes.
      while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
      if (text[end] === '\r') end++;
      if (text[end] === '\n') end++;
    }
    return { remove: [edit(start, end, '')], replace };
  }
  // One clause of a sentence that says more: the clause goes with the break before it (or, when
  // it comes first, with the break after it); a replacement follows the sentence.
  const clause = clauses[hit];
  // A clause that comes first after the removal loses the conjunction that tied it to the stock one
  // ("…, since we met at KubeCon" becomes "We met at KubeCon").
  const nextStart = hit === 0 ? clauses[1].start + (SUBORDINATOR.exec(text.slice(clauses[1].start, clauses[1].end))?.[0].length ?? 0) : 0;
  const removal = hit === 0
    ? edit(clause.start, nextStart + 1, text[nextStart].toUpperCase())
    : edit(clauses[hit - 1].end, clause.end, '');
  const after = edit(contentEnd, contentEnd, ` ${sentence.text}`, ` ${sentence.snippet}`);
  return { remove: [removal], replace: [removal, after] };
}

/** The text with its first letter in lower case when `lower`, unless it is the pronoun I or a tab stop. */
function lowerFirst(text: string, lower: boolean): string {
  if (!lower || /^I\b/.test(text) || text.startsWith('$')) return text;
  return text[0].toLowerCase() + text.slice(1);
}

/** The sentence of `text` that holds offset `at`: its start and its text, trailing space included. */
function sentenceAround(text: string, at: number): { start: number; text: string } {
  const segment = SENTENCES.segment(text).containing(at);
  return segment ? { start: segment.index, text: segment.segment } : { start: 0, text };
}

/** The clauses of a sentence's content, as spans of the paragraph (`offset` is where the content starts). */
function splitClauses(content: string, offset: number): SourceSpan[] {
  const clauses: SourceSpan[] = [];
  let start = 0;
  for (const brk of content.matchAll(CLAUSE_BREAK)) {
    if (brk.index > start) clauses.push({ start: offset + start, end: offset + brk.index });
    start = brk.index + brk[0].length;
  }
  if (start < content.length) clauses.push({ start: offset + start, end: offset + content.length });
  return clauses;
}
