import type { SourceSpan } from './types';

/**
 * A note: text produced from a source document, where every UTF-16 unit remembers where it
 * came from. Rules search notes and report ranges in the source through them.
 *
 * Each unit i has two source spans, both half-open ranges of UTF-16 offsets into the source:
 * - `exact` (`starts[i]`, `ends[i]`): the characters it was copied from. Body text maps to
 *   itself; text from a front-matter value maps into the value when the value can be read
 *   unit by unit (see frontMatter.ts), else to the `{{tag}}` that inserted it.
 * - `anchor` (`anchorStarts[i]`, `anchorEnds[i]`): where it stands in the body. Body text is
 *   its own anchor; text from a front-matter value is anchored on the tag that inserted it.
 *
 * Tidying and normalizing are functions from note to note (rewrite below): a unit that
 * replaces several maps to the union of their spans.
 */
export interface Note {
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly anchorStarts: readonly number[];
  readonly anchorEnds: readonly number[];
}

/** Where a range of a note stands in the source. */
export interface Located {
  /** Where the squiggle goes: inside one front-matter value when the range lies wholly in it, else in the body. */
  span: SourceSpan;
  /** Where the range stands in the body: the line a disable comment must precede. */
  anchor: SourceSpan;
}

/** Builds a note piece by piece. */
export class NoteBuilder {
  private readonly pieces: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly anchorStarts: number[] = [];
  private readonly anchorEnds: number[] = [];

  get length(): number {
    return this.starts.length;
  }

  /** Appends body text copied from the source at `sourceStart`: unit i maps to itself. */
  appendBody(text: string, sourceStart: number): void {
    for (let i = 0; i < text.length; i++) this.push(sourceStart + i, sourceStart + i + 1, sourceStart + i, sourceStart + i + 1);
    this.pieces.push(text);
  }

  /**
   * Appends text inserted by a tag. `units` gives each unit's exact span in the front matter
   * when the value can be read unit by unit; without it every unit maps to the tag.
   */
  appendInserted(text: string, tag: SourceSpan, units?: { starts: ArrayLike<number>; ends: ArrayLike<number> }): void {
    for (let i = 0; i < text.length; i++) {
      if (units) this.push(units.starts[i], units.ends[i], tag.start, tag.end);
      else this.push(tag.start, tag.end, tag.start, tag.end);
    }
    this.pieces.push(text);
  }

  /** Appends units of another note, with their maps. */
  appendFrom(note: Note, start: number, end: number): void {
    for (let i = start; i < end; i++) this.push(note.starts[i], note.ends[i], note.anchorStarts[i], note.anchorEnds[i]);
    this.pieces.push(note.text.slice(start, end));
  }

  /** Appends text that stands for units [start, end) of another note: each unit maps to their union. */
  appendReplacing(text: string, note: Note, start: number, end: number): void {
    const exact = union(note.starts, note.ends, start, end);
    const anchor = union(note.anchorStarts, note.anchorEnds, start, end);
    for (let i = 0; i < text.length; i++) this.push(exact.start, exact.end, anchor.start, anchor.end);
    this.pieces.push(text);
  }

  build(): Note {
    return { text: this.pieces.join(''), starts: this.starts, ends: this.ends, anchorStarts: this.anchorStarts, anchorEnds: this.anchorEnds };
  }

  private push(start: number, end: number, anchorStart: number, anchorEnd: number): void {
    this.starts.push(start);
    this.ends.push(end);
    this.anchorStarts.push(anchorStart);
    this.anchorEnds.push(anchorEnd);
  }
}

/** A note of source text that is its own source, starting at `offset` (for a body that cannot be rendered). */
export function bodyNote(text: string, offset: number): Note {
  const builder = new NoteBuilder();
  builder.appendBody(text, offset);
  return builder.build();
}

/** A replacement of units [start, end) of a note's text. */
export interface NoteEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * A new note with the edits applied, in order and not overlapping. Units outside the edits keep
 * their maps; the text of an edit maps to the union of the units it replaces.
 */
export function rewrite(note: Note, edits: readonly NoteEdit[]): Note {
  if (edits.length === 0) return note;
  const builder = new NoteBuilder();
  let copied = 0;
  for (const edit of edits) {
    builder.appendFrom(note, copied, edit.start);
    if (edit.text.length > 0) builder.appendReplacing(edit.text, note, edit.start, edit.end);
    copied = edit.end;
  }
  builder.appendFrom(note, copied, note.text.length);
  return builder.build();
}

/**
 * Where units [start, end) of a note stand in the source. The range is first widened so that
 * it never splits a surrogate pair. When every unit comes from the same front-matter value,
 * inserted by the same tag, the squiggle goes on the value; when the range also draws on body
 * text, or on several tags, it goes on the body, so it never runs from the front matter across
 * into the body.
 */
export function locate(note: Note, start: number, end: number): Located {
  const length = note.text.length;
  if (length === 0) return { span: { start: 0, end: 0 }, anchor: { start: 0, end: 0 } };
  let from = Math.max(0, Math.min(start, length - 1));
  let to = Math.max(from + 1, Math.min(end, length));
  if (from > 0 && isLowSurrogate(note.text.charCodeAt(from)) && isHighSurrogate(note.text.charCodeAt(from - 1))) from--;
  if (to < length && isHighSurrogate(note.text.charCodeAt(to - 1)) && isLowSurrogate(note.text.charCodeAt(to))) to++;
  const anchor = union(note.anchorStarts, note.anchorEnds, from, to);
  let oneInsertion = true;
  for (let i = from; i < to && oneInsertion; i++) {
    const inBody = note.starts[i] === note.anchorStarts[i] && note.ends[i] === note.anchorEnds[i];
    oneInsertion = !inBody && note.anchorStarts[i] === note.anchorStarts[from] && note.anchorEnds[i] === note.anchorEnds[from];
  }
  return { span: oneInsertion ? union(note.starts, note.ends, from, to) : anchor, anchor };
}

function union(starts: readonly number[], ends: readonly number[], from: number, to: number): SourceSpan {
  let start = Infinity;
  let end = -Infinity;
  for (let i = from; i < to; i++) {
    if (starts[i] < start) start = starts[i];
    if (ends[i] > end) end = ends[i];
  }
  return Number.isFinite(start) ? { start, end } : { start: 0, end: 0 };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
