/**
 * mustache.js tokenizes text one character at a time, which costs about a second on a
 * megabyte of text. Before parsing, the plain text between two tags is replaced, from the
 * first line that holds a non-space character to the last line that does, by one marker
 * character, and the render walk puts the original text back.
 *
 * This is safe because the parser treats such a piece as opaque: only whitespace matters to
 * its standalone-line rule (a line with a tag and no other non-space text). The lines a piece
 * starts and ends on hold a non-space character, so they stay non-standalone whether the piece
 * is one character long or many, and joining them into one line keeps them so; the lines wholly
 * inside a piece hold no tag, so the rule never strips anything from them. Whitespace-only
 * lines before and after a piece are left as they are.
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

const NON_SPACE = /\S/g;
const SPACE = /\s/;

const isLineBreak = (code: number) => code === 0x0a || code === 0x0d;

/** The compact form of a template, or undefined when it would not be safe or would not help. */
export function compactTemplate(body: string): CompactTemplate | undefined {
  if (body.includes(MARKER) || /\{\{\s*=/.test(body)) return undefined;
  const pieces: Piece[] = [];
  const parts: string[] = [];
  let compactLength = 0;
  let copied = 0;

  /**
   * Replaces the lines of the plain text [from, to) from the first that holds a non-space
   * character to the last that does. Only the whitespace at the ends is walked, so the text
   * in between costs one native search.
   */
  const compactText = (from: number, to: number) => {
    NON_SPACE.lastIndex = from;
    const first = NON_SPACE.exec(body)?.index ?? body.length;
    if (first >= to) return;
    let last = to - 1;
    while (SPACE.test(body[last])) last--;
    let start = first;
    while (start > from && !isLineBreak(body.charCodeAt(start - 1))) start--;
    let end = last + 1;
    while (end < to && !isLineBreak(body.charCodeAt(end))) end++;
    const piece = body.slice(start, end);
    // A piece of one character gains nothing; one holding `{{` is an unclosed tag, left for the parser to report.
    if (piece.length > 1 && !piece.includes('{{')) {
      parts.push(body.slice(copied, start), MARKER);
      compactLength += start - copied;
      pieces.push({ compactStart: compactLength, originalStart: start, text: piece });
      compactLength += 1;
      copied = end;
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
