import { isSilenced, readDisableComments } from './disableComments';
import { readInvite, type InviteDocument, type Rendering } from './document';
import { disableFixes } from './fixes';
import { LineIndex } from './lineIndex';
import { normalizeForMatching, normalizePhrase } from './normalize';
import { bodyNote } from './note';
import type { RuleMatch } from './rule';
import { RULES } from './rules';
import { languageOf, type NoteLanguage } from './language';
import { findContext } from './rules/contextSignals';
import { MAX_DOCUMENT_LENGTH, SEVERITIES, type Finding, type Fix, type JsonFinding, type LintOptions, type RuleSetting, type SourceSpan } from './types';

/** The most user phrases honoured, and their longest length in UTF-16 code units. */
export const MAX_USER_PHRASES = 500;
export const MAX_USER_PHRASE_LENGTH = 200;

/** One recipient's note as Copy Invite would copy it. */
export interface RenderedNote {
  /** The recipient's display name, when the document lists recipients. */
  recipient: string | undefined;
  /** Exactly what Copy Invite copies. */
  text: string;
  /** Length in UTF-16 code units, as a browser's maxlength counts. */
  length: number;
  limit: number;
  /** What gave an invite its context, as the user can be shown it; undefined for none, and for replies. */
  context: string | undefined;
  /** The note's language, and whether the wording rules cover it. */
  language: NoteLanguage;
}

/** Everything the editor shows about one document, computed once per version. */
export interface Analysis {
  /** Why the document is not checked at all (over MAX_DOCUMENT_LENGTH); then everything else is empty. */
  refused: string | undefined;
  /** Every finding, in source order, with its fixes. */
  findings: Finding[];
  /** Each recipient's note, or the one note; empty when the document cannot be rendered. */
  notes: RenderedNote[];
  /** Why the document cannot be rendered, at source spans. */
  renderProblems: { message: string; span: SourceSpan }[];
}

/** What the editor and the command line say about a document over MAX_DOCUMENT_LENGTH. */
export function tooLargeMessage(length: number): string {
  return `This document has ${length.toLocaleString('en-US')} characters: Invite Writer checks and copies documents of up to ${MAX_DOCUMENT_LENGTH.toLocaleString('en-US')} (an invitation note has at most 300).`;
}

/**
 * Lints one document: every rule, for every recipient (or `options.recipient`), with spans in
 * the source and each finding's fixes. Never throws. A document that cannot be rendered still
 * gets the rules that read its raw body.
 */
export function analyze(source: string, options: LintOptions = {}): Analysis {
  return analyzeDocument(source, options, true);
}

/** The analysis, with each note's language and context worked out only when `describeNotes`: lint's findings need neither. */
function analyzeDocument(source: string, options: LintOptions, describeNotes: boolean): Analysis {
  if (source.length > MAX_DOCUMENT_LENGTH) return { refused: tooLargeMessage(source.length), findings: [], notes: [], renderProblems: [] };
  const document = readInvite(source, options);
  const severities = resolveSeverities(options.rules);
  const userPhrases = usablePhrases(options.extraGenericPhrases ?? []);
  const lines = new LineIndex(source);
  const silenced = readDisableComments(document, lines);

  const found: Found[] = [];
  const collect = (ruleIndex: number, matches: RuleMatch[], recipient: string | undefined) => {
    for (const match of matches) found.push({ ruleIndex, match, recipient });
  };
  RULES.forEach((rule, ruleIndex) => {
    if (severities[rule.id] === 'off') return;
    if (rule.scope === 'document') collect(ruleIndex, rule.check(document), undefined);
    else if (rule.checkDocument) collect(ruleIndex, rule.checkDocument(document), undefined);
  });
  const renderable = document.renderings.length > 0;
  const about = new Map<Rendering, { context: () => string | undefined; language: () => NoteLanguage }>();
  for (const rendering of renderable ? document.renderings : [rawBody(document)]) {
    const canonical = normalizeForMatching(rendering.note);
    let language: NoteLanguage | undefined;
    const languageOfNote = () => (language ??= languageOf(rendering.note.text, document.lang, options.language));
    let found: { context: string | undefined } | undefined;
    const findOnce = () => (found ??= { context: findContext(rendering, canonical.text, languageOfNote) }).context;
    const context = { document, rendering, canonical, userPhrases, context: findOnce, language: languageOfNote };
    if (renderable) about.set(rendering, { context: findOnce, language: languageOfNote });
    RULES.forEach((rule, ruleIndex) => {
      if (rule.scope !== 'rendering' || severities[rule.id] === 'off' || (!renderable && !rule.checksRawBody)) return;
      collect(ruleIndex, rule.check(context), rendering.recipient);
    });
  }

  // Sorted, the same finding for several recipients stands in one run; it becomes one finding,
  // naming the recipients only when not all of them share it.
  found.sort(byPlace);
  // The disable switches of one rule are the same for every finding on a line: made once and shared.
  const switches = new Map<string, Fix[]>();
  const switchesFor = (rule: string, anchorStart: number) => {
    const key = `${rule} ${lines.lineOf(anchorStart)}`;
    let fixes = switches.get(key);
    if (!fixes) switches.set(key, (fixes = disableFixes(document, rule, anchorStart)));
    return fixes;
  };
  const findings: Finding[] = [];
  for (let first = 0; first < found.length;) {
    let next = first + 1;
    while (next < found.length && byPlace(found[first], found[next]) === 0) next++;
    const { ruleIndex, match } = found[first];
    const rule = RULES[ruleIndex];
    if (!isSilenced(silenced, rule.id, lines.lineOf(match.at.anchor.start))) {
      findings.push({
        rule: rule.id,
        severity: severities[rule.id] as Finding['severity'],
        message: forWhom(match.message, found.slice(first, next), document.renderings.length),
        span: match.at.span,
        anchor: match.at.anchor,
        fixes: [...(match.fixes ?? []), ...switchesFor(rule.id, match.at.anchor.start)],
      });
    }
    first = next;
  }
  return {
    refused: undefined,
    findings,
    notes: !describeNotes ? [] : document.renderings.map((rendering) => {
      const { context, language } = about.get(rendering)!;
      return noteOf(rendering, document.kind === 'invite' && language().checked ? context() : undefined, language());
    }),
    renderProblems: document.problems.map(({ message, span }) => ({ message, span })),
  };
}

/** One document's findings with exactly the fields of `lint --format json` (the product design). */
export function lint(source: string, options: LintOptions = {}): JsonFinding[] {
  const lines = new LineIndex(source);
  const fixes = new Map<Fix, JsonFinding['fixes'][number]>();
  return analyzeDocument(source, options, false).findings.map((finding) => toJson(finding, lines, fixes));
}

/**
 * A finding with lines and columns, as the command line prints it. `fixes` keeps fixes already
 * positioned, for findings that share them.
 */
export function toJson(finding: Finding, lines: LineIndex, fixes = new Map<Fix, JsonFinding['fixes'][number]>()): JsonFinding {
  const position = (span: SourceSpan) => {
    const start = lines.position(span.start);
    const end = lines.position(Math.max(span.end, span.start));
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  };
  const jsonFix = (fix: Fix) => {
    let json = fixes.get(fix);
    if (!json) fixes.set(fix, (json = { title: fix.title, edits: fix.edits.map((edit) => ({ ...position(edit), text: edit.text })) }));
    return json;
  };
  return { rule: finding.rule, severity: finding.severity, message: finding.message, ...position(finding.span), fixes: finding.fixes.map(jsonFix) };
}

/** Each rule's severity: its default, unless the options set a valid severity or "off". */
export function resolveSeverities(configured: Record<string, unknown> | undefined): Readonly<Record<string, RuleSetting>> {
  const result: Record<string, RuleSetting> = {};
  for (const rule of RULES) {
    const value = configured?.[rule.id];
    result[rule.id] = value === 'off' || (SEVERITIES as readonly unknown[]).includes(value) ? (value as RuleSetting) : rule.defaultSeverity;
  }
  return result;
}

/** The user's phrases that can be used, in canonical form: strings, not blank, within the bounds, once each. */
export function usablePhrases(userPhrases: readonly unknown[]): string[] {
  const usable = new Set<string>();
  for (const phrase of userPhrases) {
    if (usable.size >= MAX_USER_PHRASES) break;
    if (typeof phrase !== 'string') continue;
    const canonical = normalizePhrase(phrase);
    if (canonical.length > 0 && canonical.length <= MAX_USER_PHRASE_LENGTH) usable.add(canonical);
  }
  return [...usable];
}

/** One rule's match for one recipient, before duplicates are merged. */
interface Found {
  ruleIndex: number;
  match: RuleMatch;
  recipient: string | undefined;
}

/** Source order, then rule order; equal only for the same finding. */
function byPlace(a: Found, b: Found): number {
  const x = a.match;
  const y = b.match;
  return x.at.span.start - y.at.span.start || x.at.span.end - y.at.span.end || a.ruleIndex - b.ruleIndex || (x.message < y.message ? -1 : x.message > y.message ? 1 : 0);
}

/** The body as it stands, for a document that cannot be rendered. */
function rawBody(document: InviteDocument): Rendering {
  return { recipient: undefined, view: {}, note: bodyNote(document.source.slice(document.bodyStart), document.bodyStart), variables: [], limit: Infinity, raw: true };
}

function noteOf(rendering: Rendering, context: string | undefined, language: NoteLanguage): RenderedNote {
  return { recipient: rendering.recipient, text: rendering.note.text, length: rendering.note.text.length, limit: rendering.limit, context, language };
}

/** The message, naming the recipients it concerns when not all of them share it. */
function forWhom(message: string, copies: readonly Found[], everyone: number): string {
  const recipients = [...new Set(copies.map((copy) => copy.recipient).filter((name): name is string => name !== undefined))];
  if (recipients.length === 0 || recipients.length >= everyone) return message;
  if (recipients.length === 1 && message.includes(recipients[0])) return message;
  const names = recipients.length === 1 ? recipients[0] : `${recipients.slice(0, -1).join(', ')} and ${recipients[recipients.length - 1]}`;
  return `${message} (for ${names})`;
}
