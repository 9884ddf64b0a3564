import { bare, isPlainObject, parseFrontMatter, ValueSpan, type FrontMatter, type Problem, type SpanView } from './frontMatter';
import type { Note } from './note';
import { delimitersAt as delimitersInScan, scanTags, type TagScan } from './tagScanner';
import { isProblem, parseTemplate, renderTemplate, type ParsedTemplate, type RenderedVariable } from './template';
import { languageCode } from './language';
import { LineIndex } from './lineIndex';
import { tidy } from './tidy';
import { DEFAULT_LIMIT, KINDS, NAMED_LIMITS, RELATIONSHIPS, type InviteKind } from './types';

/** One person's finished note, with its map back to the source. */
export interface Rendering {
  /** The recipient's display name, when the document lists recipients. */
  recipient: string | undefined;
  /** The values the template saw. */
  view: Record<string, unknown>;
  /** The tidied note: its text is exactly what Copy Invite copies. */
  note: Note;
  variables: RenderedVariable[];
  /** The character limit for this note, in UTF-16 code units. */
  limit: number;
  /** Whether this is the body as typed, tags and all, because the document cannot be rendered. */
  raw?: boolean;
  /** The recipient's position in `recipients`, when the document lists them. */
  recipientIndex?: number;
}

/** A parsed `.invite` document: everything the rules and the renderer need. */
export interface InviteDocument {
  source: string;
  /** Lines of the source. */
  lines: LineIndex;
  /** The line ending the document uses: its first one, `\n` when it has none. */
  eol: string;
  frontMatter: FrontMatter;
  template: ParsedTemplate | undefined;
  /** Front-matter and template problems; when any exists, nothing can be rendered. */
  problems: Problem[];
  /** Template problems that do not stop rendering: a partial, a comment in replaced delimiters. */
  templateNotices: Problem[];
  /** Front-matter values that are readable but wrong, such as an unknown `relationship`. */
  valueProblems: Problem[];
  kind: InviteKind;
  /** The front matter's `relationship`, when it is one of RELATIONSHIPS. */
  relationship: string | undefined;
  /** The front matter's `lang`, as an ISO 639-1 code. */
  lang: string | undefined;
  bodyStart: number;
  renderings: Rendering[];
  /** Names with an inverted-section fallback. */
  fallbacks: ReadonlySet<string>;
  /** The body's tags as mustache.js reads them, with the delimiters each is written in. */
  tags: TagScan;
}

export interface DocumentOptions {
  limit?: number;
  recipient?: string;
}

/** Parses front matter and template and renders every recipient (or only `options.recipient`). Never throws. */
export function readInvite(source: string, options: DocumentOptions = {}): InviteDocument {
  const frontMatter = parseFrontMatter(source);
  const problems = [...frontMatter.problems];
  const valueProblems: Problem[] = [];
  const data = frontMatter.data;
  const invalid = (key: string, message: string) => valueProblems.push({ message, span: frontMatter.keySpans[key] ?? { start: 0, end: 0 } });

  let kind: InviteKind = 'invite';
  if (data.kind !== undefined && data.kind !== null) {
    if ((KINDS as readonly unknown[]).includes(data.kind)) kind = data.kind as InviteKind;
    else invalid('kind', `\`kind\` must be one of ${KINDS.map((k) => `\`${k}\``).join(', ')}.`);
  }
  let relationship: string | undefined;
  if (data.relationship !== undefined && data.relationship !== null) {
    if ((RELATIONSHIPS as readonly unknown[]).includes(data.relationship)) relationship = data.relationship as string;
    else invalid('relationship', `\`relationship\` must be one of ${RELATIONSHIPS.join(', ')}.`);
  }
  const lang = data.lang === undefined || data.lang === null ? undefined : languageCode(data.lang);
  if (data.lang !== undefined && data.lang !== null && lang === undefined) invalid('lang', '`lang` must be a language code such as `en`, `de` or `pt-BR`.');
  const limit = readLimit(data.limit, options.limit);
  if (limit === undefined) invalid('limit', '`limit` must be a whole number of characters, `free` (200) or `premium` (300).');

  const body = source.slice(frontMatter.bodyStart);
  const parsed = parseTemplate(body, frontMatter.bodyStart);
  const template = isProblem(parsed) ? undefined : parsed;
  if (isProblem(parsed)) problems.push(parsed);
  const tags = scanTags(body);

  const document: InviteDocument = {
    source, lines: new LineIndex(source), eol: lineEnding(source), frontMatter, template, problems, valueProblems, kind, relationship, lang,
    bodyStart: frontMatter.bodyStart, renderings: [], tags,
    templateNotices: template ? templateNotices(body, frontMatter.bodyStart, tags) : [],
    fallbacks: new Set(tags.tags.filter((tag) => tag.type === '^').map((tag) => tag.name)),
  };
  if (problems.length > 0 || !template) return document;

  const wanted = options.recipient?.trim().toLowerCase();
  for (const person of recipientsOf(frontMatter, valueProblems)) {
    if (wanted !== undefined && person.name?.toLowerCase() !== wanted) continue;
    const rendered = renderTemplate(template, person.view, person.spans);
    if (isProblem(rendered)) {
      problems.push(rendered);
      document.renderings = [];
      break;
    }
    document.renderings.push({
      recipient: person.name,
      recipientIndex: person.index,
      view: person.view,
      note: tidy(rendered.note),
      variables: rendered.variables,
      limit: readLimit(person.view.limit, limit ?? options.limit) ?? limit ?? DEFAULT_LIMIT,
    });
  }
  return document;
}

/** The delimiters in force at a source offset of the body. */
export function delimitersAt(document: InviteDocument, offset: number): { open: string; close: string } {
  return delimitersInScan(document.tags, offset - document.bodyStart);
}

/** Whether a span of the source holds any part of a tag of the body. */
export function touchesTag(document: InviteDocument, span: { start: number; end: number }): boolean {
  const start = span.start - document.bodyStart;
  const end = span.end - document.bodyStart;
  return document.tags.tags.some((tag) => tag.start < end && (tag.end ?? Infinity) > start);
}

/**
 * What renders without complaint but not as the author meant: a partial (an invite has none, so
 * it renders nothing), and `{{! … }}` written after the delimiters changed, which is then plain
 * text that is copied and silences nothing.
 */
function templateNotices(body: string, offset: number, scan: TagScan): Problem[] {
  const notices: Problem[] = [];
  for (const tag of scan.tags) {
    if (tag.type !== '>') continue;
    const span = { start: offset + tag.start, end: offset + (tag.end ?? tag.start) };
    notices.push({
      message: `\`${body.slice(tag.start, tag.end)}\` is a partial, and an invite has none: it renders nothing. Write the text in, or remove the tag.`,
      span,
      fixes: [{ title: 'Remove the partial', safe: false, edits: [{ ...span, text: '' }] }],
    });
  }
  // Between the tags, where other delimiters are in force, a `{{! … }}` is text.
  let from = 0;
  for (const tag of [...scan.tags, undefined]) {
    const to = tag ? tag.start : body.length;
    const { open, close } = delimitersInScan(scan, from);
    if (open !== '{{') {
      for (let at = body.indexOf('{{!', from); at !== -1 && at < to; at = body.indexOf('{{!', at + 3)) {
        const end = body.indexOf('}}', at + 3);
        if (end === -1 || end + 2 > to) break;
        const span = { start: offset + at, end: offset + end + 2 };
        const rewritten = `${open}!${body.slice(at + 3, end)}${close}`;
        notices.push({
          message: `After the delimiters changed to \`${open} ${close}\`, \`${body.slice(at, end + 2)}\` is plain text: it is copied into the note and silences nothing. Write it as \`${rewritten}\`.`,
          span,
          fixes: [{ title: `Write it as ${rewritten}`, safe: true, preferred: true, edits: [{ ...span, text: rewritten }] }],
        });
      }
    }
    if (!tag?.end) break;
    from = tag.end;
  }
  return notices;
}

interface Person {
  name: string | undefined;
  /** Position in `recipients`, when the document lists them. */
  index?: number;
  view: Record<string, unknown>;
  spans: Record<string, SpanView>;
}

/** The views to render: one per entry of `recipients`, or the top level alone. */
function recipientsOf(frontMatter: FrontMatter, valueProblems: Problem[]): Person[] {
  const { recipients: list, ...shared } = frontMatter.data;
  const { recipients: listSpans, ...sharedSpans } = frontMatter.spans;
  const single = [{ name: nameOf(shared.name), view: bare(shared), spans: bare(sharedSpans) }];
  if (list === undefined || list === null) return single;
  if (!Array.isArray(list) || !list.every(isPlainObject)) {
    valueProblems.push({
      message: '`recipients` must be a list of maps, one per person, such as `- name: Omar`.',
      span: frontMatter.keySpans.recipients ?? { start: 0, end: 0 },
    });
    return single;
  }
  if (list.length === 0) return single;
  return list.map((recipient, index) => {
    const spans = Array.isArray(listSpans) ? listSpans[index] : null;
    const view = bare(shared, recipient as Record<string, unknown>);
    const ownSpans = isPlainObject(spans) && !Array.isArray(spans) && !(spans instanceof ValueSpan) ? spans : {};
    return { name: nameOf(view.name) ?? `recipient ${index + 1}`, index, view, spans: bare(sharedSpans, ownSpans) };
  });
}

function nameOf(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/**
 * A `limit` value in characters: a positive whole number, or `free` / `premium`. Absent, it is the
 * fallback (the setting); invalid, undefined.
 */
function readLimit(value: unknown, fallback: number | undefined): number | undefined {
  const base = fallback !== undefined && Number.isInteger(fallback) && fallback > 0 ? fallback : DEFAULT_LIMIT;
  if (value === undefined || value === null) return base;
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
  if (typeof value !== 'string') return undefined;
  // Front-matter numbers arrive as typed text (frontMatter.ts).
  if (/^\+?[0-9]+$/.test(value.trim()) && Number(value) > 0) return Number(value);
  return NAMED_LIMITS[value.trim().toLowerCase()];
}

function lineEnding(source: string): string {
  const first = source.indexOf('\n');
  return first > 0 && source[first - 1] === '\r' ? '\r\n' : '\n';
}
