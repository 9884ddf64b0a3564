import Mustache from 'mustache';
import { ValueSpan, type Problem, type SpanView } from './frontMatter';
import { NoteBuilder, type Note } from './note';
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
 * library's global template cache, which would otherwise grow with every keystroke.
 */
export function parseTemplate(body: string, offset: number): ParsedTemplate | Problem {
  try {
    return { tokens: new Mustache.Writer().parse(body) as Token[], offset };
  } catch (error) {
    return describeParseError(String((error as Error).message), body, offset);
  }
}

export function isProblem<T extends object>(value: T | Problem): value is Problem {
  return (value as Problem).message !== undefined;
}

/** Turns mustache.js's terse errors into a message and the span they concern. */
function describeParseError(raw: string, body: string, offset: number): Problem {
  const at = /at (\d+)$/.exec(raw);
  const position = at ? Number(at[1]) : body.length;
  const span = (start: number, end: number): SourceSpan => ({ start: offset + start, end: offset + Math.max(end, start) });
  const tagAt = (start: number) => {
    const close = body.indexOf('}}', start);
    return span(start, close === -1 ? Math.min(body.length, start + 2) : close + 2);
  };

  let match = /^Unopened section "(.*)" at \d+$/.exec(raw);
  if (match) {
    return { message: `\`{{/${match[1]}}}\` closes a section that was never opened: add \`{{#${match[1]}}}\` before it, or remove it.`, span: tagAt(position) };
  }
  match = /^Unclosed section "(.*)" at \d+$/.exec(raw);
  if (match) {
    const name = match[1];
    if (position < body.length) {
      const closingName = /^\{\{\s*\/([^}]*)\}\}/.exec(body.slice(position, position + 1000))?.[1].trim() ?? '';
      return { message: `\`{{/${closingName}}}\` does not match the open section \`${name}\`: close \`{{/${name}}}\` first.`, span: tagAt(position) };
    }
    return {
      message: `The section \`${name}\` is never closed: add \`{{/${name}}}\` where it should end.`,
      span: lastOpeningTag(name) ?? span(Math.max(0, body.length - 1), body.length),
    };
  }
  if (raw.startsWith('Unclosed tag')) {
    const open = body.lastIndexOf('{{', position);
    const start = open === -1 ? Math.max(0, position - 1) : open;
    return { message: 'This `{{` tag is never closed: add `}}`.', span: span(start, Math.min(body.length, start + 2)) };
  }
  if (raw.startsWith('Invalid tags')) {
    return { message: `The delimiter change is invalid: ${raw}.`, span: span(Math.max(0, position - 1), position) };
  }
  return { message: `The template cannot be read: ${raw}.`, span: span(Math.min(position, Math.max(0, body.length - 1)), Math.min(body.length, position + 1)) };

  /** The last `{{#name}}` or `{{^name}}` tag. */
  function lastOpeningTag(name: string): SourceSpan | undefined {
    let last: SourceSpan | undefined;
    for (const tag of body.matchAll(/\{\{([^{}]*)\}\}/g)) {
      const inner = tag[1].trim();
      if ((inner[0] === '#' || inner[0] === '^') && inner.slice(1).trim() === name) last = span(tag.index, tag.index + tag[0].length);
    }
    return last;
  }
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
        builder.appendInserted(displayText(value), tagSpan(token), units);
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
 * A value as mustache.js writes it (`'' + value`), safe for prototype-free maps, which have no
 * toString: a map is "[object Object]", a list its items joined by commas, with cycles empty.
 */
function displayText(value: unknown, seen = new Set<unknown>()): string {
  if (Array.isArray(value)) {
    if (seen.has(value)) return '';
    seen.add(value);
    return value.map((item) => (item === null || item === undefined ? '' : displayText(item, seen))).join(',');
  }
  if (typeof value === 'object' && value !== null) return '[object Object]';
  return String(value);
}

/**
 * Every token of the template and of its sections, in source order. Iterative: a template may
 * nest thousands of sections, more than the call stack holds.
 */
export function allTokens(template: ParsedTemplate): Token[] {
  const found: Token[] = [];
  const pending: Token[][] = [template.tokens];
  while (pending.length > 0) {
    for (const token of pending.pop()!) {
      found.push(token);
      if (token[4]) pending.push(token[4]);
    }
  }
  return found.sort((a, b) => a[2] - b[2]);
}

/** Every inverted-section name in the template: `{{^name}}fallback{{/name}}` gives `name` a fallback. */
export function invertedSectionNames(template: ParsedTemplate): ReadonlySet<string> {
  return new Set(allTokens(template).filter((token) => token[0] === '^').map((token) => token[1]));
}

/** Every comment tag, in source order, with its text: `{{! text }}` gives ` text `. */
export function commentTags(template: ParsedTemplate): { text: string; span: SourceSpan }[] {
  return allTokens(template)
    .filter((token) => token[0] === '!')
    .map((token) => ({ text: token[1], span: { start: template.offset + token[2], end: template.offset + token[3] } }));
}
