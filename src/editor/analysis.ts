import * as vscode from 'vscode';
import { analyze, type Analysis } from '../core';
import { ANALYSIS_DEBOUNCE_MS } from './ids';
import { isInvite } from './language';
import { affectsSettings, readSettings } from './settings';

/** One document's analysis, with the version of the text it was computed from. */
export interface DocumentAnalysis {
  version: number;
  analysis: Analysis;
}

/**
 * One analysis per invite document, shared by the diagnostics, the hover, the code actions and
 * the character count. A document is analysed when it opens, when it is saved, when the
 * settings change, and after typing pauses for ANALYSIS_DEBOUNCE_MS. Each request bumps the
 * document's generation, and a result is kept only if no newer request came in and the text is
 * still the text it read, so nothing ever shows an older version of the document.
 */
export class AnalysisStore implements vscode.Disposable {
  private readonly byUri = new Map<string, DocumentAnalysis>();
  private readonly generations = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly forgotten = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [];

  /** Fires with a document whenever its analysis changes. */
  readonly onDidChange = this.changed.event;
  /** Fires with a URI whose document closed: its analysis is gone. */
  readonly onDidForget = this.forgotten.event;

  constructor(private readonly onSettingsProblems: (problems: readonly string[]) => void) {
    this.disposables.push(
      this.changed,
      this.forgotten,
      vscode.workspace.onDidOpenTextDocument((document) => this.analyzeNow(document)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.schedule(event.document);
      }),
      vscode.workspace.onDidSaveTextDocument((document) => this.analyzeNow(document)),
      // A document whose language changes away from invite is closed and reopened by the editor.
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affectsSettings(event)) vscode.workspace.textDocuments.forEach((document) => this.analyzeNow(document));
      }),
    );
    // Documents already open are analysed just after activation, which stays cheap.
    const initial = setTimeout(() => vscode.workspace.textDocuments.forEach((document) => this.analyzeNow(document)), 0);
    this.disposables.push({ dispose: () => clearTimeout(initial) });
  }

  /** The analysis of the document's current text, computing it now if the stored one is older. */
  current(document: vscode.TextDocument): Analysis | undefined {
    if (!isInvite(document)) return undefined;
    const stored = this.byUri.get(document.uri.toString());
    if (stored?.version === document.version) return stored.analysis;
    return this.analyzeNow(document);
  }

  /** The last analysis published for a document, whatever version it describes. */
  latest(document: vscode.TextDocument): DocumentAnalysis | undefined {
    return this.byUri.get(document.uri.toString());
  }

  /** Analyses now, superseding any analysis still waiting for a pause. */
  analyzeNow(document: vscode.TextDocument): Analysis | undefined {
    if (!isInvite(document) || document.isClosed) return undefined;
    return this.run(document, this.bump(document.uri.toString()));
  }

  /** Analyses now every open invite whose text changed since its last analysis. */
  analyzeChanged(): void {
    for (const document of vscode.workspace.textDocuments) {
      if (isInvite(document) && this.byUri.get(document.uri.toString())?.version !== document.version) this.analyzeNow(document);
    }
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.byUri.clear();
    this.disposables.forEach((disposable) => disposable.dispose());
  }

  private schedule(document: vscode.TextDocument): void {
    if (!isInvite(document)) return;
    const key = document.uri.toString();
    const generation = this.bump(key);
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      this.run(document, generation);
    }, ANALYSIS_DEBOUNCE_MS));
  }

  private forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    // An untitled document can reuse the URI of one just closed, and the close event may come
    // after the new one opened: keep the new document's analysis.
    const reopened = vscode.workspace.textDocuments.find((open) => open !== document && !open.isClosed && open.uri.toString() === key);
    if (reopened) {
      this.analyzeNow(reopened);
      return;
    }
    this.bump(key);
    this.generations.delete(key);
    if (this.byUri.delete(key)) this.forgotten.fire(document.uri);
  }

  private bump(key: string): number {
    const pending = this.timers.get(key);
    if (pending !== undefined) clearTimeout(pending);
    this.timers.delete(key);
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    return generation;
  }

  private run(document: vscode.TextDocument, generation: number): Analysis | undefined {
    const key = document.uri.toString();
    if (document.isClosed || this.generations.get(key) !== generation) return undefined;
    const version = document.version;
    const settings = readSettings(document.uri);
    this.onSettingsProblems(settings.problems);
    const analysis = analyze(document.getText(), settings.lintOptions);
    this.byUri.set(key, { version, analysis });
    this.changed.fire(document);
    return analysis;
  }
}
