import Mustache from 'mustache';
import { ValueSpan, type Problem, type SpanView } from './frontMatter';
import { NoteBuilder, type Note } from './note';
import { delimitersAt, scanTags, type ScannedTag } from './tagScanner';
import type { SourceSpan } from './types';

/**
 * A mustache token as mustache.js's parser returns it (see its docs on `parse`): type, value,
 * start and end offsets in the template, then for sections their children and the offset of
 * the closing tag.
 */
export type Token = [type: string, value: string, start: number, end: number, children?: Token[], closeStart?: number];

/** A parsed template: mustache.js's tokens, and where the template stands in the source. */
export interface ParsedTemplate {
  tokens: Token[];
  /** Offset of the template in the source document. */
  offset: number;
}

/** A variable tag that was rendered. */
export interface RenderedVariable {
  /** The name as written in the tag, such as `name` or `event.city`. */
  name: string;
  /** The tag in the source. */
  tag: SourceSpan;
  /** Whether the lookup found no value (undefined or null). */
  missing: boolean;
}

export interface TemplateRendering {
  note: Note;
  variables: RenderedVariable[];
}

/** Sections nested deeper than this are refused: rendering walks them recursively. */
export const MAX_SECTION_DEPTH = 100;
/** A rendering may visit at most this many tags: sections over lists multiply. */
export const MAX_RENDER_STEPS = 1_000_000;

/**
 * Parses a template with mustache.js's own parser. A fresh Writer keeps the parse out of the
 * library's global template cache, which would otherwise grow with every keystroke. A template
 * it refuses becomes a Problem on the tag at fault, with advice in the delimiters in force there.
 */
export function parseTemplate(body: string, offset: number): ParsedTemplate | Problem {
  try {
    return { tokens: new Mustache.Writer().parse(body) as Token[], offset };
  } catch (error) {
    return describeTemplateError(String((error as Error).message), body, offset);
  }
}

export function isProblem<T extends object>(value: T | Problem): value is Problem {
  return (value as Problem).message !== undefined;
}

/**
 * Which tag mustache.js's error is about, found by scanning the tags as it reads them: a tag
 * never closed, delimiters it cannot use, or a section closed out of turn or never closed.
 * Each message says what to write, and the test of each one follows that advice and parses.
 */
function describeTemplateError(raw: string, body: string, offset: number): Problem {
  const scan = scanTags(body);
  // A tag never closed is pointed at by its opening: the delimiter and its type.
  const opening = (tag: ScannedTag) => (tag.type === 'name' ? tag.open : `${tag.open}${tag.type}`);
  const span = (tag: ScannedTag): SourceSpan => ({ start: offset + tag.start, end: offset + (tag.end ?? tag.start + opening(tag).length) });
  const written = (tag: ScannedTag, inner: string) => `\`${tag.open}${inner}${tag.close}\``;
  const text = (tag: ScannedTag) => `\`${body.slice(tag.start, tag.end)}\``;

  const invalid = scan.invalidDelimiters;
  if (invalid) {
    return {
      message: `${text(invalid)} sets new tag delimiters, but it needs two, an opening and a closing one with a space between: ${written(invalid, '=<% %>=')}, say. To write a plain \`=\` tag, remove it.`,
      span: span(invalid),
    };
  }
  const unclosed = scan.tags.find((tag) => tag.end === undefined);
  if (unclosed) {
    const closing = unclosed.type === '{' ? `}${unclosed.close}` : unclosed.type === '=' ? `=${unclosed.close}` : unclosed.close;
    // The tag most likely ends where its name does: `Hi {{name, we met` closes after `name`.
    let nameEnd = unclosed.start + opening(unclosed).length;
    while (nameEnd < body.length && /\s/.test(body[nameEnd])) nameEnd++;
    while (nameEnd < body.length && /[\p{L}\p{N}_.-]/u.test(body[nameEnd])) nameEnd++;
    return {
      message: `This \`${opening(unclosed)}\` tag is never closed: add \`${closing}\` where it ends.`,
      span: span(unclosed),
      fixes: [{ title: `Close the tag with ${closing}`, safe: false, preferred: true, edits: [{ start: offset + nameEnd, end: offset + nameEnd, text: closing }] }],
    };
  }
  const open: ScannedTag[] = [];
  for (const tag of scan.tags) {
    if (tag.type === '#' || tag.type === '^') open.push(tag);
    if (tag.type !== '/') continue;
    const section = open.pop();
    if (!section) {
      return {
        message: `${text(tag)} closes a section that was never opened: add ${written(tag, `#${tag.name}`)} before it, or remove it.`,
        span: span(tag),
        fixes: [{ title: `Remove ${body.slice(tag.start, tag.end)}`, safe: false, preferred: true, edits: [{ ...span(tag), text: '' }] }],
      };
    }
    if (section.name !== tag.name) {
      const replacement = `${tag.open}/${section.name}${tag.close}`;
      return {
        message: `${text(tag)} closes \`${tag.name}\`, but the section open here is \`${section.name}\`: change it to ${written(tag, `/${section.name}`)}.`,
        span: span(tag),
        fixes: [{ title: `Change it to ${replacement}`, safe: false, preferred: true, edits: [{ ...span(tag), text: replacement }] }],
      };
    }
  }
  const never = open.pop();
  if (never) {
    const closeWith = delimitersAt(scan, body.length);
    const closingTag = `${closeWith.open}/${never.name}${closeWith.close}`;
    // Where it most likely ends: the end of the paragraph it opens in.
    const blankLine = /\n[ \t]*\r?\n/g;
    blankLine.lastIndex = never.end ?? never.start;
    const paragraphEnd = blankLine.exec(body)?.index ?? body.trimEnd().length;
    return {
      message: `The section \`${never.name}\` is never closed: add \`${closingTag}\` where it should end.`,
      span: span(never),
      fixes: [{ title: `Close ${body.slice(never.start, never.end)} at the end of its paragraph`, safe: false, preferred: true, edits: [{ start: offset + paragraphEnd, end: offset + paragraphEnd, text: closingTag }] }],
    };
  }
  const at = Math.min(Number(/at (\d+)$/.exec(raw)?.[1] ?? body.length), body.length);
  return { message: `The template cannot be read: ${raw}.`, span: { start: offset + Math.max(0, at - 1), end: offset + at } };
}

/**
 * Renders parsed tokens the way mustache.js renders them, without HTML escaping, into a note
 * that remembers where each unit came from. mustache.js's own `render` gives text only; rules
 * need source ranges, so this walk mirrors Writer.renderTokens over mustache's own tokens and
 * Context lookups. A unit test holds its text equal to mustache.render's.
 *
 * `spans` has the view's shape with each scalar's ValueSpan, so inserted text maps into the
 * front matter. Returns a Problem when sections nest deeper than MAX_SECTION_DEPTH or the
 * walk takes more than MAX_RENDER_STEPS steps.
 */
export function renderTemplate(template: ParsedTemplate, view: Record<string, unknown>, spans: Record<string, SpanView>): TemplateRendering | Problem {
  const builder = new NoteBuilder();
  const variables: RenderedVariable[] = [];
  const { offset } = template;
  let steps = 0;
  let refused: Problem | undefined;
  const tagSpan = (token: Token): SourceSpan => ({ start: offset + token[2], end: offset + token[3] });

  const walk = (tokens: Token[], values: Mustache.Context, positions: Mustache.Context, depth: number): void => {
    for (const token of tokens) {
      if (refused) return;
      if (++steps > MAX_RENDER_STEPS) {
        refused = { message: 'This template grows without bound when rendered (sections repeat inside each other over lists); nothing can be copied from it.', span: tagSpan(token) };
        return;
      }
      const [type, name, start] = token;
      if (type === 'text') {
        // Standalone lines are stripped only at a text token's ends, so its value is one stretch of the source.
        builder.appendBody(name, offset + start);
      } else if (type === 'name' || type === '&') {
        const value: unknown = values.lookup(name);
        const missing = value === undefined || value === null;
        variables.push({ name, tag: tagSpan(token), missing });
        if (missing) continue;
        const where: unknown = positions.lookup(name);
        const units = where instanceof ValueSpan && where.value === value ? where.units : undefined;
        builder.appendInserted(displayText(value, where), tagSpan(token), units);
      } else if (type === '#' || type === '^') {
        if (depth >= MAX_SECTION_DEPTH) {
          refused = { message: `Sections are nested more than ${MAX_SECTION_DEPTH} deep here; no note needs that many, and Invite Writer stops reading at that depth.`, span: tagSpan(token) };
          return;
        }
        const value: unknown = values.lookup(name);
        const children = token[4] ?? [];
        if (type === '^') {
          if (!value || (Array.isArray(value) && value.length === 0)) walk(children, values, positions, depth + 1);
          continue;
        }
        const where: unknown = positions.lookup(name);
        if (Array.isArray(value)) {
          value.forEach((item, index) => walk(children, values.push(item), positions.push(Array.isArray(where) ? where[index] : null), depth + 1));
        } else if ((typeof value === 'object' && value !== null) || ((typeof value === 'string' || typeof value === 'number') && value)) {
          walk(children, values.push(value), positions.push(where), depth + 1);
        } else if (value) {
          walk(children, values, positions, depth + 1);
        }
      }
      // Comments, partials and delimiter changes produce no output.
    }
  };

  walk(template.tokens, new Mustache.Context(view), new Mustache.Context(spans), 0);
  return refused ?? { note: builder.build(), variables };
}

/**
 * A value as mustache.js writes it (`'' + value`), but a number as the author typed it, which
 * `where` (the value's ValueSpan, or a list of them) knows. Safe for prototype-free maps, which
 * have no toString: a map is "[object Object]", a list its items joined by commas, with cycles empty.
 */
function displayText(value: unknown, where: unknown, seen = new Set<unknown>()): string {
  if (Array.isArray(value)) {
    if (seen.has(value)) return '';
    seen.add(value);
    return value.map((item, index) => (item === null || item === undefined ? '' : displayText(item, Array.isArray(where) ? where[index] : undefined, seen))).join(',');
  }
  if (typeof value === 'object' && value !== null) return '[object Object]';
  return where instanceof ValueSpan && where.value === value ? where.text : String(value);
}
