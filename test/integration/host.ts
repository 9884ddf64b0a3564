// What both test entries (index.ts for desktop and server hosts, ../web/index.ts for the web
// worker host) print the same way, so one runner script can read either.
import * as vscode from 'vscode';

/** Prefix of the one line the runner scripts parse for the final counts. */
export const RESULT_MARKER = 'INVITE_TEST_RESULT';

/** True in the web worker extension host (vscode.dev, github.dev), which has no Node globals. */
export const IN_WEB_WORKER = typeof process === 'undefined';

/** Which VS Code ran the tests, so a log says whether it was desktop or a web workbench. */
export function describeHost(): string {
  const uiKind = vscode.env.uiKind === vscode.UIKind.Web ? 'Web' : 'Desktop';
  const extensionHost = IN_WEB_WORKER ? 'web worker' : 'Node';
  return `VS Code ${vscode.version}, appHost=${vscode.env.appHost}, uiKind=${uiKind}, remoteName=${vscode.env.remoteName ?? 'none'}, extension host=${extensionHost}`;
}

/** The line that carries a run's counts. */
export function resultLine(counts: { passed: number; failed: number; pending: number }): string {
  return `${RESULT_MARKER} ${JSON.stringify(counts)}`;
}
