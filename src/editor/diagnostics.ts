import * as vscode from 'vscode';
import { lintWithOffsets, type LocatedFinding, type Severity } from '../core';
import { isLargeDocument, isTooLargeToCheck } from './documentSize';
import { isInvite } from './language';
import { affectsSettings, readSettings } from './settings';

/** The `source` of every diagnostic this extension publishes; code actions and the hover look for it. */
export const DIAGNOSTIC_SOURCE = 'invite';
/** How long typing must pause before a document is linted again (and the character count refreshed). */
export const LINT_DEBOUNCE_MS = 300;
/** This extension's id (publisher.name in package.json). */
export const EXTENSION_ID = 'invite-writer.invite-writer';
/** Where each rule's page is published, for when the installed copy cannot be found. */
export const RULE_DOCS_WEB_BASE = 'https://github.com/invite-writer/invite-writer/blob/main/docs/rules/';

const COLLECTION_NAME = 'invite';
const OPEN_SETTINGS = 'Open Settings';

/**
 * The documentation page of a rule: the target of each diagnostic's code link and the hover's
 * link. The pages ship inside the extension (docs/rules/), so the link opens offline too.
 */
export function ruleDocsUri(ruleId: string): vscode.Uri {
  const installed = vscode.extensions.getExtension(EXTENSION_ID)?.extensionUri;
  return installed
    ? vscode.Uri.joinPath(installed, 'docs', 'rules', `${ruleId}.md`)
    : vscode.Uri.parse(`${RULE_DOCS_WEB_BASE}${encodeURIComponent(ruleId)}.md`);
}

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** A finding as a diagnostic: 1-based, end-exclusive columns become a 0-based range. */
export function toDiagnostic(finding: LocatedFinding): vscode.Diagnostic {
  const range = new vscode.Range(finding.line - 1, finding.column - 1, finding.endLine - 1, finding.endColumn - 1);
  const diagnostic = new vscode.Diagnostic(range, finding.message, SEVERITY[finding.severity] ?? vscode.DiagnosticSeverity.Warning);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: finding.rule, target: ruleDocsUri(finding.rule) };
  return diagnostic;
}

/** The rule id of one of our diagnostics, or undefined for anyone else's. */
export function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const code = diagnostic.code;
  // Diagnostics that made a round trip through the workbench carry the code as a plain value.
  const value = typeof code === 'object' && code !== null ? code.value : code;
  return value === undefined ? undefined : String(value);
}

/**
 * Shows each distinct settings problem once per session: a broken setting is worth one
 * warning, not one per keystroke.
 */
export class SettingsProblemReporter {
  private readonly shown = new Set<string>();

  constructor(private readonly show: (message: string) => void) {}

  /** Shows the problems not shown before and returns them. */
  report(problems: readonly string[]): string[] {
    const fresh = problems.filter((problem) => !this.shown.has(problem));
    for (const problem of fresh) {
      this.shown.add(problem);
      this.show(problem);
    }
    return fresh;
  }
}

function showSettingsWarning(problem: string): void {
  void vscode.window.showWarningMessage(`Invite Writer: ${problem}`, OPEN_SETTINGS).then((choice) => {
    if (choice === OPEN_SETTINGS) void vscode.commands.executeCommand('workbench.action.openSettings', 'invite.');
  });
}

/** The last findings per document, readable by the hover and the status item. */
class FindingsStore implements vscode.Disposable {
  private readonly byUri = new Map<string, { version: number; findings: readonly LocatedFinding[] }>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  get(uri: vscode.Uri): readonly LocatedFinding[] {
    return this.byUri.get(uri.toString())?.findings ?? [];
  }

  /** The document version the findings were computed from, if any. */
  version(uri: vscode.Uri): number | undefined {
    return this.byUri.get(uri.toString())?.version;
  }

  set(uri: vscode.Uri, version: number, findings: readonly LocatedFinding[]): void {
    this.byUri.set(uri.toString(), { version, findings });
    this.changed.fire(uri);
  }

  delete(uri: vscode.Uri): void {
    if (this.byUri.delete(uri.toString())) this.changed.fire(uri);
  }

  dispose(): void {
    this.byUri.clear();
    this.changed.dispose();
  }
}

const findingsStore = new FindingsStore();

/** The findings last published for a document (empty when none or not linted yet). */
export function getFindings(document: vscode.TextDocument): readonly LocatedFinding[] {
  return findingsStore.get(document.uri);
}

/** Whether the published findings were computed from the document's current text (offsets still valid). */
export function findingsAreCurrent(document: vscode.TextDocument): boolean {
  return findingsStore.version(document.uri) === document.version;
}

/** Fires with a document's URI whenever its published findings change. */
export const onDidChangeFindings: vscode.Event<vscode.Uri> = findingsStore.onDidChange;

/**
 * Lints invite documents into a diagnostic collection. Each request for a document bumps its
 * generation; a lint publishes only if no newer request came in and the text is still the text
 * it read, so squiggles never land on an older version of the document.
 */
class InviteLinter implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(COLLECTION_NAME);
  private readonly generations = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly reporter = new SettingsProblemReporter(showSettingsWarning);

  constructor(private readonly store: FindingsStore) {}

  /** Lints after typing pauses; large documents wait for the next save. */
  schedule(document: vscode.TextDocument): void {
    if (!isInvite(document) || isLargeDocument(document)) return;
    const key = document.uri.toString();
    const generation = this.bump(key);
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      this.run(document, generation);
    }, LINT_DEBOUNCE_MS));
  }

  /** Lints now, superseding any lint still waiting for a pause. */
  lintNow(document: vscode.TextDocument): void {
    if (!isInvite(document)) return;
    this.run(document, this.bump(document.uri.toString()));
  }

  forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    // An untitled document can reuse the URI of one just closed, and the close event may come
    // after the new one opened: keep the new document's diagnostics.
    const reopened = vscode.workspace.textDocuments.find((open) => open !== document && !open.isClosed && open.uri.toString() === key);
    if (reopened) {
      this.lintNow(reopened);
      return;
    }
    this.bump(key);
    this.generations.delete(key);
    this.collection.delete(document.uri);
    this.store.delete(document.uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.collection.dispose();
  }

  private bump(key: string): number {
    const pending = this.timers.get(key);
    if (pending !== undefined) {
      clearTimeout(pending);
      this.timers.delete(key);
    }
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    return generation;
  }

  private run(document: vscode.TextDocument, generation: number): void {
    const key = document.uri.toString();
    if (document.isClosed || this.generations.get(key) !== generation) return;
    const version = document.version;
    if (isTooLargeToCheck(document)) {
      // Not checked at all; the character count says so.
      this.collection.delete(document.uri);
      this.store.set(document.uri, version, []);
      return;
    }
    const settings = readSettings(document.uri);
    this.reporter.report(settings.problems);
    const findings = lintWithOffsets(document.getText(), settings.lintOptions);
    // A newer request or edit arrived while this one ran: its result is already stale.
    if (document.isClosed || this.generations.get(key) !== generation || document.version !== version) return;
    this.collection.set(document.uri, findings.map(toDiagnostic));
    this.store.set(document.uri, version, findings);
  }
}

export function registerDiagnostics(context: vscode.ExtensionContext): void {
  const linter = new InviteLinter(findingsStore);
  context.subscriptions.push(
    linter,
    findingsStore,
    vscode.workspace.onDidOpenTextDocument((document) => linter.lintNow(document)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0) linter.schedule(event.document);
    }),
    vscode.workspace.onDidSaveTextDocument((document) => linter.lintNow(document)),
    // A document whose language changes away from invite is closed and reopened by the editor.
    vscode.workspace.onDidCloseTextDocument((document) => linter.forget(document)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!affectsSettings(event)) return;
      vscode.workspace.textDocuments.filter(isInvite).forEach((document) => linter.lintNow(document));
    }),
  );
  // Documents already open are linted just after activation, which stays cheap.
  const initial = setTimeout(() => vscode.workspace.textDocuments.filter(isInvite).forEach((document) => linter.lintNow(document)), 0);
  context.subscriptions.push({ dispose: () => clearTimeout(initial) });
}
