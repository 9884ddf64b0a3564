// "New Invite…" in a real VS Code: the pick of relationships, the untitled `invite` document
// it opens, and the cursor on the snippet's first tab stop. The QuickPick and the messages
// are stubbed by replacing them on the shared `vscode.window` object.
import * as assert from 'assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openInvite, readSnippets, restoreAll, stubInputBox, stubMessages, stubQuickPick } from './helpers';
import { fileStemFor, withRecipient } from '../../src/editor/newInvite';

const RELATIONSHIPS = ['colleague', 'classmate', 'business', 'friend', 'event', 'mutual', 'content', 'unknown', 'reply', 'follow-up'];

/** The body of the snippet with this prefix, read from the installed extension. */
async function snippetBody(prefix: string): Promise<string> {
  const found = (await readSnippets()).find((s) => s.prefixes.includes(prefix));
  assert.ok(found, `snippets/invite.code-snippets should have a snippet with prefix "${prefix}"`);
  return found.body;
}

/** What VS Code itself makes of the snippet: its text, and the selection on the first tab stop. */
async function insertedDirectly(body: string): Promise<{ text: string; selection: vscode.Selection }> {
  const editor = await openInvite('');
  assert.ok(await editor.insertSnippet(new vscode.SnippetString(body)));
  return { text: editor.document.getText(), selection: editor.selection };
}

/** Runs the command and returns the editor it opened (failing if it opened none). */
async function runNewInvite(...args: unknown[]): Promise<vscode.TextEditor> {
  const before = vscode.window.activeTextEditor?.document;
  await vscode.commands.executeCommand('invite.new', ...args);
  const editor = vscode.window.activeTextEditor;
  assert.ok(editor && editor.document !== before, 'New Invite should open a new editor');
  return editor;
}

/** The default text of the first tab stop, `${1:…}` or `${1|…|}`, as the body spells it. */
function firstTabStopDefault(body: string): string | undefined {
  const match = /\$\{1(?::([^${}]*)\}|\|([^,|]*)[,|])/.exec(body);
  return match ? (match[1] ?? match[2]) : undefined;
}

/** The workspace folder the tests run in (test/fixtures/workspace). */
function folder(): vscode.Uri {
  const uri = vscode.workspace.workspaceFolders?.[0]?.uri;
  assert.ok(uri, 'the tests run with a workspace folder open');
  return uri;
}

/**
 * The note is untitled, named `<stem>.invite` (or `<stem>-N.invite`) in the workspace folder:
 * the name Save writes it under, rather than the note's first words.
 */
function assertNamedFor(document: vscode.TextDocument, stem: string): void {
  assert.equal(document.isUntitled, true);
  assert.equal(document.uri.scheme, 'untitled');
  const name = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1);
  assert.match(name, new RegExp(`^${stem}(?:-\\d+)?\\.invite$`));
  assert.equal(document.uri.path, vscode.Uri.joinPath(folder(), name).path, 'the name is in the workspace folder');
}

/** Files the test wrote into the fixture workspace, deleted after each test. */
const written: vscode.Uri[] = [];

describe('New Invite', () => {
  afterEach(async () => {
    await restoreAll();
    await closeAllEditors();
    for (const uri of written.splice(0)) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  it('offers every relationship, each with a description', async () => {
    const offered = stubQuickPick(() => undefined);
    await vscode.commands.executeCommand('invite.new');
    assert.equal(offered.length, 1);
    const items = offered[0] ?? [];
    assert.equal(items.length, RELATIONSHIPS.length);
    for (const item of items) assert.ok(item.label && item.description, `"${item.label}" should have a one-line description`);
    for (const description of ['done business together', 'met at an event', 'their post, talk or article', "reply to a stranger's invite before accepting", 'after they accepted']) {
      assert.ok(items.some((item) => item.description?.includes(description)), `an item should say "${description}"`);
    }
  });

  it('starts a reply with `kind: reply`, so a filled-in reply is not asked for context', async () => {
    stubQuickPick((items) => items.find((item) => item.label === 'Reply'));
    stubInputBox('');
    const editor = await runNewInvite();
    assert.match(editor.document.getText(), /^---\nkind: reply\n---\n/);
    assertNamedFor(editor.document, 'reply');
  });

  it("opens an untitled invite document with the picked relationship's snippet, on its first tab stop", async () => {
    stubQuickPick((items) => items.find((item) => item.description === 'met at an event'));
    const asked = stubInputBox('');
    const editor = await runNewInvite();
    assert.equal(asked.length, 1, 'it asks whom the note is for');
    const { document } = editor;
    const text = document.getText();
    const selection = editor.selection;

    const body = await snippetBody('event');
    const expected = await insertedDirectly(body);
    assert.equal(document.isUntitled, true);
    assertNamedFor(document, 'event');
    assert.equal(document.languageId, 'invite');
    assert.equal(text, expected.text);
    assert.ok(!text.includes('${'), 'no snippet syntax should be left in the text');
    assert.ok(selection.isEqual(expected.selection), 'the cursor should be on the first tab stop');
    assert.equal(document.getText(selection), firstTabStopDefault(body));
  });

  it("asks whom it is for: the name fills the greeting's stop, selected, and names the file", async () => {
    stubQuickPick((items) => items.find((item) => item.description === 'met at an event'));
    const asked = stubInputBox('  Anne-Marie ');
    const editor = await runNewInvite();
    assert.match(asked[0]?.prompt ?? '', /names the file/);
    assertNamedFor(editor.document, 'anne-marie-event');
    assert.match(editor.document.getText(), /^Hi Anne-Marie, great to meet you at \[event\]\./);
    assert.equal(editor.document.getText(editor.selection), 'Anne-Marie', 'the name is the first stop, to change if need be');
  });

  it('opens nothing when the name question is cancelled', async () => {
    stubQuickPick((items) => items[0]);
    stubInputBox(undefined);
    await closeAllEditors();
    await vscode.commands.executeCommand('invite.new');
    assert.equal(vscode.window.activeTextEditor, undefined);
  });

  it('saves the note under its name in the workspace folder, without asking where', async () => {
    const editor = await runNewInvite('event', 'Dana');
    const target = vscode.Uri.joinPath(folder(), 'dana-event.invite');
    written.push(target);
    const text = editor.document.getText();
    // Ctrl+S, as a user saves.
    await vscode.commands.executeCommand('workbench.action.files.save');
    const saved = vscode.window.activeTextEditor?.document;
    assert.equal(saved?.uri.toString(), target.toString(), 'the saved note is the file it was named for');
    assert.equal(saved?.isDirty, false);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)), text);
  });

  it('takes the next name when a file by that name is already in the folder, and leaves the file alone', async () => {
    const existing = vscode.Uri.joinPath(folder(), 'lee-event.invite');
    written.push(existing, vscode.Uri.joinPath(folder(), 'lee-event-2.invite'));
    const before = 'Hi Lee, we met at the Rust meetup in Leeds.\n';
    await vscode.workspace.fs.writeFile(existing, new TextEncoder().encode(before));
    const editor = await runNewInvite('event', 'Lee');
    assertNamedFor(editor.document, 'lee-event');
    assert.equal(editor.document.uri.path, vscode.Uri.joinPath(folder(), 'lee-event-2.invite').path);
    await vscode.commands.executeCommand('workbench.action.files.save');
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(existing)), before, 'the file already there is unchanged');
  });

  it('names files and fills the name stop by hand-checked examples', () => {
    assert.equal(fileStemFor('event', 'Jordan'), 'jordan-event');
    assert.equal(fileStemFor('event', "Seán O'Brien"), 'seán-o-brien-event');
    assert.equal(fileStemFor('friend', '李 小龙'), '李-小龙-friend');
    assert.equal(fileStemFor('event', ' / '), 'event');
    assert.equal(fileStemFor('event', ''), 'event');
    assert.equal(withRecipient('Hi ${1:[Name]}, we met at ${2:[event]}.', 'Dana'), 'Hi ${1:Dana}, we met at ${2:[event]}.');
    // Snippet syntax in a name is escaped, so it is inserted as typed.
    assert.equal(withRecipient('Hi ${1:[Name]}!', 'A$b}c\\'), 'Hi ${1:A\\$b\\}c\\\\}!');
    assert.equal(withRecipient('Hi ${1:[Name]}!', ''), 'Hi ${1:[Name]}!');
  });

  it('inserts a name with snippet syntax in it as typed', async () => {
    const editor = await runNewInvite('event', 'A$b}c');
    assert.match(editor.document.getText(), /^Hi A\$b\}c, great to meet you/);
  });

  it('opens nothing when the pick is cancelled', async () => {
    const shown = stubMessages();
    stubQuickPick(() => undefined);
    await closeAllEditors();
    await vscode.commands.executeCommand('invite.new');
    assert.equal(vscode.window.activeTextEditor, undefined);
    assert.deepEqual(vscode.window.visibleTextEditors, []);
    assert.deepEqual(shown, [], 'cancelling is not an error');
  });

  for (const relationship of RELATIONSHIPS) {
    it(`skips the pick when given "${relationship}" and inserts its snippet`, async () => {
      const offered = stubQuickPick(() => undefined);
      const editor = await runNewInvite(relationship);
      const text = editor.document.getText();
      const selection = editor.selection;
      assert.equal(offered.length, 0, 'no pick should be shown');
      assert.equal(editor.document.languageId, 'invite');
      assert.equal(editor.document.isUntitled, true);
      const body = await snippetBody(relationship);
      const expected = await insertedDirectly(body);
      assert.equal(text, expected.text);
      assert.ok(selection.isEqual(expected.selection));
    });
  }

  it('names the choices when given an unknown relationship, and opens nothing', async () => {
    const shown = stubMessages();
    await closeAllEditors();
    await vscode.commands.executeCommand('invite.new', 'acquaintance');
    assert.equal(vscode.window.activeTextEditor, undefined);
    assert.equal(shown.length, 1);
    assert.match(shown[0]?.message ?? '', /no snippet for "acquaintance".*colleague, classmate/);
  });
});
