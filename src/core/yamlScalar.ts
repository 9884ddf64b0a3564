/**
 * Reads a YAML scalar's source unit by unit, so that a phrase found in a front-matter value can
 * be pointed at exactly, and removed without breaking the YAML.
 */

/** For each UTF-16 unit of a value's text, the half-open range of source it was read from. */
export interface UnitMap {
  starts: Int32Array;
  ends: Int32Array;
}

/**
 * The unit map of a scalar whose source is `raw` (offsets relative to its start), or undefined
 * when it cannot be read unit by unit: block scalars, values folded over several lines, and any
 * value whose text differs from its source in another way (a number written `3.10` reads 3.1).
 * `text` is the value as the template renders it; the map must rebuild exactly that text.
 *
 * Escapes are those of the YAML 1.2 spec, section 5.7 (https://yaml.org/spec/1.2.2/#57-escaped-characters).
 */
export function decodeScalarUnits(raw: string, type: string | undefined, text: string): UnitMap | undefined {
  if (raw.includes('\n') || raw.includes('\r')) return undefined;
  let pieces: { text: string; start: number; end: number }[];
  if (type === 'PLAIN') pieces = [...raw.split('').entries()].map(([i, unit]) => ({ text: unit, start: i, end: i + 1 }));
  else if (type === 'QUOTE_SINGLE') pieces = singleQuoted(raw);
  else if (type === 'QUOTE_DOUBLE') pieces = doubleQuoted(raw) ?? [];
  else return undefined;
  const starts: number[] = [];
  const ends: number[] = [];
  let decoded = '';
  for (const piece of pieces) {
    decoded += piece.text;
    for (let i = 0; i < piece.text.length; i++) {
      starts.push(piece.start);
      ends.push(piece.end);
    }
  }
  if (decoded !== text) return undefined;
  return { starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

function singleQuoted(raw: string): { text: string; start: number; end: number }[] {
  const pieces = [];
  for (let i = 1; i < raw.length - 1; i++) {
    if (raw[i] === "'" && raw[i + 1] === "'") {
      pieces.push({ text: "'", start: i, end: i + 2 });
      i++;
    } else {
      pieces.push({ text: raw[i], start: i, end: i + 1 });
    }
  }
  return pieces;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};
const HEX_LENGTH: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

function doubleQuoted(raw: string): { text: string; start: number; end: number }[] | undefined {
  const pieces = [];
  for (let i = 1; i < raw.length - 1; i++) {
    if (raw[i] !== '\\') {
      pieces.push({ text: raw[i], start: i, end: i + 1 });
      continue;
    }
    const kind = raw[i + 1];
    if (SIMPLE_ESCAPES[kind] !== undefined) {
      pieces.push({ text: SIMPLE_ESCAPES[kind], start: i, end: i + 2 });
      i++;
      continue;
    }
    const length = HEX_LENGTH[kind];
    const hex = length === undefined ? '' : raw.slice(i + 2, i + 2 + length);
    if (length === undefined || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length) return undefined;
    const codePoint = parseInt(hex, 16);
    if (codePoint > 0x10ffff) return undefined;
    pieces.push({ text: String.fromCodePoint(codePoint), start: i, end: i + 2 + length });
    i += 1 + length;
  }
  return pieces;
}
