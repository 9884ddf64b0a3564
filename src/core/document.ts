import { bare, isPlainObject, parseFrontMatter, ValueSpan, type FrontMatter, type Problem, type SpanView } from './frontMatter';
import { sourceSpanOf, tidyWhitespace, type MappedText } from './mappedText';
import { invertedSectionNames, isTemplateError, parseTemplate, renderTemplate, type ParsedTemplate, type RenderedVariable } from './template';
import { DEFAULT_LIMIT, KINDS, NAMED_LIMITS, RELATIONSHIPS, type InviteKind, type SourceSpan } from './types';

/** One person's finished message, with its map back to the source. */
export interface Rendering {
  /** The recipient's display name, when the document lists recipients. */
  recipient: string | undefined;
  /** The values the template saw. */
  view: Record<string, unknown>;
  /** The tidied text, exactly what Copy Invite copies, mapped to the source. */
  mapped: MappedText;
  variables: RenderedVariable[];
  limit: number;
}

/** A parsed `.invite` document: everything the rules and the renderer need, computed once. */
export interface InviteDocument {
  source: string;
  frontMatter: FrontMatter;
  template: ParsedTemplate | undefined;
  /** Front-matter and template problems; when any exists, nothing can be rendered. */
  problems: Problem[];
  /** Front-matter values that are readable but wrong, such as an unknown `relationship`. */
  valueProblems: Problem[];
  kind: InviteKind;
  bodyStart: number;
  renderings: Rendering[];
  /** Names with an inverted-section fallback. */
  fallbacks: ReadonlySet<string>;
}

export interface DocumentOptions {
  limit?: number;
  recipient?: string;
}

/** Parses front matter and template and renders every recipient. Never throws on any input. */
export function readInvite(source: string, options: DocumentOptions = {}): InviteDocument {
  const frontMatter = parseFrontMatter(source);
  const problems = frontMatter.problems.length > 0 ? [...frontMatter.problems] : [];
  const valueProblems: Problem[] = [];
  const data = frontMatter.data;
  const spanOf = (key: string): SourceSpan => frontMatter.keySpans[key] ?? { start: 0, end: 0 };

  const kind = readKind(data.kind, () => valueProblems.push({
    message: `\`kind\` must be one of ${KINDS.map((k) => `\`${k}\``).join(', ')}.`, span: spanOf('kind'),
  }));
  if (data.relationship !== undefined && !(RELATIONSHIPS as readonly unknown[]).includes(data.relationship)) {
    valueProblems.push({ message: `\`relationship\` must be one of ${RELATIONSHIPS.join(', ')}.`, span: spanOf('relationship') });
  }
  const limit = readLimit(data.limit, options.limit, () => valueProblems.push({
    message: '`limit` must be a whole number of characters, `free` (200) or `premium` (300).', span: spanOf('limit'),
  }));

  const body = source.slice(frontMatter.bodyStart);
  const parsed = parseTemplate(body, frontMatter.bodyStart);
  let template: ParsedTemplate | undefined;
  if (isTemplateError(parsed)) problems.push(parsed);
  else template = parsed;

  const document: InviteDocument = {
    source, frontMatter, template, problems, valueProblems, kind, bodyStart: frontMatter.bodyStart, renderings: [],
    fallbacks: template ? invertedSectionNames(template) : new Set(),
  };
  if (problems.length > 0 || !template) return document;

  const people = recipientsOf(frontMatter, valueProblems);
  const wanted = options.recipient?.trim().toLowerCase();
  for (const person of people) {
    if (wanted !== undefined && person.name?.toLowerCase() !== wanted) continue;
    const rendered = renderTemplate(template, person.view, person.spans);
    if (isTemplateError(rendered)) {
      problems.push(rendered);
      document.renderings = [];
      break;
    }
    document.renderings.push({
      recipient: person.name,
      view: person.view,
      mapped: tidyWhitespace(rendered.mapped),
      variables: rendered.variables,
      limit: readLimit(person.view.limit, limit, () => undefined),
    });
  }
  return document;
}

interface Person {
  name: string | undefined;
  view: Record<string, unknown>;
  spans: Record<string, SpanView>;
}

/** The views to render: one per entry of `recipients`, or the top level alone. */
function recipientsOf(frontMatter: FrontMatter, valueProblems: Problem[]): Person[] {
  const recipients = frontMatter.data.recipients;
  const recipientSpans = frontMatter.spans.recipients;
  const shared = withoutRecipients(frontMatter.data);
  const sharedSpans = withoutRecipients(frontMatter.spans);
  const single = [{ name: nameOf(shared.name), view: shared, spans: sharedSpans }];
  if (recipients === undefined || recipients === null) return single;
  if (!Array.isArray(recipients) || !recipients.every(isPlainObject)) {
    valueProblems.push({
      message: '`recipients` must be a list of maps, one per person, such as `- name: Omar`.',
      span: frontMatter.keySpans.recipients ?? { start: 0, end: 0 },
    });
    return single;
  }
  if (recipients.length === 0) return single;
  return recipients.map((recipient, index) => {
    const spans = Array.isArray(recipientSpans) ? recipientSpans[index] : null;
    const view = bare(shared, recipient as Record<string, unknown>);
    return {
      name: nameOf(view.name) ?? `recipient ${index + 1}`,
      view,
      spans: bare(sharedSpans, spans !== null && typeof spans === 'object' && !Array.isArray(spans) && !(spans instanceof ValueSpan) ? spans : {}),
    };
  });
}

/**
 * The map without its `recipients` entry: the map itself when it has none (parsed front matter
 * is never changed), else a prototype-free copy (a loop: rest syntax on such maps is slow).
 */
function withoutRecipients<T>(map: Record<string, T>): Record<string, T> {
  if (!('recipients' in map)) return map;
  const copy = bare<T>();
  for (const key of Object.keys(map)) if (key !== 'recipients') copy[key] = map[key];
  return copy;
}

function nameOf(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

function readKind(value: unknown, invalid: () => void): InviteKind {
  if (value === undefined || value === null) return 'invite';
  if ((KINDS as readonly unknown[]).includes(value)) return value as InviteKind;
  invalid();
  return 'invite';
}

/** The front matter's `limit` wins over the setting (the product design); a bad one falls back to it. */
function readLimit(value: unknown, fallback: number | undefined, invalid: () => void): number {
  const base = fallback !== undefined && Number.isInteger(fallback) && fallback > 0 ? fallback : DEFAULT_LIMIT;
  if (value === undefined || value === null) return base;
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
  if (typeof value === 'string' && NAMED_LIMITS[value.trim().toLowerCase()] !== undefined) return NAMED_LIMITS[value.trim().toLowerCase()];
  invalid();
  return base;
}

/** Maps a range of a rendering's text to the source. */
export function sourceSpanIn(rendering: Rendering, start: number, end: number): SourceSpan {
  return sourceSpanOf(rendering.mapped, start, end);
}
