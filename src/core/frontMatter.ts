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

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING_LINE = /^---[ \t]*(?:\r?\n|$)/gm;

/** Splits off and parses the YAML front matter, keeping every position in the source. */
export function parseFrontMatter(source: string): FrontMatter {
  const opening = OPENING.exec(source);
  const absent: FrontMatter = {
    present: false, data: {}, spans: {}, keySpans: {}, bodyStart: source.startsWith('\uFEFF') ? 1 : 0, closingLineStart: -1, problems: [],
  };
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
  const result: FrontMatter = {
    present: true, data: {}, spans: {}, keySpans: {}, bodyStart: closing.index + closing[0].length, closingLineStart: closing.index, problems: [],
  };

  const document = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  for (const error of document.errors) {
    result.problems.push({ message: `Front matter: ${firstLine(error.message)}`, span: shift(error.pos, yamlStart, yamlText.length) });
  }
  if (result.problems.length > 0) return result;

  const contents = document.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) return result;
  if (!isMap(contents)) {
    result.problems.push({
      message: 'The front matter must be `key: value` lines, such as `name: Dana`.',
      span: nodeSpan(contents, yamlStart) ?? { start: yamlStart, end: closing.index },
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
  result.data = isPlainObject(data) ? data : {};
  const spans = spanView(contents, yamlStart, source);
  result.spans = spans !== null && !Array.isArray(spans) && !(spans instanceof ValueSpan) ? spans : {};
  for (const pair of contents.items) {
    if (isScalar(pair.key) && pair.key.range) {
      const end = (pair.value as YamlNode | null)?.range?.[1] ?? pair.key.range[1];
      result.keySpans[String(pair.key.value)] = { start: pair.key.range[0] + yamlStart, end: end + yamlStart };
    }
  }
  return result;
}

function spanView(node: unknown, offset: number, source: string): SpanView {
  if (isMap(node)) {
    const view: { [key: string]: SpanView } = {};
    for (const pair of node.items) {
      if (isScalar(pair.key)) view[String(pair.key.value)] = spanView(pair.value, offset, source);
    }
    return view;
  }
  if (isSeq(node)) return node.items.map((item) => spanView(item, offset, source));
  if (isScalar(node) && node.range) {
    const span = { start: node.range[0] + offset, end: node.range[1] + offset };
    const raw = source.slice(span.start, span.end);
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

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
