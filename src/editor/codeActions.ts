import * as vscode from 'vscode';
import { differingSpan, fixAll, FIX_TITLES, type Finding, type Fix } from '../core';
import type { AnalysisStore } from './analysis';
import { ruleIdOf } from './diagnostics';
import { COMMANDS } from './ids';
import { INVITE_SELECTOR } from './language';
import { readSettings } from './settings';

/** The fix-all kind: `editor.codeActionsOnSave: { "source.fixAll": "explicit" }` picks it up. */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('invite');
export const FIX_ALL_TITLES = {
  source: 'Fix all unambiguous Invite Writer problems',
  quickFix: 'Fix all unambiguous problems in this file',
} as const;

/**
 * One generic adapter from the core's fixes to code actions: every fix a finding carries
 * becomes a quick fix on its diagnostic, and fix-all applies the core's safe fixes. No fix is
 * worked out here; the rules know them (src/core/rules).
 */
export class FindingFixes implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND];

  constructor(private readonly store: AnalysisStore) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    // Source actions are only computed when asked for (the Source Action menu, code actions on save).
    if (context.only?.intersects(FIX_ALL_KIND)) {
      const edit = fixAllEdit(document);
      return edit ? [action(FIX_ALL_TITLES.source, FIX_ALL_KIND, edit)] : [];
    }
    if (context.only !== undefined && !context.only.intersects(vscode.CodeActionKind.QuickFix)) return [];
    // Right after typing, a diagnostic's range can still sit over the words it was computed for.
    const latest = this.store.latest(document);
    if (!latest || latest.version !== document.version) return [];

    const ruleFixes: vscode.CodeAction[] = [];
    // The core makes one switch per rule and line, shared by the findings there: keyed by it, each is offered once.
    const lineSwitches = new Map<Fix, vscode.CodeAction>();
    const fileSwitches = new Map<string, vscode.CodeAction>();
    let safeFixHere = false;
    for (const diagnostic of context.diagnostics) {
      const rule = ruleIdOf(diagnostic);
      if (rule === undefined) continue;
      for (const finding of latest.analysis.findings.filter((f) => f.rule === rule && sameRange(document, f, diagnostic))) {
        for (const fix of finding.fixes) {
          safeFixHere ||= fix.safe;
          if (fix.title === FIX_TITLES.disableForFile(rule)) {
            // One switch per rule, for all of its diagnostics here.
            const existing = fileSwitches.get(rule);
            if (existing) existing.diagnostics = [...(existing.diagnostics ?? []), diagnostic];
            else fileSwitches.set(rule, quickFix(document, fix, diagnostic));
          } else if (fix.title === FIX_TITLES.disableForLine(rule)) {
            if (!lineSwitches.has(fix)) lineSwitches.set(fix, quickFix(document, fix, diagnostic));
          } else {
            ruleFixes.push(quickFix(document, fix, diagnostic));
          }
        }
      }
    }
    const actions = [...ruleFixes];
    const safeFindings = latest.analysis.findings.filter((finding) => finding.fixes.some((fix) => fix.safe));
    if (safeFixHere && safeFindings.length >= 2) {
      const edit = fixAllEdit(document);
      if (edit) actions.push(action(FIX_ALL_TITLES.quickFix, vscode.CodeActionKind.QuickFix, edit));
    }
    return [...actions, ...lineSwitches.values(), ...fileSwitches.values()];
  }
}

function sameRange(document: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic): boolean {
  return document.offsetAt(diagnostic.range.start) === finding.span.start && document.offsetAt(diagnostic.range.end) === finding.span.end;
}

function action(title: string, kind: vscode.CodeActionKind, edit: vscode.WorkspaceEdit): vscode.CodeAction {
  const result = new vscode.CodeAction(title, kind);
  result.edit = edit;
  return result;
}

/**
 * A core fix as a quick fix: its edits, with snippet text where the fix has it. Once the edit
 * is in, its command re-checks the document, so the squiggle goes without waiting for the
 * typing pause (and the walkthrough's "fix it" step sees a fix applied).
 */
export function quickFix(document: vscode.TextDocument, fix: Fix, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const result = action(fix.title, vscode.CodeActionKind.QuickFix, workspaceEdit(document, fix));
  // No arguments: a command with arguments reaches the workbench under a stand-in id, and the
  // walkthrough would not see it run.
  result.command = { command: COMMANDS.afterFix, title: fix.title };
  result.diagnostics = [diagnostic];
  result.isPreferred = fix.preferred === true;
  return result;
}

export function workspaceEdit(document: vscode.TextDocument, fix: Fix): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  edit.set(document.uri, fix.edits.map(({ start, end, text, snippet }) => {
    const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
    return snippet === undefined ? new vscode.TextEdit(range, text) : new vscode.SnippetTextEdit(range, new vscode.SnippetString(snippet));
  }));
  return edit;
}

/** Every safe fix of the document at once, as one edit of the stretch that changes; undefined when there is none. */
function fixAllEdit(document: vscode.TextDocument): vscode.WorkspaceEdit | undefined {
  const source = document.getText();
  const change = differingSpan(source, fixAll(source, readSettings(document.uri).lintOptions));
  if (!change) return undefined;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.text);
  return edit;
}

export function registerCodeActions(context: vscode.ExtensionContext, store: AnalysisStore): void {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(INVITE_SELECTOR, new FindingFixes(store), { providedCodeActionKinds: FindingFixes.providedCodeActionKinds }),
    vscode.commands.registerCommand(COMMANDS.disableRuleForFile, async (uri: unknown, rule: unknown) => {
      if (typeof uri !== 'string' || typeof rule !== 'string') return false;
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
      const fix = store.current(document)?.findings.filter((f) => f.rule === rule).flatMap((f) => f.fixes).find((f) => f.title === FIX_TITLES.disableForFile(rule));
      return fix ? vscode.workspace.applyEdit(workspaceEdit(document, fix)) : false;
    }),
    vscode.commands.registerCommand(COMMANDS.afterFix, () => store.analyzeChanged()),
  );
}
