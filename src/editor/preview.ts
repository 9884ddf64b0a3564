import * as vscode from 'vscode';
import { analyze, type Analysis, type Finding } from '../core';
import type { AnalysisStore } from './analysis';
import type { ActiveInvite } from './activeInvite';
import { COMMANDS } from './ids';
import { isInvite } from './language';
import { readSettings } from './settings';

/** The preview's webview type, also the key its state is restored under after a reload. */
export const PREVIEW_VIEW_TYPE = 'invite.preview';
const PREVIEW_TITLE = 'Invite Preview';

/** What the preview shows for one recipient's note. */
export interface PreviewModel {
  /** The document's file name, for the title. */
  fileName: string;
  recipients: { name: string; length: number; limit: number; problems: number }[];
  /** Which recipient is on show (an index into `recipients`; 0 without recipients). */
  recipient: number;
  text: string;
  limit: number;
  context: string | undefined;
  language: string;
  findings: { rule: string; severity: string; message: string; start: number; end: number }[];
  /** Why nothing can be shown, when the note cannot be rendered or is too large. */
  problem: string | undefined;
}

/** `&`, `<`, `>` and quotes as HTML entities: every piece of a note is text, never markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Two letters for the card's avatar: the initials of the note's sign-off, when its last line is a name. */
export function initialsOf(text: string): string {
  const last = text.trim().split('\n').pop()?.replace(/^(?:best|thanks|cheers|regards|kind regards|best regards)[,!]?\s*/i, '') ?? '';
  const words = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u.test(last.trim()) ? last.trim().split(/\s+/) : [];
  return words.length > 0 ? words.map((word) => word[0]).join('').slice(0, 2) : 'Me';
}

/**
 * The preview's page: a card as the recipient sees an invitation, the count against the limit
 * with the part that would be cut marked, the recipient switcher, the context found, the
 * findings as a list, and a Copy button. A strict Content-Security-Policy: nothing but the
 * extension's own script (with a nonce) and styles; every piece of text escaped.
 */
export function previewHtml(model: PreviewModel, page: { nonce: string; cspSource: string; scriptUri: string }): string {
  const csp = `default-src 'none'; style-src ${page.cspSource} 'nonce-${page.nonce}'; script-src 'nonce-${page.nonce}'; img-src ${page.cspSource};`;
  const kept = escapeHtml(model.text.slice(0, model.limit));
  const cut = model.text.length > model.limit ? `<mark class="cut" title="Cut: over the limit">${escapeHtml(model.text.slice(model.limit))}</mark>` : '';
  const over = model.text.length > model.limit;
  const switcher = model.recipients.length > 1
    ? `<label for="recipient">Recipient</label> <select id="recipient" aria-label="Recipient on show">${model.recipients.map((r, i) =>
      `<option value="${i}"${i === model.recipient ? ' selected' : ''}>${escapeHtml(r.name)}: ${r.length} / ${r.limit}${r.problems ? `, ${r.problems} problem${r.problems === 1 ? '' : 's'}` : ''}</option>`).join('')}</select>`
    : '';
  const findings = model.findings.length === 0
    ? '<p class="quiet">No problems.</p>'
    : `<ul class="findings" aria-label="Problems">${model.findings.map((f) =>
      `<li><button class="finding ${escapeHtml(f.severity)}" data-start="${f.start}" data-end="${f.end}" aria-label="${escapeHtml(`${f.severity} ${f.rule}: ${f.message}. Show in the editor`)}"><span class="rule">${escapeHtml(f.rule)}</span> ${escapeHtml(f.message)}</button></li>`).join('')}</ul>`;
  const body = model.problem !== undefined
    ? `<p role="alert" class="problem">${escapeHtml(model.problem)}</p>`
    : `<article class="card" aria-label="The note as the recipient sees it">
        <div class="avatar" aria-hidden="true">${escapeHtml(initialsOf(model.text))}</div>
        <div class="note">${kept}${cut}</div>
      </article>
      <p class="count${over ? ' over' : ''}" aria-live="polite">${model.text.length} / ${model.limit}${over ? `: ${model.text.length - model.limit} over the limit` : ''}</p>
      ${model.context ? `<p class="context">Context: “${escapeHtml(model.context)}”</p>` : ''}
      <button id="copy" class="copy" aria-label="Copy this note">Copy</button>`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(PREVIEW_TITLE)}</title>
<style nonce="${page.nonce}">
  body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 12px; }
  .card { display: flex; gap: 12px; max-width: 520px; padding: 12px; border: 1px solid var(--vscode-panel-border, var(--vscode-contrastBorder, transparent)); border-radius: 8px; background: var(--vscode-editorWidget-background); }
  .avatar { flex: none; width: 40px; height: 40px; border-radius: 50%; display: grid; place-items: center; background: var(--vscode-button-background); color: var(--vscode-button-foreground); font-weight: 600; }
  .note { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.4; }
  .cut { background: var(--vscode-inputValidation-errorBackground, transparent); color: inherit; text-decoration: line-through; outline: 1px dashed var(--vscode-inputValidation-errorBorder, currentColor); }
  .count.over { color: var(--vscode-errorForeground); font-weight: 600; }
  .context, .quiet { color: var(--vscode-descriptionForeground); }
  .findings { list-style: none; padding: 0; }
  .finding { display: block; width: 100%; text-align: left; margin: 2px 0; padding: 4px 6px; border: 1px solid transparent; background: none; color: inherit; font: inherit; cursor: pointer; }
  .finding:hover, .finding:focus { background: var(--vscode-list-hoverBackground); outline: 1px solid var(--vscode-focusBorder); }
  .finding .rule { font-family: var(--vscode-editor-font-family); color: var(--vscode-textLink-foreground); }
  .finding.error .rule { color: var(--vscode-errorForeground); }
  button.copy { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: 1px solid var(--vscode-button-border, transparent); padding: 4px 14px; cursor: pointer; }
  button.copy:focus, select:focus { outline: 1px solid var(--vscode-focusBorder); }
  select { color: var(--vscode-dropdown-foreground); background: var(--vscode-dropdown-background); border: 1px solid var(--vscode-dropdown-border); }
</style></head>
<body>
  <h1 class="title" style="font-size: 1.1em">${escapeHtml(model.fileName)} <span class="quiet">(${escapeHtml(model.language)})</span></h1>
  ${switcher}
  ${body}
  <h2 style="font-size: 1em">Problems</h2>
  ${findings}
  <script nonce="${page.nonce}" src="${escapeHtml(page.scriptUri)}"></script>
</body></html>`;
}

/** The model for one document and one recipient, from the analysis (and, for one of several recipients, a lint of that recipient). */
export function previewModel(document: vscode.TextDocument, analysis: Analysis, recipient: number): PreviewModel {
  const fileName = document.uri.path.split('/').pop() ?? 'invite';
  const options = readSettings(document.uri).lintOptions;
  const names = analysis.notes.map((note) => note.recipient).filter((name): name is string => name !== undefined);
  const chosen = Math.min(Math.max(0, recipient), Math.max(0, analysis.notes.length - 1));
  const note = analysis.notes[chosen];
  // With several recipients, each one's own findings: the switcher counts their errors, the list shows the one on show's.
  const source = document.getText();
  const byRecipient = names.length > 1 ? names.map((name) => analyze(source, { ...options, recipient: name }).findings) : [];
  const findings: Finding[] = byRecipient[chosen] ?? analysis.findings;
  const perRecipient = byRecipient.map((found) => found.filter((f) => f.severity === 'error').length);
  return {
    fileName,
    recipients: names.map((name, i) => ({ name, length: analysis.notes[i].length, limit: analysis.notes[i].limit, problems: perRecipient[i] ?? 0 })),
    recipient: chosen,
    text: note?.text ?? '',
    limit: note?.limit ?? 0,
    context: note?.context,
    language: note?.language.name ?? 'English',
    findings: findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, start: f.span.start, end: f.span.end })),
    problem: analysis.refused ?? analysis.renderProblems[0]?.message ?? (note ? undefined : 'Nothing to show yet.'),
  };
}

/** Messages the page sends. */
type FromPage = { type: 'copy' } | { type: 'recipient'; index: number } | { type: 'reveal'; start: number; end: number };

/**
 * The one preview panel. It follows the active invite editor, as Markdown's preview does, and
 * redraws when that document's analysis changes. Its state (the document and the recipient on
 * show) is kept by the webview and restored after a reload.
 */
export class InvitePreview implements vscode.Disposable {
  static current: InvitePreview | undefined;
  /** The page last drawn: what the tests read. */
  html = '';
  private readonly disposables: vscode.Disposable[] = [];
  private recipient = 0;

  constructor(private readonly panel: vscode.WebviewPanel, private readonly store: AnalysisStore, private readonly extensionUri: vscode.Uri, private documentUri: vscode.Uri) {
    InvitePreview.current = this;
    panel.webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')] };
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: FromPage) => this.receive(message)),
      store.onDidChange((document) => {
        if (document.uri.toString() === this.documentUri.toString()) this.draw();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && isInvite(editor.document) && editor.document.uri.toString() !== this.documentUri.toString()) this.show(editor.document.uri, 0);
      }),
    );
    this.draw();
  }

  /** Shows a document (and recipient) in the panel. */
  show(uri: vscode.Uri, recipient: number): void {
    this.documentUri = uri;
    this.recipient = recipient;
    this.draw();
  }

  get panelState(): { uri: string; recipient: number } {
    return { uri: this.documentUri.toString(), recipient: this.recipient };
  }

  /** Handles a message from the page, as the buttons and the switcher send them. */
  async receive(message: FromPage): Promise<void> {
    const document = this.document();
    if (!document) return;
    if (message.type === 'recipient') {
      this.recipient = message.index;
      this.draw();
    } else if (message.type === 'copy') {
      const analysis = this.store.current(document);
      await vscode.commands.executeCommand(COMMANDS.copy, document.uri, analysis?.notes[this.recipient]?.recipient);
    } else if (message.type === 'reveal') {
      const editor = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preserveFocus: false });
      const range = new vscode.Range(document.positionAt(message.start), document.positionAt(message.end));
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
  }

  dispose(): void {
    if (InvitePreview.current === this) InvitePreview.current = undefined;
    this.disposables.forEach((disposable) => disposable.dispose());
    this.panel.dispose();
  }

  private document(): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.documentUri.toString());
  }

  private draw(): void {
    const document = this.document();
    const analysis = document && this.store.current(document);
    if (!document || !analysis) return;
    const model = previewModel(document, analysis, this.recipient);
    this.recipient = model.recipient;
    const nonce = [...crypto.getRandomValues(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
    const scriptUri = this.panel.webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'preview.js')).toString();
    this.panel.title = `Preview ${model.fileName}`;
    this.html = previewHtml(model, { nonce, cspSource: this.panel.webview.cspSource, scriptUri });
    this.panel.webview.html = this.html;
    void this.panel.webview.postMessage({ type: 'state', state: this.panelState });
  }
}

/** Opens the preview for the active invite, beside it or in its place. */
function openPreview(context: vscode.ExtensionContext, store: AnalysisStore, activeInvite: ActiveInvite, toSide: boolean, target?: unknown): void {
  const uri = target instanceof vscode.Uri ? target : activeInvite.document()?.uri;
  const document = uri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (!uri || !document || !isInvite(document)) {
    void vscode.window.showInformationMessage('Open an .invite file to preview it.');
    return;
  }
  const column = toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
  if (InvitePreview.current) {
    InvitePreview.current.show(uri, 0);
    return;
  }
  const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, PREVIEW_TITLE, { viewColumn: column, preserveFocus: toSide }, { enableScripts: true, retainContextWhenHidden: false, localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'media')] });
  new InvitePreview(panel, store, context.extensionUri, uri);
}

export function registerPreview(context: vscode.ExtensionContext, store: AnalysisStore, activeInvite: ActiveInvite): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.showPreviewToSide, (target?: unknown) => openPreview(context, store, activeInvite, true, target)),
    vscode.commands.registerCommand(COMMANDS.showPreview, (target?: unknown) => openPreview(context, store, activeInvite, false, target)),
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown) {
        const saved = state as { uri?: string; recipient?: number } | undefined;
        const uri = saved?.uri ? vscode.Uri.parse(saved.uri) : vscode.window.activeTextEditor?.document.uri;
        if (!uri) {
          panel.dispose();
          return;
        }
        await vscode.workspace.openTextDocument(uri).then(undefined, () => undefined);
        new InvitePreview(panel, store, context.extensionUri, uri).show(uri, saved?.recipient ?? 0);
      },
    }),
    { dispose: () => InvitePreview.current?.dispose() },
  );
}
