import { identityMapped, MappedTextSelection, type MappedText } from './mappedText';

/** What canonical form reads as an apostrophe and as a double quote, as members of a character class. */
export const APOSTROPHE_LOOKALIKES = '\\u2018\\u2019\\u201B\\u2032\\u0060\\u00B4';
export const QUOTE_LOOKALIKES = '\\u201C\\u201D\\u201E\\u2033';

/**
 * Apostrophe look-alikes, double-quote look-alikes, and whitespace: the units canonical form
 * rewrites. A lone space is already canonical, so it is not matched; any other run of whitespace is.
 */
const SPECIAL = new RegExp(`[${APOSTROPHE_LOOKALIKES}${QUOTE_LOOKALIKES}]|[^\\S ]\\s*| \\s+`, 'g');
const APOSTROPHE = new RegExp(`[${APOSTROPHE_LOOKALIKES}]`);

/**
 * The canonical form phrases are matched in (the product design): lower case, one kind of apostrophe,
 * every run of whitespace and line breaks as one space, and "I would" as "I'd". The result
 * maps each unit back to the text it came from, so a match can be pointed at.
 */
export function normalizeForMatching(text: string): MappedText {
  const lower = lowerCaseUnitForUnit(text);
  const out = new MappedTextSelection(identityMapped(lower));
  let copied = 0;
  SPECIAL.lastIndex = 0;
  for (let match = SPECIAL.exec(lower); match; match = SPECIAL.exec(lower)) {
    const start = match.index;
    const end = start + match[0].length;
    const char = match[0].charCodeAt(0) <= 0x20 || /\s/.test(match[0][0]) ? ' ' : APOSTROPHE.test(match[0]) ? "'" : '"';
    out.keep(copied, start);
    out.add(char, start, end);
    copied = end;
  }
  out.keep(copied, lower.length);
  return contractIWould(out.build());
}

/** Lower case, unit for unit: the few letters that lower-case to two units stay as they are. */
export function lowerCaseUnitForUnit(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let result = '';
  for (const char of text) {
    const l = char.toLowerCase();
    result += l.length === char.length ? l : char;
  }
  return result;
}

const I_WOULD = /\bi would\b/g;

/** Rewrites "i would" as "i'd", mapping the "'d" onto the whole "would". */
function contractIWould(mapped: MappedText): MappedText {
  // includes() is a far cheaper first look than the pattern, and most notes never say it.
  if (!mapped.text.includes('i would')) return mapped;
  I_WOULD.lastIndex = 0;
  if (!I_WOULD.test(mapped.text)) return mapped;
  I_WOULD.lastIndex = 0;
  const out = new MappedTextSelection(mapped);
  let copied = 0;
  for (let match = I_WOULD.exec(mapped.text); match; match = I_WOULD.exec(mapped.text)) {
    out.keep(copied, match.index + 1);
    const wouldStart = match.index + 2;
    const wouldEnd = match.index + match[0].length;
    out.add("'", wouldStart, wouldEnd);
    out.add('d', wouldStart, wouldEnd);
    copied = wouldEnd;
  }
  out.keep(copied, mapped.text.length);
  return out.build();
}

/** A user's phrase in the same canonical form, without a map. */
export function normalizePhrase(phrase: string): string {
  return normalizeForMatching(phrase.trim()).text;
}

/** "I would" as written, with any whitespace between: the one thing canonical form contracts. */
const SAYS_I_WOULD = /\bi\s+would\b/;

/**
 * A rendering's text as the phrase and context scans read it. Patterns are written for canonical
 * form, but most text is scanned as written (asWritten.ts), lower-cased unit for unit, so that a
 * hit's offsets are the text's own and no canonical form is built. Text that says "I would",
 * which canonical form reads as "I'd", is scanned in canonical form instead.
 */
export class MatchableText {
  /** The text lower-cased unit for unit: offsets are the text's own. */
  readonly lower: string;
  /** Whether the text says "I would", so its scans must read canonical form. */
  readonly contracts: boolean;
  private canonicalForm: MappedText | undefined;

  constructor(readonly text: string) {
    this.lower = lowerCaseUnitForUnit(text);
    // includes() is a far cheaper first look than the pattern, and most notes never say it.
    this.contracts = this.lower.includes('would') && SAYS_I_WOULD.test(this.lower);
  }

  /** The canonical form, mapped to the text; built on first use, as most lints never need it. */
  get canonical(): MappedText {
    return (this.canonicalForm ??= normalizeForMatching(this.text));
  }
}
