// Helpers shared by the integration suites: opening and closing documents, waiting for
// diagnostics and other asynchronous state, reading the installed snippets, and stubbing
// `vscode.window` for the length of one test.
//
// Not a `*.test.ts` file, so index.ts does not load it as a suite; the suites import it.
import * as assert from 'assert/strict';
import * as vscode from 'vscode';

/** The extension's id, `publisher.name` from package.json. */
export const EXTENSION_ID = 'invite-writer.invite-writer';

/** LinkedIn's default invitation text, the stock phrase the generic-phrase rule flags. */
export const DEFAULT_SENTENCE = "I'd like to add you to my professional network on LinkedIn.";

// ---------------------------------------------------------------------------------------
// Waiting

/**
 * Polls until `check` is true, for state that settles asynchronously (activation, editor
 * events, debounce timers). Rejects naming `what` after `timeoutMs`.
 */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

// ---------------------------------------------------------------------------------------
// Documents and editors

/** A file in the fixture workspace folder the test run opens. */
export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test run should open the fixture workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Opens an untitled `invite` document with `content` and shows it in an editor. */
export async function openInvite(content: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'invite', content });
  const editor = await vscode.window.showTextDocument(document);
  // On a busy machine the active editor can lag behind showTextDocument's promise.
  await waitFor(() => vscode.window.activeTextEditor?.document === document, 'the new invite to be the active editor');
  return editor;
}

/**
 * Closes every editor without a save prompt. Test documents are reverted and closed one by
 * one first (untitled documents with text would otherwise each ask to be saved), then
 * whatever is left is closed.
 */
export async function closeAllEditors(): Promise<void> {
  for (let i = 0; i < 50 && (vscode.window.activeTextEditor || vscode.window.visibleTextEditors.length > 0); i += 1) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Sets an `invite.*` user setting; `undefined` removes it. */
export function updateInviteSetting(key: string, value: unknown): Thenable<void> {
  return vscode.workspace.getConfiguration('invite').update(key, value, vscode.ConfigurationTarget.Global);
}

// ---------------------------------------------------------------------------------------
// Diagnostics

/** The diagnostics this extension published for a document. */
export function inviteDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'invite');
}

/** The rule id of a diagnostic, whether its code is plain or carries a docs link. */
export function ruleOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' && code !== null ? code.value : code);
}

/**
 * Resolves with the document's diagnostics once they satisfy `check`, listening to the
 * editor's change event. On timeout the error names `what` and the rules flagged by then.
 */
export function waitForDiagnostics(uri: vscode.Uri, check: (d: vscode.Diagnostic[]) => boolean, what: string, timeoutMs = 5000): Promise<vscode.Diagnostic[]> {
  const now = inviteDiagnostics(uri);
  if (check(now)) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; diagnostics: ${JSON.stringify(inviteDiagnostics(uri).map(ruleOf))}`));
    }, timeoutMs);
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((u) => u.toString() === uri.toString())) return;
      const current = inviteDiagnostics(uri);
      if (!check(current)) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(current);
    });
  });
}

/** Opens an invite with `content` and waits for one diagnostic of `rule` on `text`. */
export async function openWithDiagnostic(content: string, rule: string, text: string): Promise<{ document: vscode.TextDocument; diagnostic: vscode.Diagnostic }> {
  const { document } = await openInvite(content);
  const matches = (d: vscode.Diagnostic) => ruleOf(d) === rule && document.getText(d.range) === text;
  const diagnostics = await waitForDiagnostics(document.uri, (all) => all.some(matches), `${rule} on "${text}"`);
  return { document, diagnostic: diagnostics.find(matches)! };
}

// ---------------------------------------------------------------------------------------
// Snippets

/** One snippet of snippets/invite.code-snippets, with its prefixes and body normalised. */
export interface InviteSnippet {
  name: string;
  prefixes: string[];
  body: string;
}

/** The snippets as the installed extension ships them, in file order. */
export async function readSnippets(): Promise<InviteSnippet[]> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} should be installed`);
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, 'snippets', 'invite.code-snippets'));
  const raw = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, { prefix: string | string[]; body: string | string[] }>;
  return Object.entries(raw).map(([name, s]) => ({
    name,
    prefixes: Array.isArray(s.prefix) ? s.prefix : [s.prefix],
    body: Array.isArray(s.body) ? s.body.join('\n') : s.body,
  }));
}

// ---------------------------------------------------------------------------------------
// Stubs, undone after each test
//
// The dialogs are stubbed by replacing them on the shared `vscode.window` object, which the
// extension sees too. A suite that stubs calls `await restoreAll()` in its `afterEach`.

/** Undo steps for the current test, run newest first by `restoreAll`. */
const restores: (() => unknown)[] = [];

/** Registers an undo step (it may return a promise) to run at the end of the current test. */
export function deferRestore(undo: () => unknown): void {
  restores.push(undo);
}

/** Runs every registered undo step, newest first, awaiting each. */
export async function restoreAll(): Promise<void> {
  while (restores.length > 0) await restores.pop()?.();
}

/** Replaces `target[key]` with `value` until `restoreAll` runs. */
export function replace<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): void {
  const original = target[key];
  target[key] = value;
  deferRestore(() => {
    target[key] = original;
  });
}

/** A message the code under test showed through a stubbed `show…Message`. */
export interface ShownMessage {
  kind: 'information' | 'warning' | 'error';
  message: string;
  /** The string items (buttons) offered with it. */
  items: string[];
  /** Whether it was shown as a modal dialog. */
  modal: boolean;
}

/**
 * Stubs the information, warning and error messages: records each one shown and answers a
 * warning with `warningAnswer` (by default, as if dismissed). Information and error
 * messages are answered `undefined`.
 */
export function stubMessages(warningAnswer?: string): ShownMessage[] {
  const shown: ShownMessage[] = [];
  const stub = (kind: ShownMessage['kind'], answer?: string) =>
    ((message: string, ...rest: unknown[]) => {
      const modal = rest.some((item) => typeof item === 'object' && item !== null && (item as vscode.MessageOptions).modal === true);
      shown.push({ kind, message, items: rest.filter((item): item is string => typeof item === 'string'), modal });
      return Promise.resolve(answer);
    }) as typeof vscode.window.showInformationMessage;
  replace(vscode.window, 'showInformationMessage', stub('information'));
  replace(vscode.window, 'showWarningMessage', stub('warning', warningAnswer));
  replace(vscode.window, 'showErrorMessage', stub('error'));
  return shown;
}

/** Stubs the QuickPick: records the items of each pick offered and answers with `choose(items)`. */
export function stubQuickPick(choose: (items: vscode.QuickPickItem[]) => vscode.QuickPickItem | undefined): vscode.QuickPickItem[][] {
  const offered: vscode.QuickPickItem[][] = [];
  replace(vscode.window, 'showQuickPick', (async (items: readonly vscode.QuickPickItem[] | Thenable<readonly vscode.QuickPickItem[]>) => {
    const list = [...(await items)];
    offered.push(list);
    return choose(list);
  }) as unknown as typeof vscode.window.showQuickPick);
  return offered;
}

/** Stubs the InputBox: records the options of each one shown and answers `answer` (undefined: Escape). */
export function stubInputBox(answer: string | undefined): vscode.InputBoxOptions[] {
  const asked: vscode.InputBoxOptions[] = [];
  replace(vscode.window, 'showInputBox', (async (options?: vscode.InputBoxOptions) => {
    asked.push(options ?? {});
    return answer;
  }) as typeof vscode.window.showInputBox);
  return asked;
}
