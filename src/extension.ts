import * as vscode from 'vscode';

// Composition only: every feature lives in its own module under src/editor.
export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('invite.copy', () => undefined),
    vscode.commands.registerCommand('invite.new', () => undefined),
  );
}

export function deactivate(): void {}
