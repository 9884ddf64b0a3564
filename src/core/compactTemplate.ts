/**
 * mustache.js tokenizes text one character at a time, which costs about a second on a
 * megabyte of text. Before parsing, each piece of plain text that holds a non-space character
 * is replaced by one marker character, and the render walk puts the original text back.
 *
 * This is safe because the parser treats such a piece as opaque: only whitespace matters to
 * its standalone-line rule (a line with a tag and no other non-space text), and a piece with a
 * non-space character keeps its line non-standalone whether it is one character long or many.
 * Pieces never contain a newline, so line structure is unchanged.
 */

/** A private-use character; templates that contain it are not compacted. */
export const MARKER = '\uE000';

export interface Piece {
  /** Where the marker stands in the compact text. */
  compactStart: number;
  originalStart: number;
  text: string;
}

export interface CompactTemplate {
  text: string;
  /** Replaced pieces, in order. */
  pieces: Piece[];
}

const NON_SPACE = /\S/;

/** The compact form of a template, or undefined when it would not be safe or would not help. */
export function compactTemplate(body: string): CompactTemplate | undefined {
  if (body.includes(MARKER) || /\{\{\s*=/.test(body)) return undefined;
  const pieces: Piece[] = [];
  const parts: string[] = [];
  let compactLength = 0;
  let copied = 0;

  /** Replaces each line piece of the plain text [from, to) that holds a non-space character. */
  const compactText = (from: number, to: number) => {
    let lineStart = from;
    for (let i = from; i <= to; i++) {
      const code = i < to ? body.charCodeAt(i) : -1;
      if (code !== 0x0a && code !== 0x0d && code !== -1) continue;
      const piece = body.slice(lineStart, i);
      // A piece of one character gains nothing; one holding `{{` is an unclosed tag, left for the parser to report.
      if (piece.length > 1 && NON_SPACE.test(piece) && !piece.includes('{{')) {
        parts.push(body.slice(copied, lineStart), MARKER);
        compactLength += lineStart - copied;
        pieces.push({ compactStart: compactLength, originalStart: lineStart, text: piece });
        compactLength += 1;
        copied = i;
      }
      lineStart = i + 1;
    }
  };

  // Find tags as mustache.js does with the default delimiters: the first `{{`, spaces, then up
  // to the first `}}}` after a `{`, or else the first `}}`. After an unclosed tag the rest is
  // left as it is, for the parser to report. indexOf keeps this linear on any input.
  let textStart = 0;
  for (;;) {
    const open = body.indexOf('{{', textStart);
    if (open === -1) {
      compactText(textStart, body.length);
      break;
    }
    compactText(textStart, open);
    let afterSpaces = open + 2;
    while (afterSpaces < body.length && /\s/.test(body[afterSpaces])) afterSpaces++;
    const triple = body[afterSpaces] === '{';
    const close = body.indexOf(triple ? '}}}' : '}}', afterSpaces);
    if (close === -1) break;
    textStart = close + (triple ? 3 : 2);
  }
  if (pieces.length === 0) return undefined;
  parts.push(body.slice(copied));
  return { text: parts.join(''), pieces };
}

/** The original offset of an offset in the compact text. */
export function originalOffset(compact: CompactTemplate, offset: number): number {
  const { pieces } = compact;
  let low = 0;
  let high = pieces.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (pieces[mid].compactStart <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  if (found === -1) return offset;
  const piece = pieces[found];
  if (offset === piece.compactStart) return piece.originalStart;
  return piece.originalStart + piece.text.length + (offset - piece.compactStart - 1);
}

/** The piece whose marker stands at a compact offset. */
export function pieceAt(compact: CompactTemplate, offset: number): Piece | undefined {
  const { pieces } = compact;
  let low = 0;
  let high = pieces.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (pieces[mid].compactStart === offset) return pieces[mid];
    if (pieces[mid].compactStart < offset) low = mid + 1;
    else high = mid - 1;
  }
  return undefined;
}
