import type * as vscode from 'vscode';
import { registerCharacterCount } from './editor/characterCount';
import { registerCodeActions } from './editor/codeActions';
import { registerCopyInvite } from './editor/copyInvite';
import { registerDiagnostics } from './editor/diagnostics';
import { registerHover } from './editor/hover';
import { registerNewInvite } from './editor/newInvite';

/** What the extension exposes to other extensions and to its tests. */
export interface InviteWriterApi {
  /** How long activate() took, in milliseconds: activation must stay cheap (target: under 20 ms). */
  activationMs: number;
}

// Composition only: every feature lives in its own module under src/editor.
export function activate(context: vscode.ExtensionContext): InviteWriterApi {
  const started = performance.now();
  registerDiagnostics(context);
  registerCodeActions(context);
  registerHover(context);
  registerCharacterCount(context);
  registerCopyInvite(context);
  registerNewInvite(context);
  return { activationMs: performance.now() - started };
}

export function deactivate(): void {}
