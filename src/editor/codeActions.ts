import * as vscode from 'vscode';
import { lintWithOffsets, parseFrontMatter, type FrontMatter } from '../core';
import { findingsAreCurrent, ruleIdOf } from './diagnostics';
import { isLargeDocument } from './documentSize';
import { INVITE_SELECTOR } from './language';
import { readSettings } from './settings';

/** The fix-all kind: `editor.codeActionsOnSave: { "source.fixAll": "explicit" }` picks it up. */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('invite');
/** Internal command behind the hover's "disable for this file" link; takes (uri string, rule id). */
export const DISABLE_RULE_FOR_FILE_COMMAND = 'invite.disableRuleForFile';

const GENERIC_PHRASE = 'generic-phrase';
const PLACEHOLDER = 'placeholder';

export const TITLES = {
  replacePhrase: 'Replace with how you know them',
  removePhrase: 'Remove the stock phrase',
  fixAllPlaceholders: 'Fix all placeholders in this file',
  fixAllSource: 'Fix all unambiguous Invite Writer problems',
  slotToVariable: (key: string) => `Turn into {{${key}}} and add it to the front matter`,
  addVariable: (key: string) => `Add \`${key}:\` to the front matter`,
  disableForFile: (rule: string) => `Disable ${rule} for this file`,
  disableForLine: (rule: string) => `Disable ${rule} for this line`,
} as const;

/**
 * The sentence that replaces a stock phrase, by the front matter's `relationship`. Each names a
 * concrete anchor. The defaults are bracketed slots on purpose: left unfilled, the placeholder
 * rule flags them, so a half-finished sentence cannot be sent by accident.
 */
const CONTEXT_SENTENCES: Readonly<Record<string, string>> = {
  event: 'It was good to meet you at ${1:[the event]}, where we talked about ${2:[the topic]}.',
  mutual: '${1:[Name of our mutual contact]} suggested I get in touch about ${2:[the topic]}.',
  content: 'I read your ${1:[post]} on ${2:[the topic]}, and ${3:[what stayed with you]}.',
  colleague: 'We worked together at ${1:[the company]} on ${2:[the project]}.',
  classmate: 'We studied together at ${1:[the school]}, in ${2:[the course]}.',
  business: 'We worked together on ${1:[the project or deal]} with ${2:[their company]}.',
  friend: 'We met through ${1:[how you know each other]}, and I would like to stay in touch.',
  other: "I'm writing because ${1:[how you know them, or why them]}.",
  unknown: "I'm writing because ${1:[why them: their work, a shared group, or who introduced you]}.",
};
/** With no `relationship`, the most common anchor: where you met. */
const DEFAULT_SENTENCE = CONTEXT_SENTENCES.event;

/** The replacement sentence for a document's relationship (a snippet with tab stops). */
export function contextSentenceFor(relationship: unknown): string {
  return typeof relationship === 'string' && CONTEXT_SENTENCES[relationship] ? CONTEXT_SENTENCES[relationship] : DEFAULT_SENTENCE;
}

// ---------------------------------------------------------------------------------------------
// Text edits in source offsets, shared by the providers. Pure, so they are easy to reason about.

interface OffsetEdit {
  start: number;
  end: number;
  text: string;
}

const OPENING_BRACKETS: Readonly<Record<string, string>> = { '[': ']', '{': '}', '<': '>' };

/**
 * The front-matter key for a bracket-style slot: its words, lower-cased, joined by `_`.
 * `[Your Name]` → `your_name`, `{Company}` → `company`. Undefined for any other text.
 */
export function slotKey(slot: string): string | undefined {
  const close = OPENING_BRACKETS[slot[0]];
  if (close === undefined || !slot.endsWith(close) || slot.length < 3) return undefined;
  const words = slot.slice(1, -1).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.length > 0 ? words.join('_') : undefined;
}

/** The variable named by a tag such as `{{company}}`, `{{ company }}` or `{{{company}}}`, if a plain key. */
export function tagVariable(tag: string): string | undefined {
  const match = /^\{\{\{?\s*(?:&\s*)?([A-Za-z_][\w-]*)\s*\}?\}\}$/.exec(tag);
  return match?.[1];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function hasFrontMatterKey(source: string, frontMatter: FrontMatter, key: string): boolean {
  if (Object.prototype.hasOwnProperty.call(frontMatter.keySpans, key)) return true;
  // When the YAML does not parse there are no key spans: look for a top-level `key:` line.
  const yaml = source.slice(0, Math.max(0, frontMatter.closingLineStart));
  return new RegExp(`^${escapeRegExp(key)}[ \\t]*:`, 'm').test(yaml);
}

/**
 * Edits that add `key: ` lines for keys the front matter lacks: before its closing `---`, or in
 * a new block at the top. Undefined when the front matter is open but never closed.
 */
function frontMatterKeyEdits(source: string, keys: readonly string[], eol: string): OffsetEdit[] | undefined {
  const frontMatter = parseFrontMatter(source);
  if (frontMatter.present && frontMatter.closingLineStart < 0) return undefined;
  const missing = [...new Set(keys)].filter((key) => !hasFrontMatterKey(source, frontMatter, key));
  if (missing.length === 0) return [];
  const lines = missing.map((key) => `${key}: ${eol}`).join('');
  if (frontMatter.present) return [{ start: frontMatter.closingLineStart, end: frontMatter.closingLineStart, text: lines }];
  return [{ start: 0, end: 0, text: `---${eol}${lines}---${eol}` }];
}

/** Sorts edits and joins an insertion with a replacement that starts at the same offset. */
function mergeEdits(edits: readonly OffsetEdit[]): OffsetEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || (a.end - a.start) - (b.end - b.start));
  const merged: OffsetEdit[] = [];
  for (const edit of sorted) {
    const last = merged[merged.length - 1];
    if (last && last.start === edit.start && last.start === last.end) {
      merged[merged.length - 1] = { start: last.start, end: edit.end, text: last.text + edit.text };
    } else if (last && edit.start < last.end) {
      continue; // Overlapping edits cannot both apply; the first one wins.
    } else {
      merged.push(edit);
    }
  }
  return merged;
}

function toWorkspaceEdit(document: vscode.TextDocument, edits: readonly OffsetEdit[]): vscode.WorkspaceEdit {
  const workspaceEdit = new vscode.WorkspaceEdit();
  for (const edit of mergeEdits(edits)) {
    workspaceEdit.replace(document.uri, new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end)), edit.text);
  }
  return workspaceEdit;
}

function eolOf(document: vscode.TextDocument): string {
  return document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
}

/** Inserts `line` as a line of its own at `offset`, which is at the start of a line or the end of the text. */
function lineInsertion(source: string, offset: number, line: string, eol: string): OffsetEdit {
  const text = offset > 0 && source[offset - 1] !== '\n' ? `${eol}${line}` : `${line}${eol}`;
  return { start: offset, end: offset, text };
}

/**
 * What "Remove the stock phrase" deletes: the phrase, the sentence mark right after it and the
 * spaces that follow; the whole line when the phrase was all it held.
 */
export function phraseRemovalSpan(source: string, start: number, end: number): { start: number; end: number } {
  let stop = end;
  while (stop < source.length && '.!?'.includes(source[stop])) stop++;
  while (stop < source.length && (source[stop] === ' ' || source[stop] === '\t')) stop++;
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const atLineEnd = stop === source.length || source[stop] === '\n' || source[stop] === '\r';
  if (!atLineEnd) return { start, end: stop };
  if (source.slice(lineStart, start).trim() === '') {
    let lineEnd = stop;
    if (source[lineEnd] === '\r') lineEnd++;
    if (source[lineEnd] === '\n') lineEnd++;
    return { start: lineStart, end: lineEnd };
  }
  let from = start;
  while (from > lineStart && (source[from - 1] === ' ' || source[from - 1] === '\t')) from--;
  return { start: from, end: stop };
}

/** The edit that silences a rule for the whole file: a comment line at the top of the body. */
export function disableForFileEdit(document: vscode.TextDocument, rule: string): vscode.WorkspaceEdit | undefined {
  const source = document.getText();
  const frontMatter = parseFrontMatter(source);
  if (frontMatter.present && frontMatter.closingLineStart < 0) return undefined;
  const offset = frontMatter.present ? frontMatter.bodyStart : 0;
  return toWorkspaceEdit(document, [lineInsertion(source, offset, `{{! invite-disable ${rule} }}`, eolOf(document))]);
}

function ourDiagnostics(context: vscode.CodeActionContext, rule?: string): { diagnostic: vscode.Diagnostic; rule: string }[] {
  const result: { diagnostic: vscode.Diagnostic; rule: string }[] = [];
  for (const diagnostic of context.diagnostics) {
    const id = ruleIdOf(diagnostic);
    if (id !== undefined && (rule === undefined || id === rule)) result.push({ diagnostic, rule: id });
  }
  return result;
}

function wants(context: vscode.CodeActionContext, kind: vscode.CodeActionKind): boolean {
  return context.only === undefined || context.only.intersects(kind);
}

/**
 * Fixes that rewrite the text under a diagnostic wait for the lint of the current text: right
 * after typing, a diagnostic's range can still sit over the words it was computed for.
 */
function rangesAreCurrent(document: vscode.TextDocument): boolean {
  return findingsAreCurrent(document);
}

// ---------------------------------------------------------------------------------------------
// Providers, one per concern.

/** `generic-phrase`: replace the stock line with a context sentence, or remove it. */
export class GenericPhraseFixes implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (!wants(context, vscode.CodeActionKind.QuickFix)) return [];
    const phrases = ourDiagnostics(context, GENERIC_PHRASE);
    if (phrases.length === 0 || !rangesAreCurrent(document)) return [];
    const actions: vscode.CodeAction[] = [];
    const source = document.getText();
    const relationship = parseFrontMatter(source).data.relationship;
    for (const { diagnostic } of phrases) {
      if (diagnostic.range.isEmpty) continue;
      const start = document.offsetAt(diagnostic.range.start);
      const end = document.offsetAt(diagnostic.range.end);

      // The sentence ends with its own full stop, so it takes over the phrase's.
      const replaceEnd = end < source.length && '.!?'.includes(source[end]) ? end + 1 : end;
      let sentence = contextSentenceFor(relationship);
      const before = source.slice(source.lastIndexOf('\n', start - 1) + 1, start);
      if (/[,;:\p{Ll}]\s*$/u.test(before) && !/^I\b/.test(sentence)) {
        sentence = sentence[0] === '$' ? sentence : sentence[0].toLowerCase() + sentence.slice(1);
      }
      const replace = new vscode.CodeAction(TITLES.replacePhrase, vscode.CodeActionKind.QuickFix);
      replace.diagnostics = [diagnostic];
      replace.isPreferred = true;
      replace.edit = new vscode.WorkspaceEdit();
      replace.edit.set(document.uri, [
        new vscode.SnippetTextEdit(new vscode.Range(diagnostic.range.start, document.positionAt(replaceEnd)), new vscode.SnippetString(sentence)),
      ]);
      actions.push(replace);

      const removal = phraseRemovalSpan(source, start, end);
      const remove = new vscode.CodeAction(TITLES.removePhrase, vscode.CodeActionKind.QuickFix);
      remove.diagnostics = [diagnostic];
      remove.edit = toWorkspaceEdit(document, [{ ...removal, text: '' }]);
      actions.push(remove);
    }
    return actions;
  }
}

/** One placeholder the editor can fix without asking: its replacement and the key it needs. */
interface PlaceholderFix {
  title: string;
  /** Replacement of the slot, if any: `{{key}}` over `[Key]`. */
  replacement?: OffsetEdit;
  key: string;
}

/** The unambiguous fix for a placeholder at [start, end), or undefined (XXX, TODO, a slot in the front matter…). */
function placeholderFix(source: string, bodyStart: number, start: number, end: number): PlaceholderFix | undefined {
  if (start < bodyStart || end <= start) return undefined;
  const text = source.slice(start, end);
  const variable = tagVariable(text);
  if (variable !== undefined) return { title: TITLES.addVariable(variable), key: variable };
  const key = slotKey(text);
  if (key === undefined) return undefined;
  return { title: TITLES.slotToVariable(key), key, replacement: { start, end, text: `{{${key}}}` } };
}

/** Edits for a set of placeholder fixes: every replacement, and one front-matter line per new key. */
function placeholderEdits(source: string, fixes: readonly PlaceholderFix[], eol: string): OffsetEdit[] | undefined {
  const keyEdits = frontMatterKeyEdits(source, fixes.map((fix) => fix.key), eol);
  if (keyEdits === undefined) return undefined;
  const replacements = fixes.flatMap((fix) => (fix.replacement ? [fix.replacement] : []));
  const edits = [...keyEdits, ...replacements];
  return edits.length > 0 ? edits : undefined;
}

/** Every unambiguous placeholder fix in a document, from a fresh lint so offsets match the text. */
function allPlaceholderFixes(document: vscode.TextDocument): PlaceholderFix[] {
  const source = document.getText();
  const { bodyStart } = parseFrontMatter(source);
  const findings = lintWithOffsets(source, readSettings(document.uri).lintOptions);
  const seen = new Set<string>();
  const fixes: PlaceholderFix[] = [];
  for (const finding of findings) {
    if (finding.rule !== PLACEHOLDER) continue;
    const key = `${finding.start}:${finding.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const fix = placeholderFix(source, bodyStart, finding.start, finding.end);
    if (fix) fixes.push(fix);
  }
  return fixes;
}

/** `placeholder`: turn a bracket slot into a `{{variable}}` with a front-matter key, or add a missing key. */
export class PlaceholderFixes implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (!wants(context, vscode.CodeActionKind.QuickFix)) return [];
    const placeholders = ourDiagnostics(context, PLACEHOLDER);
    if (placeholders.length === 0 || !rangesAreCurrent(document)) return [];
    const source = document.getText();
    const { bodyStart } = parseFrontMatter(source);
    const eol = eolOf(document);
    const actions: vscode.CodeAction[] = [];
    for (const { diagnostic } of placeholders) {
      const fix = placeholderFix(source, bodyStart, document.offsetAt(diagnostic.range.start), document.offsetAt(diagnostic.range.end));
      const edits = fix && placeholderEdits(source, [fix], eol);
      if (!fix || !edits) continue;
      const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      action.isPreferred = true;
      action.edit = toWorkspaceEdit(document, edits);
      actions.push(action);
    }

    // Offering "fix all" means a full lint; in a large document that waits for an explicit source action.
    const all = isLargeDocument(document) ? [] : allPlaceholderFixes(document);
    const allEdits = all.length >= 2 ? placeholderEdits(source, all, eol) : undefined;
    if (allEdits) {
      const fixAll = new vscode.CodeAction(TITLES.fixAllPlaceholders, vscode.CodeActionKind.QuickFix);
      fixAll.diagnostics = placeholders.map(({ diagnostic }) => diagnostic);
      fixAll.edit = toWorkspaceEdit(document, allEdits);
      actions.push(fixAll);
    }
    return actions;
  }
}

/**
 * `source.fixAll.invite`: every fix that needs no judgement, in one edit. Today that is the
 * placeholders. Generic phrases are deliberately left out: their replacement has to be the
 * author's own words about how they know the recipient, which no fix can guess.
 */
export class FixAll implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [FIX_ALL_KIND];

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    // Source actions are only computed when asked for (the Source Action menu, code actions on save).
    if (context.only === undefined || !context.only.intersects(FIX_ALL_KIND)) return [];
    const edits = placeholderEdits(document.getText(), allPlaceholderFixes(document), eolOf(document));
    if (!edits) return [];
    const action = new vscode.CodeAction(TITLES.fixAllSource, FIX_ALL_KIND);
    action.edit = toWorkspaceEdit(document, edits);
    return [action];
  }
}

/** Every rule: silence it for this file or for this line, with a mustache comment that never reaches the copy. */
export class DisableRuleActions implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (!wants(context, vscode.CodeActionKind.QuickFix)) return [];
    const ours = ourDiagnostics(context);
    if (ours.length === 0) return [];
    const source = document.getText();
    const { bodyStart } = parseFrontMatter(source);
    const eol = eolOf(document);
    const forFile: vscode.CodeAction[] = [];
    const forLine: vscode.CodeAction[] = [];
    const done = new Set<string>();

    for (const { diagnostic, rule } of ours) {
      if (!done.has(rule)) {
        done.add(rule);
        const edit = disableForFileEdit(document, rule);
        if (edit) {
          const action = new vscode.CodeAction(TITLES.disableForFile(rule), vscode.CodeActionKind.QuickFix);
          action.diagnostics = ours.filter((o) => o.rule === rule).map((o) => o.diagnostic);
          action.edit = edit;
          forFile.push(action);
        }
      }
      // A comment line inside the front matter would break its YAML: findings there get the file-wide switch only.
      const line = document.lineAt(diagnostic.range.start.line);
      const lineKey = `${rule}:${line.lineNumber}`;
      if (document.offsetAt(line.range.start) < bodyStart || done.has(lineKey)) continue;
      done.add(lineKey);
      const indent = line.text.slice(0, line.firstNonWhitespaceCharacterIndex);
      const action = new vscode.CodeAction(TITLES.disableForLine(rule), vscode.CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      action.edit = toWorkspaceEdit(document, [
        lineInsertion(source, document.offsetAt(line.range.start), `${indent}{{! invite-disable-next-line ${rule} }}`, eol),
      ]);
      forLine.push(action);
    }
    return [...forLine, ...forFile];
  }
}

export function registerCodeActions(context: vscode.ExtensionContext): void {
  const providers: { provider: vscode.CodeActionProvider; kinds: readonly vscode.CodeActionKind[] }[] = [
    { provider: new GenericPhraseFixes(), kinds: GenericPhraseFixes.providedCodeActionKinds },
    { provider: new PlaceholderFixes(), kinds: PlaceholderFixes.providedCodeActionKinds },
    { provider: new FixAll(), kinds: FixAll.providedCodeActionKinds },
    { provider: new DisableRuleActions(), kinds: DisableRuleActions.providedCodeActionKinds },
  ];
  for (const { provider, kinds } of providers) {
    context.subscriptions.push(vscode.languages.registerCodeActionsProvider(INVITE_SELECTOR, provider, { providedCodeActionKinds: kinds }));
  }
  context.subscriptions.push(
    vscode.commands.registerCommand(DISABLE_RULE_FOR_FILE_COMMAND, async (uri: unknown, rule: unknown) => {
      if (typeof uri !== 'string' || typeof rule !== 'string') return false;
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
      const edit = disableForFileEdit(document, rule);
      return edit ? vscode.workspace.applyEdit(edit) : false;
    }),
  );
}
