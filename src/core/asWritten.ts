import { APOSTROPHE_LOOKALIKES, QUOTE_LOOKALIKES } from './normalize';

/**
 * Rewrites a pattern written for canonical text (normalize.ts) into one that finds the same
 * words in the text as written, lower-cased unit for unit: a space matches any run of
 * whitespace and line breaks, and an apostrophe or double quote matches its look-alikes.
 *
 * Scanning the text as written skips building the canonical form, which costs as much as a
 * scan, and a hit's offsets are then the text's own. Canonical form also reads "I would" as
 * "I'd"; text that says "I would" is still scanned in canonical form (MatchableText).
 *
 * Only what canonical text and the text as written read alike may appear: literals, `\b`,
 * `\S`, `\w`, `\d`, escaped punctuation, groups, look-arounds, quantifiers and classes that
 * are not negated. Anything else (`.`, `\s`, `\W`, `[^…]`) would see a line break where
 * canonical text has a space, so it is refused with an error naming it.
 */
export function asWritten(canonicalSource: string): string {
  let out = '';
  for (let i = 0; i < canonicalSource.length; i++) {
    const char = canonicalSource[i];
    if (char === '\\') {
      const escaped = canonicalSource[i + 1] ?? '';
      if (/[a-zA-Z0-9]/.test(escaped) && !'bBSwd'.includes(escaped)) refuse(canonicalSource, `\\${escaped}`);
      out += char + escaped;
      i++;
    } else if (char === '[') {
      const end = classEnd(canonicalSource, i);
      out += asWrittenClass(canonicalSource, canonicalSource.slice(i + 1, end));
      i = end;
    } else if (char === ' ') {
      // A quantifier after the space must apply to the whole run, not make `+` lazy.
      out += /[?*+{]/.test(canonicalSource[i + 1] ?? '') ? '(?:\\s+)' : '\\s+';
    } else if (char === "'") {
      out += `['${APOSTROPHE_LOOKALIKES}]`;
    } else if (char === '"') {
      out += `["${QUOTE_LOOKALIKES}]`;
    } else if (char === '.') {
      refuse(canonicalSource, '.');
    } else {
      out += char;
    }
  }
  return out;
}

/** A class's contents rewritten: look-alikes join an apostrophe or quote, and a space becomes any run of whitespace. */
function asWrittenClass(source: string, body: string): string {
  if (body.startsWith('^')) refuse(source, `[${body}]`);
  if (/\\[sWD]/.test(body)) refuse(source, `[${body}]`);
  let members = body.replace(/ /g, '');
  if (members.includes("'")) members += APOSTROPHE_LOOKALIKES;
  if (members.includes('"')) members += QUOTE_LOOKALIKES;
  if (!body.includes(' ')) return `[${members}]`;
  return members.length === 0 ? '(?:\\s+)' : `(?:[${members}]|\\s+)`;
}

/** The index of the `]` that ends the class opened at `open`. */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  refuse(source, 'an unclosed [');
}

function refuse(source: string, what: string): never {
  throw new Error(`A pattern for canonical text cannot use ${what} (it reads line breaks differently in the text as written): /${source}/`);
}
