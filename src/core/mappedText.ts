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

/** Builds mapped text piece by piece. */
export class MappedTextBuilder {
  private readonly pieces: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];

  /** Appends text copied verbatim from the source at `sourceStart`. */
  appendVerbatim(text: string, sourceStart: number): void {
    this.pieces.push(text);
    for (let i = 0; i < text.length; i++) {
      this.starts.push(sourceStart + i);
      this.ends.push(sourceStart + i + 1);
    }
  }

  /** Appends text that came from a whole source span (a tag, or a value that is not verbatim). */
  appendFromSpan(text: string, span: SourceSpan): void {
    this.pieces.push(text);
    for (let i = 0; i < text.length; i++) {
      this.starts.push(span.start);
      this.ends.push(span.end);
    }
  }

  build(): MappedText {
    const mapped = { text: this.pieces.join(''), starts: Int32Array.from(this.starts), ends: Int32Array.from(this.ends) };
    this.starts = [];
    this.ends = [];
    return mapped;
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
 * The whitespace rules of DESIGN.md, applied while keeping the source map: line endings become
 * `\n`, trailing spaces go, runs of three or more newlines become two, and blank lines at the
 * start and end are trimmed. A leading byte-order mark is dropped.
 */
export function tidyWhitespace(mapped: MappedText): MappedText {
  const { text } = mapped;
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  // Length of the output up to the last character that is not a trailing space on this line.
  let keepUpTo = 0;

  const push = (char: string, index: number) => {
    out.push(char);
    starts.push(mapped.starts[index]);
    ends.push(mapped.ends[index]);
  };
  const truncate = (length: number) => {
    out.length = length;
    starts.length = length;
    ends.length = length;
  };

  for (let i = 0; i < text.length; i++) {
    let char = text[i];
    if (i === 0 && char === '\uFEFF') continue;
    if (char === '\r') {
      if (text[i + 1] === '\n') continue;
      char = '\n';
    }
    if (char === '\n') {
      truncate(keepUpTo);
      const blankSoFar = out.length === 0;
      const twoNewlinesBefore = out.length >= 2 && out[out.length - 1] === '\n' && out[out.length - 2] === '\n';
      if (!blankSoFar && !twoNewlinesBefore) push('\n', i);
      keepUpTo = out.length;
      continue;
    }
    push(char, i);
    if (char !== ' ' && char !== '\t') keepUpTo = out.length;
  }
  truncate(keepUpTo);
  while (out.length > 0 && out[out.length - 1] === '\n') truncate(out.length - 1);

  return { text: out.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}
