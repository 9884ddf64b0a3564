import { isAlias, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { SourceSpan } from './types';

/**
 * Where a front-matter scalar stands in the source. When the value's text appears there
 * verbatim (plain or simply quoted), `verbatimStart` says where its first character is, so
 * a phrase inside a value can be pointed at exactly.
 */
export class ValueSpan {
  constructor(
    readonly value: unknown,
    readonly span: SourceSpan,
    readonly verbatimStart: number | undefined,
  ) {}
}

/** The front matter's shape with every scalar replaced by its ValueSpan. */
export type SpanView = ValueSpan | SpanView[] | { [key: string]: SpanView } | null;

export interface Problem {
  message: string;
  span: SourceSpan;
}

/** A document's front matter. The parsed parts may be shared between calls (see readYaml): read them, never change them. */
export interface FrontMatter {
  /** Whether the document opens with a front-matter block. */
  present: boolean;
  /** The parsed values; empty when absent or broken. */
  data: Record<string, unknown>;
  /** Source positions, in the same shape as `data`. */
  spans: Record<string, SpanView>;
  /** Where each top-level key's entry stands. */
  keySpans: Record<string, SourceSpan>;
  /** Offset of the first character of the body. */
  bodyStart: number;
  /** Offset of the closing `---` line, where new keys can be inserted; -1 when absent. */
  closingLineStart: number;
  problems: Problem[];
}

/** A document without front matter; shared, as every front matter is (see readYaml). */
const ABSENT: FrontMatter = { present: false, data: bare(), spans: bare(), keySpans: bare(), bodyStart: 0, closingLineStart: -1, problems: [] };
const ABSENT_AFTER_BOM: FrontMatter = { ...ABSENT, bodyStart: 1 };

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING_LINE = /^---[ \t]*(?:\r?\n|$)/gm;

/** Splits off and parses the YAML front matter, keeping every position in the source. */
export function parseFrontMatter(source: string): FrontMatter {
  const opening = OPENING.exec(source);
  const absent = source.charCodeAt(0) === 0xfeff ? ABSENT_AFTER_BOM : ABSENT;
  if (!opening) return absent;

  const yamlStart = opening[0].length;
  CLOSING_LINE.lastIndex = yamlStart;
  const closing = CLOSING_LINE.exec(source);
  if (!closing) {
    return {
      ...absent,
      present: true,
      bodyStart: source.length,
      problems: [{
        message: 'The front matter is never closed: add a line with just `---` after the last key.',
        span: { start: 0, end: opening[0].trimEnd().length },
      }],
    };
  }

  const yamlText = source.slice(yamlStart, closing.index);
  const { data, spans, keySpans, problems } = readYaml(yamlText, yamlStart);
  return { present: true, data, spans, keySpans, bodyStart: closing.index + closing[0].length, closingLineStart: closing.index, problems };
}

/** What the YAML between the `---` lines says, with positions in the source. */
type YamlPart = Pick<FrontMatter, 'data' | 'spans' | 'keySpans' | 'problems'>;

/**
 * Recently read front matters. The editor lints on every pause in typing, and the front matter
 * rarely changes while the body is written, so the YAML parser, most of a lint's cost, is
 * skipped when the same YAML stands at the same offset. Entries are shared: never changed.
 */
const recentYaml: { yamlText: string; yamlStart: number; part: YamlPart }[] = [];
const RECENT_YAML_SIZE = 4;

function readYaml(yamlText: string, yamlStart: number): YamlPart {
  const index = recentYaml.findIndex((entry) => entry.yamlStart === yamlStart && entry.yamlText === yamlText);
  const entry = index === -1 ? { yamlText, yamlStart, part: parseYaml(yamlText, yamlStart) } : recentYaml[index];
  if (index !== 0) {
    if (index > 0) recentYaml.splice(index, 1);
    recentYaml.unshift(entry);
    recentYaml.length = Math.min(recentYaml.length, RECENT_YAML_SIZE);
  }
  return entry.part;
}

function parseYaml(yamlText: string, yamlStart: number): YamlPart {
  const result: YamlPart = { data: bare(), spans: bare(), keySpans: bare(), problems: [] };
  const tooDeep = deepNesting(yamlText);
  if (tooDeep !== undefined) {
    result.problems.push({
      message: `The front matter is nested more than ${MAX_YAML_DEPTH} levels deep; no invite needs that, and Invite Writer stops reading there.`,
      span: { start: yamlStart + tooDeep, end: yamlStart + tooDeep + 1 },
    });
    return result;
  }
  // logLevel 'error': the library would otherwise print its warnings to the console.
  const document = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  for (const error of document.errors) {
    result.problems.push({ message: `Front matter: ${firstLine(error.message)}`, span: shift(error.pos, yamlStart, yamlText.length) });
  }
  if (result.problems.length > 0) return result;

  const contents = document.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) return result;
  if (!isMap(contents)) {
    result.problems.push({
      message: 'The front matter must be `key: value` lines, such as `name: Dana`.',
      span: nodeSpan(contents, yamlStart) ?? { start: yamlStart, end: yamlStart + yamlText.length },
    });
    return result;
  }

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    result.problems.push({ message: `Front matter: ${firstLine(String((error as Error).message))}`, span: { start: 0, end: 3 } });
    return result;
  }
  result.data = isPlainObject(data) ? (bareDeep(data) as Record<string, unknown>) : bare();
  const spans = spanView(contents, yamlStart, yamlText);
  result.spans = spans !== null && !Array.isArray(spans) && !(spans instanceof ValueSpan) ? spans : bare();
  for (const pair of contents.items) {
    if (isScalar(pair.key) && pair.key.range) {
      const end = (pair.value as YamlNode | null)?.range?.[1] ?? pair.key.range[1];
      result.keySpans[String(pair.key.value)] = { start: pair.key.range[0] + yamlStart, end: end + yamlStart };
    }
  }
  return result;
}

/** Positions of every scalar in the YAML text, which stands at `offset` in the source. */
function spanView(node: unknown, offset: number, yamlText: string): SpanView {
  if (isMap(node)) {
    const view: { [key: string]: SpanView } = bare();
    for (const pair of node.items) {
      if (isScalar(pair.key)) view[String(pair.key.value)] = spanView(pair.value, offset, yamlText);
    }
    return view;
  }
  if (isSeq(node)) return node.items.map((item) => spanView(item, offset, yamlText));
  if (isScalar(node) && node.range) {
    const span = { start: node.range[0] + offset, end: node.range[1] + offset };
    const raw = yamlText.slice(node.range[0], node.range[1]);
    const text = String(node.value);
    let verbatimStart: number | undefined;
    if (raw === text) verbatimStart = span.start;
    else if (raw.length === text.length + 2 && raw.slice(1, -1) === text) verbatimStart = span.start + 1;
    return new ValueSpan(node.value, span, verbatimStart);
  }
  if (isAlias(node)) return null;
  return null;
}

function nodeSpan(node: unknown, offset: number): SourceSpan | undefined {
  const range = (node as YamlNode | null)?.range;
  return range ? { start: range[0] + offset, end: range[1] + offset } : undefined;
}

function shift(pos: [number, number], offset: number, length: number): SourceSpan {
  const start = Math.min(pos[0], Math.max(0, length - 1));
  const end = Math.max(start + 1, Math.min(pos[1], length));
  return { start: start + offset, end: end + offset };
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/** How deep the front matter may nest, in brackets or indentation; the parser recurses per level. */
export const MAX_YAML_DEPTH = 64;

/** The offset where nesting first goes deeper than MAX_YAML_DEPTH, by a cheap over-estimate. */
function deepNesting(yaml: string): number | undefined {
  let flow = 0;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < yaml.length; i++) {
    const char = yaml[i];
    if (char === '\n') {
      lineStart = true;
      indent = 0;
      continue;
    }
    if (lineStart && (char === ' ' || char === '-' || char === '?' || char === ':')) {
      // Block nesting: indentation and compact "- - -" entries.
      indent++;
      if (indent / 2 > MAX_YAML_DEPTH) return i;
      continue;
    }
    lineStart = false;
    if (char === '[' || char === '{') {
      flow++;
      if (flow > MAX_YAML_DEPTH) return i;
    } else if ((char === ']' || char === '}') && flow > 0) {
      flow--;
    }
  }
  return undefined;
}

/**
 * Objects without a prototype, merged from `parts`: mustache.js looks names up with `in`, so
 * on a plain object `{{constructor}}` or `{{toString}}` would find Object's own members.
 */
export function bare<T>(...parts: Record<string, T>[]): Record<string, T> {
  // Key by key: Object.assign onto a prototype-free object is several times slower.
  const result = Object.create(null) as Record<string, T>;
  for (const part of parts) for (const key of Object.keys(part)) result[key] = part[key];
  return result;
}

/** A copy of parsed YAML with every map made prototype-free. Aliases can make cycles: each is copied once. */
function bareDeep(value: unknown, copies = new Map<object, unknown>()): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const done = copies.get(value);
  if (done !== undefined) return done;
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    copies.set(value, copy);
    value.forEach((item) => copy.push(bareDeep(item, copies)));
    return copy;
  }
  const copy = bare<unknown>();
  copies.set(value, copy);
  for (const [key, item] of Object.entries(value)) copy[key] = bareDeep(item, copies);
  return copy;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
