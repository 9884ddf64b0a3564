import type { MappedText } from './mappedText';

const APOSTROPHES = /[\u2018\u2019\u201B\u2032\u0060\u00B4]/;
const QUOTES = /[\u201C\u201D\u201E\u2033]/;
const WHITESPACE = /\s/;

/**
 * The canonical form phrases are matched in (DESIGN.md): lower case, one kind of apostrophe,
 * every run of whitespace and line breaks as one space, and "I would" as "I'd". The result
 * maps each unit back to the text it came from, so a match can be pointed at.
 */
export function normalizeForMatching(text: string): MappedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (WHITESPACE.test(char)) {
      const runStart = i;
      while (i + 1 < text.length && WHITESPACE.test(text[i + 1])) i++;
      out.push(' ');
      starts.push(runStart);
      ends.push(i + 1);
      continue;
    }
    let canonical = char;
    if (APOSTROPHES.test(char)) canonical = "'";
    else if (QUOTES.test(char)) canonical = '"';
    else {
      const lower = char.toLowerCase();
      // Keep the length fixed: a few letters lower-case to two units.
      if (lower.length === 1) canonical = lower;
    }
    out.push(canonical);
    starts.push(i);
    ends.push(i + 1);
  }
  return contractIWould({ text: out.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) });
}

/** Rewrites "i would" as "i'd", mapping the "'d" onto the whole "would". */
function contractIWould(mapped: MappedText): MappedText {
  const pattern = /\bi would\b/g;
  if (!pattern.test(mapped.text)) return mapped;
  pattern.lastIndex = 0;
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let copied = 0;
  const copy = (until: number) => {
    out.push(mapped.text.slice(copied, until));
    for (let i = copied; i < until; i++) {
      starts.push(mapped.starts[i]);
      ends.push(mapped.ends[i]);
    }
    copied = until;
  };
  for (let match = pattern.exec(mapped.text); match; match = pattern.exec(mapped.text)) {
    copy(match.index + 1);
    const wouldStart = match.index + 2;
    const wouldEnd = match.index + match[0].length;
    out.push("'d");
    starts.push(mapped.starts[wouldStart], mapped.starts[wouldStart]);
    ends.push(mapped.ends[wouldEnd - 1], mapped.ends[wouldEnd - 1]);
    copied = wouldEnd;
  }
  copy(mapped.text.length);
  return { text: out.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** A user's phrase in the same canonical form, without a map. */
export function normalizePhrase(phrase: string): string {
  return normalizeForMatching(phrase.trim()).text;
}
