import * as vscode from 'vscode';
import { analyze, LineIndex, render, toJson, type JsonFinding, type RenderResult } from '../core';
import type { ActiveInvite } from './activeInvite';
import { COMMANDS } from './ids';
import { isInvite } from './language';
import { readSettings } from './settings';

/** User-facing strings: the command's contract, in one place. */
const SHOW_PROBLEMS_COMMAND = 'workbench.actions.view.problems';
export const COPY_ANYWAY = 'Copy Anyway';
export const SHOW_PROBLEMS = 'Show Problems';
export const NO_INVITE_MESSAGE = 'Open an .invite file to copy it.';
const PICK_RECIPIENT_TITLE = 'Copy Invite: which recipient?';
const PICK_RECIPIENT_PLACEHOLDER = 'The document lists several recipients; choose whose message to copy';

/**
 * "Copy Invite": renders the active `.invite` document (or the one the editor title or
 * context menu passes as a Uri) and puts the finished message on the clipboard.
 * It never edits the document. Every path that copies nothing says why.
 */
export function registerCopyInvite(context: vscode.ExtensionContext, activeInvite: ActiveInvite): void {
  // A second argument, a recipient's name, copies that recipient's note without asking (the preview's Copy button).
  context.subscriptions.push(vscode.commands.registerCommand(COMMANDS.copy, (target?: unknown, recipient?: unknown) => copyInvite(activeInvite, target, recipient)));
}

async function copyInvite(activeInvite: ActiveInvite, target: unknown, recipient: unknown): Promise<void> {
  try {
    const document = await inviteDocumentFor(activeInvite, target);
    if (!document) {
      void vscode.window.showInformationMessage(NO_INVITE_MESSAGE);
      return;
    }
    await copyDocument(document, typeof recipient === 'string' ? recipient : undefined);
  } catch (error) {
    void vscode.window.showErrorMessage(`Can't copy: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The document to copy: the Uri a menu passes, else the active invite (see ActiveInvite). */
async function inviteDocumentFor(activeInvite: ActiveInvite, target: unknown): Promise<vscode.TextDocument | undefined> {
  if (!(target instanceof vscode.Uri)) return activeInvite.document();
  const document = await vscode.workspace.openTextDocument(target);
  return isInvite(document) ? document : undefined;
}

async function copyDocument(document: vscode.TextDocument, chosen: string | undefined): Promise<void> {
  // Read the text once: everything below works on this snapshot, and nothing writes back.
  const source = document.getText();
  const { lintOptions } = readSettings(document);
  const limit = lintOptions.limit;

  const first = render(source, { limit });
  if (!first.ok) {
    void vscode.window.showErrorMessage(renderFailureMessage(first));
    return;
  }

  let result = first;
  if (first.recipients.length > 1) {
    const recipient = chosen !== undefined && first.recipients.includes(chosen) ? chosen : await pickRecipient(source, first.recipients, limit, lintOptions);
    if (recipient === undefined) return; // Escape: the user changed their mind.
    result = render(source, { limit, recipient });
    if (!result.ok) {
      void vscode.window.showErrorMessage(renderFailureMessage(result));
      return;
    }
  }

  const errors = blockingFindings(source, { ...lintOptions, recipient: result.recipient });
  if (errors.length > 0) {
    // A decision that blocks copying is modal: in every host it shows at once, never behind the bell.
    const answer = await vscode.window.showWarningMessage(problemsRemainMessage(errors, result.recipient), { modal: true }, COPY_ANYWAY, SHOW_PROBLEMS);
    if (answer === SHOW_PROBLEMS) await vscode.commands.executeCommand(SHOW_PROBLEMS_COMMAND);
    if (answer !== COPY_ANYWAY) return;
  }

  await vscode.env.clipboard.writeText(result.text);
  void vscode.window.showInformationMessage(copiedMessage(result));
}

interface RecipientItem extends vscode.QuickPickItem {
  recipient: string;
}

async function pickRecipient(
  source: string,
  recipients: readonly string[],
  limit: number | undefined,
  lintOptions: ReturnType<typeof readSettings>['lintOptions'],
): Promise<string | undefined> {
  const items: RecipientItem[] = recipients.map((recipient) => {
    const rendered = render(source, { limit, recipient });
    const errors = blockingFindings(source, { ...lintOptions, recipient });
    return {
      label: recipient,
      description: errors.length > 0 ? countProblems(errors.length) : undefined,
      detail: lengthSummary(rendered),
      recipient,
    };
  });
  const picked = await vscode.window.showQuickPick(items, {
    title: PICK_RECIPIENT_TITLE,
    placeHolder: PICK_RECIPIENT_PLACEHOLDER,
    matchOnDescription: true,
  });
  return picked?.recipient;
}

// Pure message and decision helpers, kept apart so they read as the command's contract.

/** Findings that should stop a copy unless the user insists: those of error severity, with their lines. */
function blockingFindings(source: string, options: Parameters<typeof analyze>[1]): JsonFinding[] {
  const lines = new LineIndex(source);
  return analyze(source, options).findings.filter((finding) => finding.severity === 'error').map((finding) => toJson(finding, lines));
}

/** "Can't copy: line 4: The section `company` is never closed…" */
export function renderFailureMessage(result: RenderResult): string {
  const [problem] = result.problems;
  if (!problem) return "Can't copy: the invite could not be rendered.";
  const more = result.problems.length > 1 ? ` (and ${result.problems.length - 1} more)` : '';
  return `Can't copy: line ${problem.line}: ${problem.message}${more}`;
}

/** "2 problems remain: [first message]" with the recipient named when there are several. */
export function problemsRemainMessage(errors: readonly Pick<JsonFinding, 'line' | 'message'>[], recipient?: string): string {
  const verb = errors.length === 1 ? 'remains' : 'remain';
  const forWhom = recipient === undefined ? '' : ` for ${recipient}`;
  const first = errors[0];
  return `${countProblems(errors.length)} ${verb}${forWhom}: ${first ? `line ${first.line}: ${first.message}` : ''}`;
}

/** "Copied invite for Dana: 243/300 characters", saying so when the message is over the limit. */
export function copiedMessage(result: RenderResult): string {
  const forWhom = result.recipient === undefined ? '' : ` for ${result.recipient}`;
  return `Copied invite${forWhom}: ${lengthSummary(result)}`;
}

/** "243/300 characters", or "320/300 characters: 20 over the limit". */
export function lengthSummary(result: Pick<RenderResult, 'length' | 'limit'>): string {
  const summary = `${result.length}/${result.limit} characters`;
  const over = result.length - result.limit;
  return over > 0 ? `${summary}: ${over} over the limit` : summary;
}

function countProblems(count: number): string {
  return `${count} ${count === 1 ? 'problem' : 'problems'}`;
}
