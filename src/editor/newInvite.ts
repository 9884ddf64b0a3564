import * as vscode from 'vscode';
import type { InviteKind, Relationship } from '../core';
import { COMMANDS, LANGUAGE_ID } from './ids';
import { readSnippets, type Snippet } from './snippetFiles';

/** User-facing strings: the command's contract, in one place. */
/** The snippets file, relative to the extension's install folder (package.json contributes it). */
const SNIPPETS_PATH = ['snippets', 'invite.code-snippets'] as const;
const PICK_TITLE = 'New Invite: how do you know them?';
const PICK_PLACEHOLDER = 'Choose the relationship; the invite starts from its snippet';
const NAME_TITLE = 'New Invite: who is it for?';
const NAME_PROMPT = 'Their first name fills in the greeting and names the file (jordan-event.invite). Leave it empty to fill it in later.';
/** The slot every relationship snippet greets the recipient with, as its first tab stop. */
const NAME_SLOT = /\$\{(\d+):\[Name\]\}/;

export interface RelationshipChoice {
  /** The snippet prefix, also the command's optional argument. */
  id: string;
  label: string;
  description: string;
}

/**
 * What the pick offers for each relationship of the front matter (RELATIONSHIPS in the core) and
 * each kind of note other than an invite: keyed by those types, so a new relationship cannot be
 * left out. `other` has no snippet: it is what a note is when none of the others fits.
 */
const CHOICES: Record<Exclude<Relationship, 'other'> | Exclude<InviteKind, 'invite'>, Omit<RelationshipChoice, 'id'>> = {
  colleague: { label: 'Colleague', description: 'worked together' },
  classmate: { label: 'Classmate', description: 'studied together' },
  business: { label: 'Business', description: 'done business together' },
  friend: { label: 'Friend', description: 'a friend' },
  event: { label: 'Event', description: 'met at an event' },
  mutual: { label: 'Mutual contact', description: 'a mutual contact put you in touch' },
  content: { label: 'Their content', description: 'their post, talk or article' },
  unknown: { label: "Don't know them yet", description: "don't know them yet: say why them" },
  reply: { label: 'Reply', description: "reply to a stranger's invite before accepting" },
  'follow-up': { label: 'Follow-up', description: 'after they accepted' },
};

/** What the pick offers, in order; each id is a snippet prefix in snippets/invite.code-snippets. */
export const RELATIONSHIP_CHOICES: readonly RelationshipChoice[] = Object.entries(CHOICES).map(([id, choice]) => ({ id, ...choice }));

/**
 * "New Invite…": asks how the user knows the recipient, then opens an untitled `invite`
 * document holding that relationship's snippet, with the cursor on its first tab stop.
 * It asks whom the note is for, which fills in the greeting and names the file. Arguments, for
 * keybindings, skip both questions: a snippet prefix such as `event`, then optionally a name.
 */
export function registerNewInvite(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.newInvite, (relationship?: unknown, recipient?: unknown) => newInvite(context.extensionUri, relationship, recipient)),
  );
}

async function newInvite(extensionUri: vscode.Uri, argument: unknown, recipientArgument: unknown): Promise<void> {
  // Read the snippets first, so a broken install is reported before the user picks anything.
  let snippets: Map<string, Snippet>;
  try {
    snippets = await readSnippets(extensionUri, SNIPPETS_PATH);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(`New Invite: can't read the invite snippets (${SNIPPETS_PATH.join('/')}): ${reason}`);
    return;
  }

  let relationship: string | undefined;
  let recipient = typeof recipientArgument === 'string' ? recipientArgument.trim() : '';
  if (typeof argument === 'string' && argument.trim() !== '') {
    relationship = argument.trim();
  } else {
    const picked = await vscode.window.showQuickPick(RELATIONSHIP_CHOICES.map((choice) => ({ ...choice })), {
      title: PICK_TITLE,
      placeHolder: PICK_PLACEHOLDER,
      matchOnDescription: true,
      // Pressed from the walkthrough, the page takes the focus back as its step redraws: the
      // questions stay until answered or dismissed with Escape.
      ignoreFocusOut: true,
    });
    if (!picked) return; // Escape.
    relationship = picked.id;
    const typed = await vscode.window.showInputBox({ title: NAME_TITLE, prompt: NAME_PROMPT, placeHolder: 'Jordan', ignoreFocusOut: true });
    if (typed === undefined) return; // Escape.
    recipient = typed.trim();
  }

  const body = snippets.get(relationship)?.body;
  if (body === undefined) {
    const known = RELATIONSHIP_CHOICES.map((choice) => choice.id).join(', ');
    void vscode.window.showErrorMessage(`New Invite: there is no snippet for "${relationship}". Choose one of: ${known}.`);
    return;
  }

  let document = await openUntitledInvite(fileStemFor(relationship, recipient));
  if (document.languageId !== LANGUAGE_ID) document = await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(withRecipient(body, recipient)));
}

/** `jordan-event` for ("event", "Jordan"), `event` with no name: lower case, words joined by hyphens. */
export function fileStemFor(relationship: string, recipient: string): string {
  const name = recipient.normalize('NFC').toLocaleLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join('-');
  return name ? `${name}-${relationship}` : relationship;
}

/**
 * The snippet body with the recipient's name as the default of its `[Name]` stop, escaped for
 * snippet syntax; unchanged with no name. The stop stays a stop, with the name selected.
 */
export function withRecipient(body: string, recipient: string): string {
  if (!recipient) return body;
  return body.replace(NAME_SLOT, (_slot, stop: string) => `\${${stop}:${recipient.replace(/[$}\\]/g, '\\$&')}}`);
}

/**
 * A new untitled document named `<stem>.invite` (`jordan-event.invite`) in the workspace folder of
 * the active editor (else the first folder): Save writes it there under that name, and a reload
 * brings it back as an invite. With no folder open, there is nowhere to name it for, so it is a
 * plain untitled document (`Untitled-1`) whose Save asks where to put it.
 */
async function openUntitledInvite(stem: string): Promise<vscode.TextDocument> {
  const folder = targetFolder();
  if (folder) {
    try {
      return await vscode.workspace.openTextDocument((await freeUriIn(folder.uri, stem)).with({ scheme: 'untitled' }));
    } catch {
      // The host refused the name (a file by that name appeared meanwhile, say): go unnamed.
    }
  }
  return vscode.workspace.openTextDocument({ language: LANGUAGE_ID });
}

/** The folder a new note belongs in: the active editor's workspace folder, else the first one. */
function targetFolder(): vscode.WorkspaceFolder | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  return (active && vscode.workspace.getWorkspaceFolder(active)) || vscode.workspace.workspaceFolders?.[0];
}

/** `<folder>/<stem>.invite`, or `<stem>-2.invite`…: the first name no open document and no file on disk uses. */
async function freeUriIn(folder: vscode.Uri, stem: string): Promise<vscode.Uri> {
  const open = new Set(vscode.workspace.textDocuments.map((document) => document.uri.path));
  for (let n = 1; ; n++) {
    const uri = vscode.Uri.joinPath(folder, n === 1 ? `${stem}.invite` : `${stem}-${n}.invite`);
    if (!open.has(uri.path) && !(await exists(uri))) return uri;
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
