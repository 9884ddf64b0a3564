import Mustache from 'mustache';
import { compactTemplate, MARKER, originalOffset, pieceAt, type CompactTemplate } from './compactTemplate';
import { ValueSpan, type SpanView } from './frontMatter';
import { MappedTextBuilder, type MappedText } from './mappedText';
import type { SourceSpan } from './types';

/** A mustache token as mustache.js's parser returns it (see its docs on `parse`). */
type Token = [type: string, value: string, start: number, end: number, children?: Token[], closeStart?: number];

export interface ParsedTemplate {
  tokens: Token[];
  /** Offset of the template in the source document. */
  offset: number;
  /** When the tokens come from a compacted template, how to put its text back. */
  compact?: CompactTemplate;
}

export interface TemplateError {
  message: string;
  span: SourceSpan;
}

/** A variable tag that was rendered. */
export interface RenderedVariable {
  name: string;
  /** The tag in the source. */
  tag: SourceSpan;
  /** Whether the lookup found no value (undefined or null). */
  missing: boolean;
}

export interface TemplateRendering {
  mapped: MappedText;
  variables: RenderedVariable[];
}

/**
 * Parses a template with mustache.js. A fresh Writer keeps the parse out of the library's
 * global template cache, which would otherwise grow with every keystroke.
 */
export function parseTemplate(body: string, offset: number): ParsedTemplate | TemplateError {
  // Text without tags parses to one text token; skipping the parser keeps large pastes fast.
  if (!body.includes('{{')) return { tokens: body.length > 0 ? [['text', body, 0, body.length]] : [], offset };
  const compact = compactTemplate(body);
  try {
    const tokens = new Mustache.Writer().parse(compact?.text ?? body) as Token[];
    return { tokens, offset, compact };
  } catch (error) {
    // Parse the original text again so the error's position is exact; errors are rare.
    const message = compact ? parseErrorOf(body) ?? String((error as Error).message) : String((error as Error).message);
    return describeParseError(message, body, offset);
  }
}

function parseErrorOf(body: string): string | undefined {
  try {
    new Mustache.Writer().parse(body);
    return undefined;
  } catch (error) {
    return String((error as Error).message);
  }
}

export function isTemplateError(value: ParsedTemplate | TemplateError): value is TemplateError {
  return (value as TemplateError).message !== undefined;
}

/** Turns mustache.js's terse errors into a message and the exact span they concern. */
function describeParseError(raw: string, body: string, offset: number): TemplateError {
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
      const closingName = /^\{\{\s*\/\s*([^}]*?)\s*\}\}/.exec(body.slice(position))?.[1] ?? '';
      return {
        message: `\`{{/${closingName}}}\` does not match the open section \`${name}\`: close \`{{/${name}}}\` first.`,
        span: tagAt(position),
      };
    }
    const opening = lastOpeningTag(body, name);
    return {
      message: `The section \`${name}\` is never closed: add \`{{/${name}}}\` where it should end.`,
      span: opening ?? span(Math.max(0, body.length - 1), body.length),
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

  function lastOpeningTag(text: string, name: string): SourceSpan | undefined {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`\\{\\{[#^]\\s*${escaped}\\s*\\}\\}`, 'g');
    let last: RegExpExecArray | null = null;
    for (let found = pattern.exec(text); found; found = pattern.exec(text)) last = found;
    return last ? span(last.index, last.index + last[0].length) : undefined;
  }
}

/**
 * Renders parsed tokens the way mustache.js renders them, without HTML escaping, while
 * recording where each output character came from. mustache.js's own `render` gives text only;
 * rules need source ranges, so this walk mirrors Writer.renderTokens over mustache's own
 * tokens and Context lookups. A unit test holds its output equal to mustache.render's.
 */
export function renderTemplate(template: ParsedTemplate, view: Record<string, unknown>, spans: Record<string, SpanView>): TemplateRendering {
  const builder = new MappedTextBuilder();
  const variables: RenderedVariable[] = [];
  const { offset, compact } = template;
  const at = (position: number) => offset + (compact ? originalOffset(compact, position) : position);

  const appendText = (value: string, start: number, end: number) => {
    if (end - start !== value.length) {
      builder.appendFromSpan(value, { start: at(start), end: at(end) });
    } else if (!compact || !value.includes(MARKER)) {
      builder.appendVerbatim(value, at(start));
    } else {
      // Put each compacted piece back; the text around the markers is verbatim.
      let from = 0;
      for (let marker = value.indexOf(MARKER); marker !== -1; marker = value.indexOf(MARKER, from)) {
        if (marker > from) builder.appendVerbatim(value.slice(from, marker), at(start + from));
        const piece = pieceAt(compact, start + marker);
        if (piece) builder.appendVerbatim(piece.text, offset + piece.originalStart);
        else builder.appendVerbatim(MARKER, at(start + marker));
        from = marker + 1;
      }
      if (from < value.length) builder.appendVerbatim(value.slice(from), at(start + from));
    }
  };

  const walk = (tokens: Token[], values: Mustache.Context, positions: Mustache.Context) => {
    for (const token of tokens) {
      const [type, name, start, end] = token;
      switch (type) {
        case 'text':
          appendText(name, start, end);
          break;
        case 'name':
        case '&': {
          const tag = { start: at(start), end: at(end) };
          const value: unknown = values.lookup(name);
          const missing = value === undefined || value === null;
          variables.push({ name, tag, missing });
          if (missing) break;
          const text = String(value);
          const where: unknown = positions.lookup(name);
          if (where instanceof ValueSpan && where.value === value && where.verbatimStart !== undefined) {
            builder.appendVerbatim(text, where.verbatimStart);
          } else if (where instanceof ValueSpan && where.value === value) {
            builder.appendFromSpan(text, where.span);
          } else {
            builder.appendFromSpan(text, tag);
          }
          break;
        }
        case '#': {
          const value: unknown = values.lookup(name);
          const where: unknown = positions.lookup(name);
          const children = token[4] ?? [];
          if (Array.isArray(value)) {
            value.forEach((item, index) => {
              walk(children, values.push(item), positions.push(Array.isArray(where) ? where[index] : null));
            });
          } else if (typeof value === 'object' && value !== null) {
            walk(children, values.push(value), positions.push(where));
          } else if ((typeof value === 'string' || typeof value === 'number') && value) {
            walk(children, values.push(value), positions.push(where));
          } else if (value) {
            walk(children, values, positions);
          }
          break;
        }
        case '^': {
          const value: unknown = values.lookup(name);
          if (!value || (Array.isArray(value) && value.length === 0)) walk(token[4] ?? [], values, positions);
          break;
        }
        default:
          // Comments, partials (there are none) and delimiter changes produce no output.
          break;
      }
    }
  };

  walk(template.tokens, new Mustache.Context(view), new Mustache.Context(spans));
  return { mapped: builder.build(), variables };
}

/** Every inverted-section name in the template: `{{^name}}fallback{{/name}}` gives `name` a fallback. */
export function invertedSectionNames(template: ParsedTemplate): Set<string> {
  const names = new Set<string>();
  const visit = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token[0] === '^') names.add(token[1]);
      if (token[4]) visit(token[4]);
    }
  };
  visit(template.tokens);
  return names;
}
