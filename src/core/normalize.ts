import { rewrite, type Note, type NoteEdit } from './note';

/**
 * The canonical form phrases are matched in (the product design, "Rules"): lower case, one
 * kind of apostrophe and of double quote, every run of whitespace and line breaks as one space,
 * and "I would" as "I'd". It is a note, so a match in it maps back to the source.
 */
export function normalizeForMatching(note: Note): Note {
  const lowered = lowerCase(note);
  const edits: NoteEdit[] = [];
  for (const match of allMatches(SPECIAL, lowered.text)) {
    const start = match.index;
    const end = start + match[0].length;
    const canonical = /\s/.test(match[0]) ? ' ' : APOSTROPHES.test(match[0]) ? "'" : '"';
    if (match[0] !== canonical) edits.push({ start, end, text: canonical });
  }
  const spaced = rewrite(lowered, edits);
  const contractions = [...spaced.text.matchAll(I_WOULD)].map((match) => ({ start: match.index + 1, end: match.index + match[0].length, text: "'d" }));
  return rewrite(spaced, contractions);
}

/** A phrase the user typed, in the same canonical form. */
export function normalizePhrase(phrase: string): string {
  return canonicalText(phrase.trim());
}

/** Plain text in canonical form, without a map. */
export function canonicalText(text: string): string {
  return text
    .toLowerCase()
    .replace(SPECIAL, (match) => (/\s/.test(match) ? ' ' : APOSTROPHES.test(match) ? "'" : '"'))
    .replace(I_WOULD, "i'd");
}

/** Apostrophe and double-quote look-alikes that people and phones type. */
const APOSTROPHE_LOOKALIKES = '\u2018\u2019\u201B\u2032\u0060\u00B4';
const QUOTE_LOOKALIKES = '\u201C\u201D\u201E\u2033';
const APOSTROPHES = new RegExp(`^[${APOSTROPHE_LOOKALIKES}]$`);
const SPECIAL = new RegExp(`[${APOSTROPHE_LOOKALIKES}]|[${QUOTE_LOOKALIKES}]|\\s+`, 'g');
const I_WOULD = /\bi would\b/g;

/** Lower case, unit for unit: a letter whose lower case has another length stays as it is. */
function lowerCase(note: Note): Note {
  const lower = note.text.toLowerCase();
  if (lower.length === note.text.length) return { ...note, text: lower };
  let text = '';
  for (const char of note.text) {
    const lowerChar = char.toLowerCase();
    text += lowerChar.length === char.length ? lowerChar : char;
  }
  return { ...note, text };
}

/**
 * Every match of a global pattern in a text, exactly as `[...text.matchAll(pattern)]` gives
 * them. `matchAll` copies the pattern on every call; the rules run a few dozen patterns on every
 * note, and those copies took about a tenth of a lint (`npm run bench`, which missed its budget
 * against write-good without this). The pattern's `lastIndex` is left at 0.
 * Throws a TypeError, as `matchAll` does, when the pattern has no `g` flag.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: /${pattern.source}/${pattern.flags}`);
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    matches.push(match);
    // An empty match would be found again at the same place: step over it, by code point under the u flag.
    if (match[0] === '') pattern.lastIndex += pattern.unicode && (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  pattern.lastIndex = 0;
  return matches;
}
