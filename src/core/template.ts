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
  const variablesOnly = variableOnlyTokens(body);
  if (variablesOnly) return { tokens: variablesOnly, offset };
  const compact = compactTemplate(body);
  try {
    const tokens = new Mustache.Writer().parse(compact?.text ?? body) as Token[];
    const template: ParsedTemplate = { tokens, offset, compact };
    const tooDeep = firstTooDeepSection(tokens);
    if (tooDeep) {
      return {
        message: `Sections are nested more than ${MAX_SECTION_DEPTH} deep here; no note needs that many, and Invite Writer stops reading at that depth.`,
        span: { start: offset + (compact ? originalOffset(compact, tooDeep[2]) : tooDeep[2]), end: offset + (compact ? originalOffset(compact, tooDeep[3]) : tooDeep[3]) },
      };
    }
    return template;
  } catch (error) {
    // Parse the original text again so the error's position is exact; errors are rare.
    const message = compact ? parseErrorOf(body) ?? String((error as Error).message) : String((error as Error).message);
    return describeParseError(message, body, offset);
  }
}

/**
 * The tokens mustache.js would give a template whose tags are all plain variables
 * (`{{name}}`, `{{ first_name }}`), as most notes' are; undefined for any other template.
 *
 * Such a template's tokens are simply the text between its tags and the tags: only sections,
 * comments and the like strip whitespace from standalone lines, and a variable's line never is
 * one. mustache.js still recompiles its tag patterns and walks the text a character at a time
 * on every parse, which costs more than the rest of a lint; a property test holds these tokens
 * equal to the library's on random templates.
 */
export function variableOnlyTokens(body: string): Token[] | undefined {
  const tokens: Token[] = [];
  let textStart = 0;
  for (let open = body.indexOf('{{'); open !== -1; open = body.indexOf('{{', textStart)) {
    let valueStart = open + 2;
    while (valueStart < body.length && SPACE.test(body[valueStart])) valueStart++;
    const close = body.indexOf('}}', valueStart);
    if (close === -1 || !VARIABLE_START.test(body[valueStart])) return undefined;
    // mustache.js reads the name up to the first `}}`, less the whitespace before it.
    let valueEnd = close;
    while (SPACE.test(body[valueEnd - 1])) valueEnd--;
    const name = body.slice(valueStart, valueEnd);
    if (name.includes('{')) return undefined;
    if (open > textStart) tokens.push(['text', body.slice(textStart, open), textStart, open]);
    tokens.push(['name', name, open, close + 2]);
    textStart = close + 2;
  }
  if (textStart < body.length) tokens.push(['text', body.slice(textStart), textStart, body.length]);
  return tokens;
}

const SPACE = /\s/;
/** Not a section, inverted section, closing, partial, triple, unescaped, delimiter or comment tag, nor empty. */
const VARIABLE_START = /[^#^/>{&=!}]/;

function parseErrorOf(body: string): string | undefined {
  try {
    new Mustache.Writer().parse(body);
    return undefined;
  } catch (error) {
    return String((error as Error).message);
  }
}

/** Sections deeper than this are refused: rendering walks them recursively. */
export const MAX_SECTION_DEPTH = 100;
/** A rendering may visit at most this many tags and produce at most this many characters. */
export const MAX_RENDER_STEPS = 1_000_000;
export const MAX_RENDERED_LENGTH = 4 * 1024 * 1024;

/** The first section opened deeper than MAX_SECTION_DEPTH, found without recursion. */
function firstTooDeepSection(tokens: Token[]): Token | undefined {
  const stack: { tokens: Token[]; depth: number }[] = [{ tokens, depth: 0 }];
  while (stack.length > 0) {
    const { tokens: level, depth } = stack.pop()!;
    for (const token of level) {
      if (!token[4]) continue;
      if (depth + 1 > MAX_SECTION_DEPTH) return token;
      stack.push({ tokens: token[4], depth: depth + 1 });
    }
  }
  return undefined;
}

export function isTemplateError<T extends object>(value: T | TemplateError): value is TemplateError {
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
      const closingName = /^\{\{\s*\/([^}]*)\}\}/.exec(body.slice(position, position + 1000))?.[1].trim() ?? '';
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

  /** The last `{{#name}}` or `{{^name}}` tag, found with indexOf so any text costs one pass. */
  function lastOpeningTag(text: string, name: string): SourceSpan | undefined {
    let last: SourceSpan | undefined;
    let open = text.indexOf('{{');
    while (open !== -1) {
      const close = text.indexOf('}}', open + 2);
      if (close === -1) break;
      const inner = text.slice(open + 2, close).trim();
      if ((inner[0] === '#' || inner[0] === '^') && inner.slice(1).trim() === name) last = span(open, close + 2);
      open = text.indexOf('{{', close + 2);
    }
    return last;
  }
}

/**
 * Renders parsed tokens the way mustache.js renders them, without HTML escaping, while
 * recording where each output character came from. mustache.js's own `render` gives text only;
 * rules need source ranges, so this walk mirrors Writer.renderTokens over mustache's own
 * tokens and Context lookups. A unit test holds its output equal to mustache.render's.
 */
export function renderTemplate(template: ParsedTemplate, view: Record<string, unknown>, spans: Record<string, SpanView>): TemplateRendering | TemplateError {
  const { tokens } = template;
  // Plain text, most notes: it renders as itself.
  if (tokens.length === 1 && tokens[0][0] === 'text' && !template.compact) {
    const plain = new MappedTextBuilder();
    plain.appendVerbatim(tokens[0][1], template.offset + tokens[0][2]);
    return { mapped: plain.build(), variables: [] };
  }
  const builder = new MappedTextBuilder();
  const variables: RenderedVariable[] = [];
  const { offset, compact } = template;
  // Sections over lists multiply: a few nested ones over a long list would render for minutes.
  let steps = 0;
  let overflow: Token | undefined;
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
      if (overflow) return;
      if (++steps > MAX_RENDER_STEPS || builder.length > MAX_RENDERED_LENGTH) {
        overflow = token;
        return;
      }
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
          const text = displayText(value);
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
  if (overflow) {
    return {
      message: 'This template grows without bound when rendered (sections repeat inside each other over lists); nothing can be copied from it.',
      span: { start: at(overflow[2]), end: at(overflow[3]) },
    };
  }
  return { mapped: builder.build(), variables };
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

/** Every inverted-section name in the template: `{{^name}}fallback{{/name}}` gives `name` a fallback. */
export function invertedSectionNames(template: ParsedTemplate): ReadonlySet<string> {
  // Most templates have no sections at all: a list of text and variables holds no such name.
  if (template.tokens.every((token) => token[0] === 'text' || token[0] === 'name')) return NO_NAMES;
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

const NO_NAMES: ReadonlySet<string> = new Set();
