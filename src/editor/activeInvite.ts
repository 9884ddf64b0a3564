import * as vscode from 'vscode';
import { isInvite } from './language';

/**
 * The invite a command without an argument acts on: the active editor's, or, when focus is
 * somewhere that is not a text editor (the preview, the walkthrough, a panel), the invite
 * editor that was active last, if its document is still open. Undefined when there is none.
 */
export class ActiveInvite implements vscode.Disposable {
  private last: vscode.TextDocument | undefined;
  private readonly listener: vscode.Disposable;

  constructor() {
    this.remember(vscode.window.activeTextEditor);
    this.listener = vscode.window.onDidChangeActiveTextEditor((editor) => this.remember(editor));
  }

  document(): vscode.TextDocument | undefined {
    const active = vscode.window.activeTextEditor?.document;
    if (active) return isInvite(active) ? active : undefined;
    return this.last && !this.last.isClosed && isInvite(this.last) ? this.last : undefined;
  }

  dispose(): void {
    this.listener.dispose();
  }

  private remember(editor: vscode.TextEditor | undefined): void {
    if (editor && isInvite(editor.document)) this.last = editor.document;
  }
}
