import type * as vscode from 'vscode';
import { ActiveInvite } from './editor/activeInvite';
import { AnalysisStore } from './editor/analysis';
import { registerCharacterCount } from './editor/characterCount';
import { registerCodeActions } from './editor/codeActions';
import { registerCopyInvite } from './editor/copyInvite';
import { registerDiagnostics } from './editor/diagnostics';
import { registerHover } from './editor/hover';
import { registerLanguageSnippets } from './editor/languageSnippets';
import { registerNewInvite } from './editor/newInvite';
import { InvitePreview, registerPreview } from './editor/preview';
import { SettingsProblemReporter, showSettingsWarning } from './editor/settings';
import { registerWalkthrough } from './editor/walkthrough';

/** What the extension exposes to other extensions and to its tests. */
export interface InviteWriterApi {
  /** How long activate() took, in milliseconds: activation must stay cheap (budget: 20 ms). */
  activationMs: number;
  /** The open preview, if any: its page as last drawn, and the handler of the page's messages. */
  preview(): Pick<InvitePreview, 'html' | 'receive'> | undefined;
}

// Composition only: every feature lives in its own module under src/editor.
export function activate(context: vscode.ExtensionContext): InviteWriterApi {
  const started = performance.now();
  const settingsProblems = new SettingsProblemReporter(showSettingsWarning);
  const store = new AnalysisStore((problems) => settingsProblems.report(problems));
  const activeInvite = new ActiveInvite();
  context.subscriptions.push(store, activeInvite);
  registerDiagnostics(context, store);
  registerCodeActions(context, store);
  registerHover(context, store);
  registerCharacterCount(context, store);
  registerCopyInvite(context, activeInvite);
  registerNewInvite(context);
  registerLanguageSnippets(context, store);
  registerPreview(context, store, activeInvite);
  registerWalkthrough(context);
  return { activationMs: performance.now() - started, preview: () => InvitePreview.current };
}

export function deactivate(): void {}
