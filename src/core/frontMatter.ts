import { isMap, isScalar, isSeq, parseDocument, Scalar, type Node as YamlNode } from 'yaml';
import { decodeScalarUnits, type UnitMap } from './yamlScalar';
import type { Fix, SourceSpan } from './types';

/**
 * Where a front-matter scalar stands in the source. `text` is the value as a template renders
 * it: a number as the author typed it (`3.10` stays `3.10`, `01234` keeps its zero; the product
 * design), anything else as mustache.js writes it. `units` maps each UTF-16 unit of that text
 * to the source characters it was read from, when the scalar can be read unit by unit (see
 * yamlScalar.ts); otherwise it is undefined.
 */
export class ValueSpan {
  constructor(
    readonly value: unknown,
    readonly text: string,
    readonly span: SourceSpan,
    readonly units: UnitMap | undefined,
  ) {}
}

/** The front matter's shape with every scalar replaced by its ValueSpan. */
export type SpanView = ValueSpan | SpanView[] | { [key: string]: SpanView } | null;

/** A problem in the document, at a source span, with the fixes that are clear. */
export interface Problem {
  message: string;
  span: SourceSpan;
  fixes?: Fix[];
}

/** A document's front matter. */
export interface FrontMatter {
  /** Whether the document opens with a front-matter block. */
  present: boolean;
  /** The parsed values, in prototype-free maps; empty when absent or broken. */
  data: Record<string, unknown>;
  /** Source positions, in the same shape as `data`. */
  spans: Record<string, SpanView>;
  /** Where each top-level key's entry stands. */
  keySpans: Record<string, SourceSpan>;
  /** Where each value stands as typed, at any depth: scalars, and lists or maps written in brackets. */
  valueSpans: SourceSpan[];
  /**
   * For each entry of `recipients` written as a block map: the offset just past its last line,
   * where a key can be added, and the indentation of its keys. Undefined for any other entry.
   */
  recipientEntries: ({ insertAt: number; indent: string } | undefined)[];
  /** Offset of the first character of the body. */
  bodyStart: number;
  /** Offset of the closing `---` line, where new keys can be inserted; -1 when absent. */
  closingLineStart: number;
  problems: Problem[];
}

/** How deep the front matter may nest, in brackets or indentation: the parser recurses per level. */
export const MAX_YAML_DEPTH = 64;

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING_LINE = /^---[ \t]*(?:\r?\n|$)/gm;

/** Splits off and parses the YAML front matter, keeping every position in the source. Never throws. */
export function parseFrontMatter(source: string): FrontMatter {
  const afterBom = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const absent: FrontMatter = { present: false, data: bare(), spans: bare(), keySpans: bare(), valueSpans: [], recipientEntries: [], bodyStart: afterBom, closingLineStart: -1, problems: [] };
  const opening = OPENING.exec(source);
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
        span: { start: afterBom, end: opening[0].trimEnd().length },
      }],
    };
  }
  const yamlText = source.slice(yamlStart, closing.index);
  return { present: true, ...readYaml(yamlText, yamlStart), bodyStart: closing.index + closing[0].length, closingLineStart: closing.index };
}

type YamlPart = Pick<FrontMatter, 'data' | 'spans' | 'keySpans' | 'valueSpans' | 'recipientEntries' | 'problems'>;

function readYaml(yamlText: string, yamlStart: number): YamlPart {
  const result: YamlPart = { data: bare(), spans: bare(), keySpans: bare(), valueSpans: [], recipientEntries: [], problems: [] };
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
  for (const error of document.errors) result.problems.push(plainYamlProblem(error.code, firstLine(error.message), shift(error.pos, yamlStart, yamlText.length), yamlText, yamlStart));
  if (result.problems.length > 0) return result;

  const contents = document.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) return result;
  if (!isMap(contents)) {
    const range = (contents as YamlNode).range;
    result.problems.push({
      message: 'The front matter must be `key: value` lines, such as `name: Dana`.',
      span: range ? { start: yamlStart + range[0], end: yamlStart + range[1] } : { start: yamlStart, end: yamlStart + yamlText.length },
    });
    return result;
  }

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    result.problems.push({ message: `Front matter: ${firstLine(String((error as Error).message))}`, span: { start: yamlStart, end: yamlStart + 1 } });
    return result;
  }
  result.data = isPlainObject(data) ? (bareDeep(data) as Record<string, unknown>) : bare();
  const spans = spanView(contents, yamlStart, yamlText);
  result.spans = spans !== null && !Array.isArray(spans) && !(spans instanceof ValueSpan) ? spans : bare();
  collectValueSpans(contents, yamlStart, result.valueSpans);
  const recipients = contents.items.find((pair) => isScalar(pair.key) && pair.key.value === 'recipients')?.value;
  if (isSeq(recipients)) result.recipientEntries = recipients.items.map((item) => recipientEntry(item, yamlText, yamlStart));
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
    for (const pair of node.items) if (isScalar(pair.key)) view[String(pair.key.value)] = spanView(pair.value, offset, yamlText);
    return view;
  }
  if (isSeq(node)) return node.items.map((item) => spanView(item, offset, yamlText));
  if (isScalar(node) && node.range) {
    const [start, end] = node.range;
    const scalar = node as Scalar;
    const text = typeof scalar.value === 'number' && scalar.type === 'PLAIN' && typeof scalar.source === 'string' ? scalar.source : String(scalar.value);
    const units = decodeScalarUnits(yamlText.slice(start, end), scalar.type, text);
    return new ValueSpan(scalar.value, text, { start: start + offset, end: end + offset }, units && shiftUnits(units, start + offset));
  }
  return null;
}

function shiftUnits(units: UnitMap, by: number): UnitMap {
  return { starts: units.starts.map((at) => at + by), ends: units.ends.map((at) => at + by) };
}

/**
 * A YAML error in plain words, with what to do, and the parser's own words after it. A value with
 * a colon in it gets a fix that quotes it.
 */
function plainYamlProblem(code: string, parserText: string, span: SourceSpan, yamlText: string, yamlStart: number): Problem {
  const details = ` (YAML: ${parserText})`;
  const lineStart = yamlText.lastIndexOf('\n', span.start - yamlStart - 1) + 1;
  const lineEndAt = yamlText.indexOf('\n', lineStart);
  const line = yamlText.slice(lineStart, lineEndAt === -1 ? yamlText.length : lineEndAt);
  // `key: value` where the value holds another ": ": the key ends at the first colon and space.
  const colon = line.search(/:\s/);
  const keyPart = colon === -1 ? '' : line.slice(0, colon + 1);
  const valueOffset = colon === -1 ? -1 : colon + 1 + (line.slice(colon + 1).length - line.slice(colon + 1).trimStart().length);
  const value = colon === -1 ? '' : line.slice(valueOffset).trimEnd();
  if (code === 'BLOCK_AS_IMPLICIT_KEY' && /^\s*(?:- )?[^\s:#]/.test(keyPart) && value.includes(': ')) {
    const quoted = JSON.stringify(value);
    const valueStart = yamlStart + lineStart + valueOffset;
    return {
      message: `Front matter: a value with a colon in it needs quotes: write \`${keyPart.trim()} ${quoted}\`.${details}`,
      span: { start: valueStart, end: valueStart + value.length },
      fixes: [{ title: 'Put the value in quotes', safe: false, preferred: true, edits: [{ start: valueStart, end: valueStart + value.length, text: quoted }] }],
    };
  }
  const advice: Readonly<Record<string, string>> = {
    DUPLICATE_KEY: 'This key is set twice: keep one of them.',
    MISSING_CHAR: 'Something is never closed here, most often a quote: add the closing `"` or `\'`.',
    BAD_SCALAR_START: 'A value cannot start with this character in YAML: put the value in quotes.',
    BAD_INDENT: 'A list or map in brackets is never closed, or is indented wrongly. If the brackets are text, such as `[Name]`, put the value in quotes.',
    BLOCK_AS_IMPLICIT_KEY: 'This line is indented under a value: remove the indentation, or make the value above a map.',
    MULTILINE_IMPLICIT_KEY: 'A key must be on one line, followed by a colon and a space.',
    TAB_AS_INDENT: 'Indent with spaces, not tabs.',
  };
  return { message: `Front matter: ${advice[code] ?? 'it cannot be read here: check the line for a missing colon, quote or space.'}${details}`, span };
}

/** Where a key can be added to a recipient's block map, and with what indentation. */
function recipientEntry(item: unknown, yamlText: string, offset: number): { insertAt: number; indent: string } | undefined {
  if (!isMap(item) || item.flow || !item.range || !isScalar(item.items[0]?.key) || !item.items[0].key.range) return undefined;
  const keyStart = item.items[0].key.range[0];
  const indent = keyStart - (yamlText.lastIndexOf('\n', keyStart - 1) + 1);
  const lastLineEnd = yamlText.indexOf('\n', Math.max(keyStart, item.range[1] - 1));
  return { insertAt: offset + (lastLineEnd === -1 ? yamlText.length : lastLineEnd + 1), indent: ' '.repeat(indent) };
}

/** The source range of every value: a scalar or a collection in brackets whole, a block collection by its items. */
function collectValueSpans(node: unknown, offset: number, into: SourceSpan[]): void {
  const items: unknown[] = isMap(node) ? node.items.map((pair) => pair.value) : isSeq(node) ? node.items : [];
  for (const item of items) {
    const range = (item as YamlNode | null)?.range;
    if (!range) continue;
    if (isScalar(item) || ((isMap(item) || isSeq(item)) && item.flow)) into.push({ start: range[0] + offset, end: range[1] + offset });
    else collectValueSpans(item, offset, into);
  }
}

function shift(pos: [number, number], offset: number, length: number): SourceSpan {
  const start = Math.min(pos[0], Math.max(0, length - 1));
  const end = Math.max(start + 1, Math.min(pos[1], length));
  return { start: start + offset, end: end + offset };
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

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
  return Object.assign(Object.create(null) as Record<string, T>, ...parts);
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
