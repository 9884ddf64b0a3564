import { NoteBuilder, type Note } from './note';

/**
 * The product's whitespace rules for what Copy Invite copies (the product design, "Rendering"):
 * a leading byte-order mark goes, line endings become `\n`, trailing spaces and tabs go, runs of
 * three or more line breaks become two, and blank lines at the start and end are trimmed.
 * Every kept unit keeps its map; a line break that replaces `\r\n` maps to both units.
 */
export function tidy(note: Note): Note {
  const { text } = note;
  const out = new NoteBuilder();
  // Line breaks seen since the last line with content, as [start, end) in the text.
  let pendingBreaks: [number, number][] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    const found = lineBreak.exec(text);
    const lineEnd = found ? found.index : text.length;
    let contentEnd = lineEnd;
    while (contentEnd > lineStart && (text[contentEnd - 1] === ' ' || text[contentEnd - 1] === '\t')) contentEnd--;
    if (contentEnd > lineStart) {
      // Blank lines at the start are dropped; between lines of content at most one blank line stays.
      if (out.length > 0) for (const [start, end] of pendingBreaks.slice(0, 2)) out.appendReplacing('\n', note, start, end);
      out.appendFrom(note, lineStart, contentEnd);
      pendingBreaks = [];
    }
    if (!found) break;
    pendingBreaks.push([found.index, found.index + found[0].length]);
    lineStart = found.index + found[0].length;
  }
  return out.build();
}
