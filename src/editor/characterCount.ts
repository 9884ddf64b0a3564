import * as vscode from 'vscode';
import { render, type RenderResult } from '../core';
import { COPY_COMMAND } from './copyInvite';
import { LINT_DEBOUNCE_MS } from './diagnostics';
import { isLargeDocument, isTooLargeToCheck, tooLargeMessage } from './documentSize';
import { INVITE_SELECTOR, isInvite } from './language';
import { affectsSettings, readSettings } from './settings';

export const STATUS_ITEM_ID = 'invite.characterCount';
export const STATUS_ITEM_NAME = 'Invite character count';
/** Clicking the count copies the invite. */
const COPY_ON_CLICK: vscode.Command = { command: COPY_COMMAND, title: 'Copy Invite' };
/** Suffix shown while a document is too large to lint as you type. */
export const LINT_ON_SAVE_NOTE = 'lint on save';

export interface CountDescription {
  text: string;
  detail: string;
  severity: vscode.LanguageStatusSeverity;
}

/** The part of a language status item the count writes to. */
export type CountSink = Pick<vscode.LanguageStatusItem, 'text' | 'detail' | 'severity'>;

/** A few words on why a document cannot be rendered, for the status item's short text. */
function shortReason(message: string): string {
  if (/front matter/i.test(message)) return 'front matter error';
  if (/^No recipient/.test(message)) return 'unknown recipient';
  return 'template error';
}

/**
 * What the status item says about a rendering: `243/300`, whom it is for, and how worried to be.
 * Over the limit is a warning (the over-limit squiggle says where); unrenderable is an error.
 */
export function describeCount(result: RenderResult, options: { largeDocument?: boolean } = {}): CountDescription {
  const note = options.largeDocument ? ` · ${LINT_ON_SAVE_NOTE}` : '';
  const largeDetail = options.largeDocument ? ' This document is large: problems are checked when you save it.' : '';
  if (!result.ok) {
    const problem = result.problems[0];
    const where = problem ? `Line ${problem.line}: ` : '';
    return {
      text: `Can't render: ${problem ? shortReason(problem.message) : 'unknown problem'}${note}`,
      detail: `${where}${problem?.message ?? 'The invite cannot be rendered.'}${largeDetail}`,
      severity: vscode.LanguageStatusSeverity.Error,
    };
  }
  let detail = result.recipient !== undefined ? `characters for ${result.recipient}` : 'characters of the note limit';
  if (result.recipients.length > 1) detail += ` (1 of ${result.recipients.length} recipients)`;
  const over = result.length - result.limit;
  if (over > 0) detail += `, ${over} over the limit`;
  return {
    text: `${result.length}/${result.limit}${note}`,
    detail: `${detail}.${largeDetail}`,
    severity: over > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information,
  };
}

/** Describes one document as Copy Invite would render it, with the settings' limit. */
export function describeDocument(document: vscode.TextDocument): CountDescription {
  if (isTooLargeToCheck(document)) {
    return { text: 'Too large to check', detail: tooLargeMessage(document), severity: vscode.LanguageStatusSeverity.Warning };
  }
  const { limit } = readSettings(document.uri).lintOptions;
  return describeCount(render(document.getText(), { limit }), { largeDocument: isLargeDocument(document) });
}

/**
 * Keeps a status sink in step with the active invite: on editor switch, after typing pauses,
 * on save and on settings change. A large document is counted on open and save only, because
 * rendering it on every pause would make typing lag.
 */
export class CharacterCountStatus implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The last description per document, with the version it describes. */
  private readonly counted = new Map<string, { version: number; description: CountDescription }>();
  private shown: CountDescription | undefined;

  constructor(private readonly sink: CountSink) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (document === this.activeInvite()) this.update();
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length === 0 || event.document !== this.activeInvite() || isLargeDocument(event.document)) return;
        this.schedule();
      }),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (document === this.activeInvite()) this.update(true);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.counted.delete(document.uri.toString())),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!affectsSettings(event)) return;
        this.counted.clear();
        this.update(true);
      }),
    );
    this.update();
  }

  /** What the sink shows now, or undefined before any invite was active. */
  get current(): CountDescription | undefined {
    return this.shown;
  }

  /** Describes the active invite now. `force` re-renders even a large document. */
  update(force = false): void {
    this.cancel();
    const document = this.activeInvite();
    if (!document) return; // The item is only shown for invite editors; it keeps its last text meanwhile.
    const key = document.uri.toString();
    const known = this.counted.get(key);
    // A large document edited since its last count keeps that count until it is saved.
    const reuse = known && (known.version === document.version || (!force && isLargeDocument(document)));
    const description = reuse ? known.description : describeDocument(document);
    if (!reuse) this.counted.set(key, { version: document.version, description });
    this.shown = description;
    this.sink.text = description.text;
    this.sink.detail = description.detail;
    this.sink.severity = description.severity;
  }

  dispose(): void {
    this.cancel();
    this.disposables.forEach((d) => d.dispose());
  }

  private schedule(): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.update();
    }, LINT_DEBOUNCE_MS);
  }

  private cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private activeInvite(): vscode.TextDocument | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document && isInvite(document) ? document : undefined;
  }
}

export function registerCharacterCount(context: vscode.ExtensionContext): void {
  const item = vscode.languages.createLanguageStatusItem(STATUS_ITEM_ID, INVITE_SELECTOR);
  item.name = STATUS_ITEM_NAME;
  item.text = '';
  item.command = COPY_ON_CLICK;
  context.subscriptions.push(item, new CharacterCountStatus(item));
}
