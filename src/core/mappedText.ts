import type { SourceSpan } from './types';

/**
 * Text produced from a source document, where every UTF-16 unit remembers the span of source
 * it came from. Rules search the rendered text and report ranges in the source through it.
 */
export interface MappedText {
  readonly text: string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

interface Piece {
  text: string;
  start: number;
  /** -1 for verbatim text; otherwise every unit maps to [start, end). */
  end: number;
}

/** Builds mapped text piece by piece; the maps are filled once, at the end. */
export class MappedTextBuilder {
  private pieces: Piece[] = [];
  private size = 0;

  /** Units appended so far. */
  get length(): number {
    return this.size;
  }

  /** Appends text copied verbatim from the source at `sourceStart`. */
  appendVerbatim(text: string, sourceStart: number): void {
    if (text.length === 0) return;
    this.pieces.push({ text, start: sourceStart, end: -1 });
    this.size += text.length;
  }

  /** Appends text that came from a whole source span (a tag, or a value that is not verbatim). */
  appendFromSpan(text: string, span: SourceSpan): void {
    if (text.length === 0) return;
    this.pieces.push({ text, start: span.start, end: span.end });
    this.size += text.length;
  }

  build(): MappedText {
    const starts = new Int32Array(this.size);
    const ends = new Int32Array(this.size);
    let at = 0;
    for (const piece of this.pieces) {
      const n = piece.text.length;
      if (piece.end === -1) {
        for (let i = 0; i < n; i++) {
          starts[at + i] = piece.start + i;
          ends[at + i] = piece.start + i + 1;
        }
      } else {
        starts.fill(piece.start, at, at + n);
        ends.fill(piece.end, at, at + n);
      }
      at += n;
    }
    const text = this.pieces.length === 1 ? this.pieces[0].text : this.pieces.map((p) => p.text).join('');
    this.pieces = [];
    this.size = 0;
    return { text, starts, ends };
  }
}

/** Maps a half-open range of the mapped text back to the smallest source span covering it. */
export function sourceSpanOf(mapped: MappedText, start: number, end: number): SourceSpan {
  if (mapped.text.length === 0) return { start: 0, end: 0 };
  const from = Math.max(0, Math.min(start, mapped.text.length - 1));
  const to = Math.max(from + 1, Math.min(end, mapped.text.length));
  let sourceStart = mapped.starts[from];
  let sourceEnd = mapped.ends[from];
  for (let i = from + 1; i < to; i++) {
    if (mapped.starts[i] < sourceStart) sourceStart = mapped.starts[i];
    if (mapped.ends[i] > sourceEnd) sourceEnd = mapped.ends[i];
  }
  return { start: sourceStart, end: sourceEnd };
}

/**
 * Collects the units of a new mapped text that keeps some units of an old one, into typed
 * arrays and string slices, so large documents cost no per-character allocation.
 */
export class MappedTextSelection {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly chunks: string[] = [];
  private length = 0;

  constructor(private readonly from: MappedText, capacity: number) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  get size(): number {
    return this.length;
  }

  /** Keeps units [start, end) of the old text. */
  keep(start: number, end: number): void {
    if (end <= start) return;
    this.chunks.push(this.from.text.slice(start, end));
    this.starts.set(this.from.starts.subarray(start, end), this.length);
    this.ends.set(this.from.ends.subarray(start, end), this.length);
    this.length += end - start;
  }

  /** Adds a unit that stands for old units [start, end). */
  add(char: string, start: number, end: number): void {
    this.chunks.push(char);
    this.starts[this.length] = this.from.starts[start];
    this.ends[this.length] = this.from.ends[Math.max(start, end - 1)];
    this.length++;
  }

  build(): MappedText {
    return { text: this.chunks.join(''), starts: this.starts.slice(0, this.length), ends: this.ends.slice(0, this.length) };
  }
}

/**
 * The whitespace rules of DESIGN.md, applied while keeping the source map: line endings become
 * `\n`, trailing spaces go, runs of three or more newlines become two, and blank lines at the
 * start and end are trimmed. A leading byte-order mark is dropped.
 */
export function tidyWhitespace(mapped: MappedText): MappedText {
  const { text } = mapped;
  const out = new MappedTextSelection(mapped, text.length);
  // Newlines waiting to be written: written only when more content follows, at most two.
  let pendingNewlines: number[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    const found = lineBreak.exec(text);
    const lineEnd = found ? found.index : text.length;
    // Trailing spaces and tabs go.
    let contentEnd = lineEnd;
    while (contentEnd > lineStart && (text.charCodeAt(contentEnd - 1) === 0x20 || text.charCodeAt(contentEnd - 1) === 0x09)) contentEnd--;
    if (contentEnd > lineStart) {
      // Blank lines at the start are trimmed; runs of blank lines collapse to one.
      if (out.size > 0) pendingNewlines.slice(0, 2).forEach((at) => out.add('\n', at, at + 1));
      out.keep(lineStart, contentEnd);
      pendingNewlines = [];
    }
    if (!found) break;
    pendingNewlines.push(found.index);
    lineStart = found.index + found[0].length;
  }
  return out.build();
}
