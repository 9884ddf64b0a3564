import type { SourceSpan } from './types';

/**
 * Text produced from a source document, where every UTF-16 unit remembers the span of source
 * it came from. Rules search the rendered text and report ranges in the source through it.
 *
 * The map is kept as runs, not as an entry per unit: text is mostly copied verbatim in long
 * stretches, so a note has a handful of runs and a lint allocates nothing per character.
 */
export interface MappedText {
  readonly text: string;
  /** In text order, the first at 0; each lasts until the next one starts, the last to the end of the text. */
  readonly runs: readonly Run[];
}

/** Consecutive units of mapped text that come from the source in the same way. */
export interface Run {
  /** Offset of the run's first unit in the mapped text. */
  readonly at: number;
  /** Source offset of the run's first unit. */
  readonly start: number;
  /** VERBATIM when the run's unit i maps to [start + i, start + i + 1); otherwise every unit maps to [start, end). */
  readonly end: number;
}

const VERBATIM = -1;

/** Collects runs, extending the last one when the next units continue it. */
class RunWriter {
  readonly runs: Run[] = [];
  /** Units written so far. */
  length = 0;

  /** Appends `length` units that map as a run with this `start` and `end` would. */
  write(length: number, start: number, end: number): void {
    if (length <= 0) return;
    // One unit from a one-unit span is the same as one verbatim unit, and may continue a verbatim run.
    const kind = length === 1 && end === start + 1 ? VERBATIM : end;
    const last = this.runs.length > 0 ? this.runs[this.runs.length - 1] : undefined;
    const continues = last !== undefined && last.end === kind && (kind === VERBATIM ? last.start + (this.length - last.at) === start : last.start === start);
    if (!continues) this.runs.push({ at: this.length, start, end: kind });
    this.length += length;
  }
}

/** Index of the run that holds unit `offset`. */
function runAt(runs: readonly Run[], offset: number): number {
  let low = 0;
  let high = runs.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (runs[mid].at <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Where run `index` ends in the text. */
function runEnd(mapped: MappedText, index: number): number {
  return index + 1 < mapped.runs.length ? mapped.runs[index + 1].at : mapped.text.length;
}

/** Builds mapped text piece by piece. */
export class MappedTextBuilder {
  private pieces: string[] = [];
  private writer = new RunWriter();

  /** Units appended so far. */
  get length(): number {
    return this.writer.length;
  }

  /** Appends text copied verbatim from the source at `sourceStart`. */
  appendVerbatim(text: string, sourceStart: number): void {
    if (text.length === 0) return;
    this.pieces.push(text);
    this.writer.write(text.length, sourceStart, VERBATIM);
  }

  /** Appends text that came from a whole source span (a tag, or a value that is not verbatim). */
  appendFromSpan(text: string, span: SourceSpan): void {
    if (text.length === 0) return;
    this.pieces.push(text);
    this.writer.write(text.length, span.start, span.end);
  }

  build(): MappedText {
    const text = this.pieces.length === 1 ? this.pieces[0] : this.pieces.join('');
    const { runs } = this.writer;
    this.pieces = [];
    this.writer = new RunWriter();
    return { text, runs };
  }
}

/** Text that is its own source: unit i maps to [i, i + 1). */
export function identityMapped(text: string): MappedText {
  return { text, runs: text.length > 0 ? [{ at: 0, start: 0, end: VERBATIM }] : [] };
}

/** Maps a half-open range of the mapped text back to the smallest source span covering it. */
export function sourceSpanOf(mapped: MappedText, start: number, end: number): SourceSpan {
  if (mapped.text.length === 0) return { start: 0, end: 0 };
  const from = Math.max(0, Math.min(start, mapped.text.length - 1));
  const to = Math.max(from + 1, Math.min(end, mapped.text.length));
  let sourceStart = Infinity;
  let sourceEnd = -Infinity;
  const { runs } = mapped;
  for (let index = runAt(runs, from); index < runs.length && runs[index].at < to; index++) {
    const run = runs[index];
    const first = Math.max(from, run.at);
    const last = Math.min(to, runEnd(mapped, index));
    const runStart = run.end === VERBATIM ? run.start + (first - run.at) : run.start;
    const runStop = run.end === VERBATIM ? run.start + (last - run.at) : run.end;
    if (runStart < sourceStart) sourceStart = runStart;
    if (runStop > sourceEnd) sourceEnd = runStop;
  }
  return { start: sourceStart, end: sourceEnd };
}

/** Builds a new mapped text that keeps some units of an old one, as ranges of its runs. */
export class MappedTextSelection {
  private readonly chunks: string[] = [];
  private readonly writer = new RunWriter();
  /** Kept units not yet copied into chunks: consecutive keeps become one slice. */
  private keptStart = 0;
  private keptEnd = 0;

  constructor(private readonly from: MappedText) {}

  get size(): number {
    return this.writer.length;
  }

  /** Keeps units [start, end) of the old text. */
  keep(start: number, end: number): void {
    if (end <= start) return;
    if (start !== this.keptEnd) {
      this.flush();
      this.keptStart = start;
    }
    this.keptEnd = end;
    const { runs } = this.from;
    for (let index = runAt(runs, start); index < runs.length && runs[index].at < end; index++) {
      const run = runs[index];
      const first = Math.max(start, run.at);
      const last = Math.min(end, runEnd(this.from, index));
      this.writer.write(last - first, run.end === VERBATIM ? run.start + (first - run.at) : run.start, run.end);
    }
  }

  /** Adds one unit that stands for old units [start, end): from the first one's start to the last one's end. */
  add(char: string, start: number, end: number): void {
    const lastOffset = Math.max(start, end - 1);
    // A unit that stands for itself is simply kept.
    if (lastOffset === start && this.from.text[start] === char) {
      this.keep(start, start + 1);
      return;
    }
    this.flush();
    this.chunks.push(char);
    const { runs } = this.from;
    const first = runs[runAt(runs, start)];
    const last = runs[runAt(runs, lastOffset)];
    const sourceStart = first.end === VERBATIM ? first.start + (start - first.at) : first.start;
    const sourceEnd = last.end === VERBATIM ? last.start + (lastOffset - last.at) + 1 : last.end;
    this.writer.write(1, sourceStart, sourceEnd);
  }

  build(): MappedText {
    this.flush();
    return { text: this.chunks.length === 1 ? this.chunks[0] : this.chunks.join(''), runs: this.writer.runs };
  }

  private flush(): void {
    if (this.keptEnd > this.keptStart) this.chunks.push(this.from.text.slice(this.keptStart, this.keptEnd));
    this.keptStart = this.keptEnd = 0;
  }
}

/**
 * Whether the whitespace rules below would leave the text as it is: no byte-order mark, no
 * carriage return, no blank first line, no space or tab ending a line, never three line breaks
 * in a row, no final line break. (A blank line made of spaces ends in a space or tab.) Most
 * notes are tidy already, and looking at the few line breaks is cheaper than the walk.
 */
function isTidy(text: string): boolean {
  if (text.length === 0) return true;
  const last = text.charCodeAt(text.length - 1);
  if (last === 0x0a || last === 0x20 || last === 0x09 || text.charCodeAt(0) === 0xfeff || text.includes('\r')) return false;
  for (let lineBreak = text.indexOf('\n'); lineBreak !== -1; lineBreak = text.indexOf('\n', lineBreak + 1)) {
    const before = text.charCodeAt(lineBreak - 1);
    if (lineBreak === 0 || before === 0x20 || before === 0x09) return false;
    if (text.charCodeAt(lineBreak + 1) === 0x0a && text.charCodeAt(lineBreak + 2) === 0x0a) return false;
  }
  return true;
}

/**
 * The product's whitespace rules, applied while keeping the source map: line endings become
 * `\n`, trailing spaces go, runs of three or more newlines become two, and blank lines at the
 * start and end are trimmed. A leading byte-order mark is dropped.
 */
export function tidyWhitespace(mapped: MappedText): MappedText {
  const { text } = mapped;
  // Most notes are tidy already; a look at their line breaks says so and saves the walk.
  if (isTidy(text)) return mapped;
  const out = new MappedTextSelection(mapped);
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
