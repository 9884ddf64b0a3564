import * as vscode from 'vscode';
import type { Analysis, NoteLanguage } from '../core';
import type { AnalysisStore } from './analysis';
import { COMMANDS, STATUS_BAR_ITEM_ID, STATUS_ITEM_ID } from './ids';
import { INVITE_SELECTOR, isInvite } from './language';

export const STATUS_ITEM_NAME = 'Invite character count';
/** Clicking the count copies the invite. */
const COPY_ON_CLICK: vscode.Command = { command: COMMANDS.copy, title: 'Copy Invite' };

export interface CountDescription {
  text: string;
  detail: string;
  severity: vscode.LanguageStatusSeverity;
}

/** The part of a language status item the count writes to. */
export type CountSink = Pick<vscode.LanguageStatusItem, 'text' | 'detail' | 'severity'>;

/** A few words on why a document cannot be rendered, for the status item's short text. */
function shortReason(message: string): string {
  return /front matter/i.test(message) ? 'front matter error' : 'template error';
}

/**
 * What the status item says about an analysis: `243/300`, whom it is for, and how worried to
 * be. Over the limit is a warning (the over-limit squiggle says where); unrenderable is an
 * error; a document too large to check says so. `lineOf` gives the 1-based line of a source offset.
 */
export function describeCount(analysis: Analysis, lineOf: (offset: number) => number): CountDescription {
  if (analysis.refused !== undefined) {
    return { text: 'Too large to check', detail: analysis.refused, severity: vscode.LanguageStatusSeverity.Warning };
  }
  const [problem] = analysis.renderProblems;
  const [note] = analysis.notes;
  if (problem || !note) {
    return {
      text: `Can't render: ${problem ? shortReason(problem.message) : 'unknown problem'}`,
      detail: problem ? `Line ${lineOf(problem.span.start)}: ${problem.message}` : 'The invite cannot be rendered.',
      severity: vscode.LanguageStatusSeverity.Error,
    };
  }
  let detail = note.recipient !== undefined ? `characters for ${note.recipient}` : 'characters of the note limit';
  if (analysis.notes.length > 1) detail += ` (1 of ${analysis.notes.length} recipients)`;
  const over = note.length - note.limit;
  if (over > 0) detail += `, ${over} over the limit`;
  return {
    text: `${note.length}/${note.limit}`,
    detail: `${detail}. ${languageDetail(note.language)}${note.context ? ` Context: "${shorten(note.context)}"` : ''}`.trim(),
    severity: over > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information,
  };
}

/** Which language the note is read as, and whether the wording checks cover it. */
export function languageDetail(language: NoteLanguage): string {
  if (language.source === 'unrecognised') {
    return 'Language: not recognised, so the wording checks are off; placeholders, the limit and the template are still checked. Set lang: in the front matter, or the invite.language setting, to choose one.';
  }
  const how = language.source === 'detected' ? 'detected' : language.source === 'default' ? 'too short to detect: English assumed' : `from the ${language.source}`;
  return language.checked
    ? `Language: ${language.name} (${how}).`
    : `Language: ${language.name} (${how}): the wording checks do not cover it; placeholders, the limit and the template are still checked.`;
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > 80 ? `${oneLine.slice(0, 79)}…` : oneLine;
}

/**
 * Describes one document from its current analysis, analysing it now when needed; with
 * `analyse` false, only from the analysis already published for its current text.
 */
export function describeDocument(document: vscode.TextDocument, store: AnalysisStore, analyse = true): CountDescription | undefined {
  const latest = store.latest(document);
  const analysis = analyse ? store.current(document) : latest?.version === document.version ? latest.analysis : undefined;
  return analysis && describeCount(analysis, (offset) => document.positionAt(offset).line + 1);
}

/**
 * The count in the status bar, where users look: `152/200`, on a warning background when the
 * note is over the limit (an error background when it cannot be rendered); the tooltip says
 * whom it is for. Clicking it copies the invite.
 */
export class StatusBarCount implements CountSink {
  constructor(private readonly item: vscode.StatusBarItem) {
    item.name = STATUS_ITEM_NAME;
    item.command = COPY_ON_CLICK;
  }

  get text(): string {
    return this.item.text;
  }

  set text(text: string) {
    this.item.text = text;
  }

  get detail(): string | undefined {
    return typeof this.item.tooltip === 'string' ? this.item.tooltip : undefined;
  }

  set detail(detail: string | undefined) {
    this.item.tooltip = detail === undefined ? undefined : `${detail} Click to copy the invite.`;
  }

  get severity(): vscode.LanguageStatusSeverity {
    return this.severityShown;
  }

  set severity(severity: vscode.LanguageStatusSeverity) {
    this.severityShown = severity;
    const colour = severity === vscode.LanguageStatusSeverity.Error ? 'statusBarItem.errorBackground' : severity === vscode.LanguageStatusSeverity.Warning ? 'statusBarItem.warningBackground' : undefined;
    this.item.backgroundColor = colour ? new vscode.ThemeColor(colour) : undefined;
  }

  private severityShown = vscode.LanguageStatusSeverity.Information;
}

/** Keeps status sinks in step with the active invite's analysis. */
export class CharacterCountStatus implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private shown: CountDescription | undefined;
  private readonly sinks: readonly CountSink[];

  constructor(sinks: CountSink | readonly CountSink[], private readonly store: AnalysisStore) {
    this.sinks = Array.isArray(sinks) ? sinks : [sinks as CountSink];
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      store.onDidChange((document) => {
        if (document === this.activeInvite()) this.update();
      }),
    );
    // Activation stays cheap: the count appears with the first analysis, just after it.
    this.update(false);
  }

  /** What the sink shows now, or undefined before any invite was active. */
  get current(): CountDescription | undefined {
    return this.shown;
  }

  /** Shows the active invite's count; `analyse` analyses it now if its analysis is not current. */
  update(analyse = true): void {
    const document = this.activeInvite();
    // The item is only shown for invite editors; it keeps its last text meanwhile.
    const description = document && describeDocument(document, this.store, analyse);
    if (!description) return;
    this.shown = description;
    for (const sink of this.sinks) {
      sink.text = description.text;
      sink.detail = description.detail;
      sink.severity = description.severity;
    }
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }

  private activeInvite(): vscode.TextDocument | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document && isInvite(document) ? document : undefined;
  }
}

export function registerCharacterCount(context: vscode.ExtensionContext, store: AnalysisStore): void {
  const item = vscode.languages.createLanguageStatusItem(STATUS_ITEM_ID, INVITE_SELECTOR);
  item.name = STATUS_ITEM_NAME;
  item.text = '';
  item.command = COPY_ON_CLICK;
  const bar = vscode.window.createStatusBarItem(STATUS_BAR_ITEM_ID, vscode.StatusBarAlignment.Right, 100);
  // Shown only while an invite is the active editor.
  const showFor = (editor: vscode.TextEditor | undefined) => (editor && isInvite(editor.document) ? bar.show() : bar.hide());
  showFor(vscode.window.activeTextEditor);
  context.subscriptions.push(item, bar, vscode.window.onDidChangeActiveTextEditor(showFor), new CharacterCountStatus([item, new StatusBarCount(bar)], store));
}
