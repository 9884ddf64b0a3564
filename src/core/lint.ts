import { findContext, type ContextMatch } from './contextSignals';
import { isSilenced, readDisableComments } from './disableComments';
import { readInvite, type InviteDocument, type Rendering } from './document';
import { LineIndex } from './lineIndex';
import { MappedTextBuilder } from './mappedText';
import { normalizeForMatching } from './normalize';
import { phraseMatcherFor } from './phraseMatcher';
import type { RenderingRule } from './rule';
import { RULES } from './rules';
import { genericPhrase } from './rules/genericPhrase';
import { placeholder } from './rules/placeholder';
import { SEVERITIES, type Finding, type LintOptions, type Severity, type SourceSpan } from './types';

/** At most this many findings of one rule for one recipient are reported. */
export const MAX_FINDINGS_PER_RULE = 1000;

/** Rule positions in RULES, which order findings at the same range; built once, as RULES never changes. */
const RULE_ORDER = new Map(RULES.map((rule, index) => [rule.id, index]));
const RENDERING_RULES = RULES.filter((rule): rule is RenderingRule => rule.scope === 'rendering');

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
  const document = readInvite(source, { limit: options.limit, recipient: options.recipient });
  const severities = resolveSeverities(options.rules);
  const phrases = phraseMatcherFor(options.extraGenericPhrases ?? []);
  const lines = new LineIndex(source);
  const silenced = readDisableComments(source, lines);

  const found: { rule: string; span: SourceSpan; message: string; recipient: string | undefined }[] = [];
  const enabled = (id: string) => severities[id] !== 'off';

  for (const rule of RULES) {
    if (rule.scope === 'document' && enabled(rule.id)) {
      rule.check(document).forEach((m) => found.push({ rule: rule.id, span: m.span, message: m.message, recipient: undefined }));
    }
  }

  // When nothing can be rendered, the raw body still deserves the checks that need no rendering.
  const renderings = document.renderings.length > 0 ? document.renderings : [rawBody(document)];
  const renderingRules = document.renderings.length > 0 ? RENDERING_RULES : [placeholder, genericPhrase];

  for (const rendering of renderings) {
    const canonical = normalizeForMatching(rendering.mapped.text);
    // Looked for at most once, and only when a rule asks: for a reply or follow-up none does.
    let context: ContextMatch | undefined | null = null;
    const contextOf = () => (context === null ? (context = findContext(rendering, canonical)) : context);
    for (const rule of renderingRules) {
      if (!enabled(rule.id)) continue;
      const matches = rule.check({ document, rendering, canonical, context: contextOf, phrases });
      // A pasted dump can hold thousands of slots; past a screenful of squiggles more only slows the editor.
      const count = Math.min(matches.length, MAX_FINDINGS_PER_RULE);
      for (let i = 0; i < count; i++) found.push({ rule: rule.id, span: matches[i].span, message: matches[i].message, recipient: rendering.recipient });
    }
  }

  // The same finding for several recipients is one finding; it names them only when not all share it.
  const merged = new Map<string, { rule: string; span: SourceSpan; message: string; recipients: Set<string> }>();
  for (const f of found) {
    const key = `${f.rule}\u0000${f.span.start}\u0000${f.span.end}\u0000${f.message}`;
    const entry = merged.get(key) ?? { rule: f.rule, span: f.span, message: f.message, recipients: new Set<string>() };
    if (f.recipient !== undefined) entry.recipients.add(f.recipient);
    merged.set(key, entry);
  }

  const findings: LocatedFinding[] = [];
  for (const entry of merged.values()) {
    const start = lines.position(entry.span.start);
    if (isSilenced(silenced, entry.rule, start.line - 1)) continue;
    const end = lines.position(Math.max(entry.span.end, entry.span.start));
    const everyone = entry.recipients.size === 0 || entry.recipients.size >= renderings.length;
    const named = entry.recipients.size === 1 && entry.message.includes([...entry.recipients][0]);
    const message = everyone || named ? entry.message : `${entry.message} (for ${listNames([...entry.recipients])})`;
    findings.push({
      rule: entry.rule,
      severity: severities[entry.rule] as Severity,
      message,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      start: entry.span.start,
      end: entry.span.end,
    });
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || (RULE_ORDER.get(a.rule) ?? 0) - (RULE_ORDER.get(b.rule) ?? 0));
}

/** One document's findings with exactly the fields of the command line's JSON (the product design). */
export function lint(source: string, options: LintOptions = {}): Finding[] {
  return lintWithOffsets(source, options).map(({ rule, severity, message, line, column, endLine, endColumn }) => ({
    rule, severity, message, line, column, endLine, endColumn,
  }));
}

/** Each rule's severity: its default, unless the options set a valid severity or "off". */
export function resolveSeverities(configured: Record<string, unknown> | undefined): Record<string, Severity | 'off'> {
  const result: Record<string, Severity | 'off'> = {};
  for (const rule of RULES) {
    const value = configured?.[rule.id];
    result[rule.id] = value === 'off' || (SEVERITIES as readonly unknown[]).includes(value) ? (value as Severity | 'off') : rule.defaultSeverity;
  }
  return result;
}

function rawBody(document: InviteDocument): Rendering {
  const builder = new MappedTextBuilder();
  builder.appendVerbatim(document.source.slice(document.bodyStart), document.bodyStart);
  return { recipient: undefined, view: {}, mapped: builder.build(), variables: [], limit: Number.MAX_SAFE_INTEGER };
}

function listNames(names: string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
