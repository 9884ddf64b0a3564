/**
 * Finds the tags of a mustache template the way mustache.js's parser reads them, delimiter
 * changes included, without stopping at the first error. mustache.js says only "Unclosed
 * section at 412"; this says which tag, in which delimiters, so every template error can be
 * pointed at exactly and told in the delimiters the author is using. Rendering still uses
 * mustache.js's own tokens.
 */

/** One tag. Offsets are UTF-16 units of the template. */
export interface ScannedTag {
  /** `#`, `^`, `/`, `>`, `{`, `&`, `=`, `!`, or `name` for a variable. */
  type: string;
  /** The name, trimmed: `company` in `{{# company }}`; the new delimiters of a `=` tag. */
  name: string;
  start: number;
  /** Where the tag ends; undefined when it is never closed. */
  end: number | undefined;
  /** The delimiters the tag is written in. */
  open: string;
  close: string;
}

export interface TagScan {
  tags: ScannedTag[];
  /** A `=` tag that does not give two delimiters; mustache.js refuses the template there. */
  invalidDelimiters: ScannedTag | undefined;
}

const TYPES = '#^/>{&=!';
export const DEFAULT_DELIMITERS = { open: '{{', close: '}}' } as const;

/** Every tag up to the first that is never closed or sets invalid delimiters. */
export function scanTags(template: string): TagScan {
  const tags: ScannedTag[] = [];
  let { open, close } = DEFAULT_DELIMITERS as { open: string; close: string };
  let position = 0;
  for (;;) {
    const start = template.indexOf(open, position);
    if (start === -1) return { tags, invalidDelimiters: undefined };
    // mustache.js skips whitespace after the opening delimiter, reads the type, and skips whitespace again.
    let cursor = skipSpace(template, start + open.length);
    const type = cursor < template.length && TYPES.includes(template[cursor]) ? template[cursor++] : 'name';
    cursor = skipSpace(template, cursor);
    // `{{{x}}}` closes with `}` and the delimiter; a `=` tag's value ends at its `=`.
    const closing = type === '{' ? `}${close}` : close;
    const valueEnd = type === '=' ? template.indexOf('=', cursor) : findClose(template, cursor, closing);
    const closeAt = type === '=' && valueEnd !== -1 ? findClose(template, valueEnd + 1, close) : valueEnd;
    const name = valueEnd === -1 ? '' : template.slice(cursor, valueEnd).trim();
    const end = closeAt === -1 ? undefined : skipSpace(template, closeAt) + (type === '=' ? close : closing).length;
    const tag: ScannedTag = { type, name, start, end, open, close };
    tags.push(tag);
    if (tag.end === undefined) return { tags, invalidDelimiters: undefined };
    if (type === '=') {
      const [newOpen, newClose] = name.split(/\s+/, 2);
      if (!newOpen || !newClose) return { tags, invalidDelimiters: tag };
      open = newOpen;
      close = newClose;
    }
    position = tag.end;
  }
}

/** Where the closing delimiter starts, after any whitespace, from `from` on; -1 when there is none. */
function findClose(template: string, from: number, close: string): number {
  const at = template.indexOf(close, from);
  if (at === -1) return -1;
  // mustache.js matches the closing delimiter with the whitespace before it: the name ends before that.
  let spaceStart = at;
  while (spaceStart > from && /\s/.test(template[spaceStart - 1])) spaceStart--;
  return spaceStart;
}

/** The first offset from `at` on that is not whitespace. */
function skipSpace(template: string, at: number): number {
  let end = at;
  while (/\s/.test(template[end] ?? '')) end++;
  return end;
}

/** The delimiters in force at an offset of the template: those set by the last `=` tag before it. */
export function delimitersAt(scan: TagScan, offset: number): { open: string; close: string } {
  let delimiters: { open: string; close: string } = DEFAULT_DELIMITERS;
  for (const tag of scan.tags) {
    if (tag.end === undefined || tag.end > offset) break;
    if (tag.type === '=' && tag !== scan.invalidDelimiters) {
      const [open, close] = tag.name.split(/\s+/, 2);
      delimiters = { open, close };
    }
  }
  return delimiters;
}
