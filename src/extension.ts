import type * as vscode from 'vscode';
import { registerCharacterCount } from './editor/characterCount';
import { registerCodeActions } from './editor/codeActions';
import { registerCopyInvite } from './editor/copyInvite';
import { registerDiagnostics } from './editor/diagnostics';
import { registerHover } from './editor/hover';
import { registerNewInvite } from './editor/newInvite';

// Composition only: every feature lives in its own module under src/editor.
export function activate(context: vscode.ExtensionContext): void {
  registerDiagnostics(context);
  registerCodeActions(context);
  registerHover(context);
  registerCharacterCount(context);
  registerCopyInvite(context);
  registerNewInvite(context);
}

export function deactivate(): void {}
