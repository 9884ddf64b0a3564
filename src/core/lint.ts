import { hasContext } from './contextSignals';
import { isSilenced, readDisableComments } from './disableComments';
import { readInvite, type InviteDocument, type Rendering } from './document';
import { LineIndex } from './lineIndex';
import { MappedTextBuilder } from './mappedText';
import { MatchableText } from './normalize';
import { phraseMatcherFor } from './phraseMatcher';
import type { RenderingContext } from './rule';
import { RULES } from './rules';
import { genericPhrase } from './rules/genericPhrase';
import { placeholder } from './rules/placeholder';
import { SEVERITIES, type Finding, type LintOptions, type Severity, type SourceSpan } from './types';

/** At most this many findings of one rule for one recipient are reported. */
export const MAX_FINDINGS_PER_RULE = 1000;

/**
 * Each rule with its position in RULES, which orders findings at the same range; built once, as
 * RULES never changes (looking a position up by id on every lint cost more than the lookup's worth).
 */
const DOCUMENT_RULES = RULES.flatMap((rule, order) => (rule.scope === 'document' ? [{ rule, order }] : []));
const RENDERING_RULES = RULES.flatMap((rule, order) => (rule.scope === 'rendering' ? [{ rule, order }] : []));
/** The checks that need no rendering, for a body that cannot be rendered. */
const RAW_BODY_RULES = RENDERING_RULES.filter(({ rule }) => rule === placeholder || rule === genericPhrase);

/** A finding still in source offsets, as the editor's quick fixes want it. */
export interface LocatedFinding extends Finding {
  start: number;
  end: number;
}

/**
 * Lints one document: every rule, for every recipient, with ranges in the source.
 * Never throws; a document that cannot be rendered still gets its phrase and placeholder checks.
 */
export function lintWithOffsets(source: string, options: LintOptions = {}): LocatedFinding[] {
  return findingsOf(source, options, true) as LocatedFinding[];
}

/** One document's findings with exactly the fields of the command line's JSON (the product design). */
export function lint(source: string, options: LintOptions = {}): Finding[] {
  return findingsOf(source, options, false);
}

/** The findings, with their source offsets when `located`; built once in the shape asked for. */
function findingsOf(source: string, options: LintOptions, located: boolean): Finding[] {
  const document = readInvite(source, options);
  const severities = severitiesByOrder(options.rules);
  const phrases = phraseMatcherFor(options.extraGenericPhrases);
  const lines = new LineIndex(source);
  const silenced = readDisableComments(source, lines);

  const found: Found[] = [];
  for (const { rule, order } of DOCUMENT_RULES) {
    if (severities[order] === 'off') continue;
    for (const m of rule.check(document)) found.push({ rule: rule.id, order, span: m.span, message: m.message, recipient: undefined });
  }

  // When nothing can be rendered, the raw body still deserves the checks that need no rendering.
  const renderings = document.renderings.length > 0 ? document.renderings : [rawBody(document)];
  const renderingRules = document.renderings.length > 0 ? RENDERING_RULES : RAW_BODY_RULES;

  for (const rendering of renderings) {
    const text = new MatchableText(rendering.mapped.text);
    // Looked for at most once, and only when a rule asks: for a reply or follow-up none does.
    let context: boolean | undefined;
    const renderingContext: RenderingContext = { document, rendering, text, hasContext: () => (context ??= hasContext(rendering, text)), phrases };
    for (const { rule, order } of renderingRules) {
      if (severities[order] === 'off') continue;
      const matches = rule.check(renderingContext);
      // A pasted dump can hold thousands of slots; past a screenful of squiggles more only slows the editor.
      const count = Math.min(matches.length, MAX_FINDINGS_PER_RULE);
      for (let i = 0; i < count; i++) found.push({ rule: rule.id, order, span: matches[i].span, message: matches[i].message, recipient: rendering.recipient });
    }
  }
  if (found.length === 0) return [];

  // Sorted, the same finding for several recipients (or twice from a repeated section) stands in
  // one run; it becomes one finding, naming the recipients only when not all of them share it.
  sortByPlace(found);
  const findings: Finding[] = [];
  for (let first = 0; first < found.length;) {
    let next = first + 1;
    while (next < found.length && byPlace(found[first], found[next]) === 0) next++;
    const { rule, order, span, message } = found[first];
    const start = lines.position(span.start);
    if (!isSilenced(silenced, rule, start.line - 1)) {
      const end = lines.position(Math.max(span.end, span.start));
      const finding: Finding = {
        rule,
        severity: severities[order] as Severity,
        message: renderings.length > 1 ? forWhom(message, found.slice(first, next), renderings.length) : message,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
      };
      const locatedFinding: LocatedFinding | undefined = located ? { ...finding, start: span.start, end: span.end } : undefined;
      findings.push(locatedFinding ?? finding);
    }
    first = next;
  }
  return findings;
}

/** One rule's match for one recipient, before duplicates are merged. */
interface Found {
  rule: string;
  /** The rule's position in RULES. */
  order: number;
  span: SourceSpan;
  message: string;
  recipient: string | undefined;
}

/**
 * Sorts by place. A note has a handful of findings, and for a handful the built-in sort costs
 * more in setting up (it copies the array) than in sorting: they are inserted in place instead.
 */
function sortByPlace(found: Found[]): void {
  if (found.length > 8) {
    found.sort(byPlace);
    return;
  }
  for (let i = 1; i < found.length; i++) {
    const item = found[i];
    let j = i - 1;
    for (; j >= 0 && byPlace(found[j], item) > 0; j--) found[j + 1] = found[j];
    found[j + 1] = item;
  }
}

/** Source order, then rule order; equal only for the same finding. */
function byPlace(a: Found, b: Found): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || a.order - b.order || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

/** Each rule's severity: its default, unless the options set a valid severity or "off". */
export function resolveSeverities(configured: Record<string, unknown> | undefined): Readonly<Record<string, Severity | 'off'>> {
  if (configured === undefined) return DEFAULT_SEVERITIES;
  const result: Record<string, Severity | 'off'> = {};
  for (const rule of RULES) {
    const value = configured?.[rule.id];
    result[rule.id] = value === 'off' || (SEVERITIES as readonly unknown[]).includes(value) ? (value as Severity | 'off') : rule.defaultSeverity;
  }
  return result;
}

/** Built once: most lints, and every command-line lint without a config, use the defaults. */
const DEFAULT_SEVERITIES = Object.freeze(resolveSeverities({}));

/**
 * Each rule's severity by its position in RULES. It is read for every rule on every lint, and
 * an array reads faster than a map by id.
 */
function severitiesByOrder(configured: Record<string, unknown> | undefined): readonly (Severity | 'off')[] {
  if (configured === undefined) return DEFAULT_SEVERITIES_BY_ORDER;
  const severities = resolveSeverities(configured);
  return RULES.map((rule) => severities[rule.id]);
}

const DEFAULT_SEVERITIES_BY_ORDER = RULES.map((rule) => DEFAULT_SEVERITIES[rule.id]);

function rawBody(document: InviteDocument): Rendering {
  const builder = new MappedTextBuilder();
  builder.appendVerbatim(document.source.slice(document.bodyStart), document.bodyStart);
  return { recipient: undefined, view: {}, mapped: builder.build(), variables: [], limit: Number.MAX_SAFE_INTEGER };
}

/** The message, naming the recipients it concerns when not all of them share it. */
function forWhom(message: string, copies: readonly Found[], everyone: number): string {
  const recipients = new Set<string>();
  for (const copy of copies) if (copy.recipient !== undefined) recipients.add(copy.recipient);
  if (recipients.size === 0 || recipients.size >= everyone) return message;
  if (recipients.size === 1 && message.includes([...recipients][0])) return message;
  return `${message} (for ${listNames([...recipients])})`;
}

function listNames(names: string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
