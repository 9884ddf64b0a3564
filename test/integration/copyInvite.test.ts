// "Copy Invite" in a real VS Code: what lands on the clipboard, what the user is asked and
// told, and that the document is never touched. The dialogs are stubbed by replacing them
// on the shared `vscode.window` object, which the extension sees too.
import * as assert from 'assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, deferRestore, fixtureUri, openInvite, replace, restoreAll, stubMessages, stubQuickPick, updateInviteSetting, waitFor } from './helpers';

const SENTINEL = 'clipboard before the test';

/** Runs Copy Invite and checks it left the document exactly as it was. */
async function copy(document: vscode.TextDocument, ...args: unknown[]): Promise<void> {
  const text = document.getText();
  const version = document.version;
  await vscode.commands.executeCommand('invite.copy', ...args);
  assert.equal(document.getText(), text, 'Copy Invite must not change the text');
  assert.equal(document.version, version, 'Copy Invite must not edit the document');
}

const clipboard = () => vscode.env.clipboard.readText();

// Front matter, a comment line, `AT&T` (no HTML escaping), an inverted-section fallback, a
// section on lines of its own, trailing spaces and a run of blank lines.
const FULL = [
  '---',
  'name: Dana',
  'company: AT&T',
  'context: your talk on error budgets at DevOpsDays Berlin',
  '---',
  '{{! Mention the talk first. }}',
  'Hi {{name}},',
  '',
  'I enjoyed {{context}}. {{#team}}How is the {{team}} team?{{/team}}{{^team}}How are things at {{company}}?{{/team}}   ',
  '',
  '',
  '',
  '{{#company}}',
  'Best wishes to everyone at {{company}},',
  '{{/company}}',
  'Sam',
  '',
].join('\n');

// Written out by hand from the product's rendering rules: front matter and the comment line
// gone, `&` kept, the fallback used, the section's own lines gone, trailing spaces stripped,
// four newlines collapsed to two, no trailing newline.
const FULL_EXPECTED = [
  'Hi Dana,',
  '',
  'I enjoyed your talk on error budgets at DevOpsDays Berlin. How are things at AT&T?',
  '',
  'Best wishes to everyone at AT&T,',
  'Sam',
].join('\n');

const RECIPIENTS = [
  '---',
  'context: your talk on error budgets',
  'recipients:',
  '  - name: Dana',
  '  - name: Omar',
  '    context: your post on on-call rotations',
  '---',
  'Hi {{name}}, I enjoyed {{context}}.',
].join('\n');

const PLACEHOLDER = 'Hi [Name], I enjoyed your talk on error budgets at DevOpsDays Berlin.\nBest, Sam';

describe('Copy Invite', () => {
  beforeEach(async () => {
    await vscode.env.clipboard.writeText(SENTINEL);
  });

  afterEach(async () => {
    await restoreAll();
    await closeAllEditors();
  });

  it('copies exactly the rendered text and says how much of the limit it uses', async () => {
    const shown = stubMessages();
    const { document } = await openInvite(FULL);
    await copy(document);
    assert.equal(await clipboard(), FULL_EXPECTED);
    assert.deepEqual(shown, [{ kind: 'information', message: `Copied invite for Dana: ${FULL_EXPECTED.length}/200 characters`, items: [], modal: false }]);
  });

  it('copies with \\n line endings from a CRLF document', async () => {
    stubMessages();
    const { document } = await openInvite(FULL);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && (await editor.edit((edit) => edit.setEndOfLine(vscode.EndOfLine.CRLF))));
    assert.equal(document.eol, vscode.EndOfLine.CRLF);
    assert.ok(document.getText().includes('\r\n'));
    await copy(document);
    assert.equal(await clipboard(), FULL_EXPECTED);
  });

  it('copies the document a menu passes as a Uri, with no editor open', async () => {
    const shown = stubMessages();
    const uri = fixtureUri('hello.invite');
    const document = await vscode.workspace.openTextDocument(uri);
    await copy(document, uri);
    assert.equal(
      await clipboard(),
      'Hi Dana Whitfield, I enjoyed your talk on error budgets at DevOpsDays Berlin, especially the part on paging only for user pain. I run on-call for a payments team and would like to stay in touch.',
    );
    assert.equal(document.isDirty, false);
    assert.match(shown[0]?.message ?? '', /^Copied invite for Dana Whitfield: \d+\/300 characters$/);
  });

  it('uses the invite.characterLimit setting and says when the message is over it', async () => {
    const shown = stubMessages('Copy Anyway');
    await updateInviteSetting('characterLimit', 40);
    deferRestore(() => updateInviteSetting('characterLimit', undefined));
    const text = 'Hi Dana, I enjoyed your talk on error budgets at DevOpsDays Berlin.';
    const { document } = await openInvite(text);
    await copy(document);
    // Over the limit is an error finding, so the user is asked first.
    const warning = shown.find((s) => s.kind === 'warning');
    assert.ok(warning, 'an over-limit message should be confirmed before copying');
    assert.equal(await clipboard(), text);
    const info = shown.find((s) => s.kind === 'information');
    assert.equal(info?.message, `Copied invite: ${text.length}/40 characters: ${text.length - 40} over the limit`);
  });

  describe('with several recipients', () => {
    it("offers each recipient with their length and copies the chosen one's message", async () => {
      const shown = stubMessages();
      const offered = stubQuickPick((items) => items[1]);
      const { document } = await openInvite(RECIPIENTS);
      await copy(document);
      assert.equal(offered.length, 1, 'the recipient should be asked once');
      assert.deepEqual(offered[0]?.map((item) => item.label), ['Dana', 'Omar']);
      assert.equal(offered[0]?.[0]?.detail, `${'Hi Dana, I enjoyed your talk on error budgets.'.length}/200 characters`);
      assert.equal(offered[0]?.[1]?.detail, `${'Hi Omar, I enjoyed your post on on-call rotations.'.length}/200 characters`);
      assert.equal(await clipboard(), 'Hi Omar, I enjoyed your post on on-call rotations.');
      assert.equal(shown.at(-1)?.message, `Copied invite for Omar: ${'Hi Omar, I enjoyed your post on on-call rotations.'.length}/200 characters`);
    });

    it('copies nothing when the pick is cancelled', async () => {
      const shown = stubMessages();
      stubQuickPick(() => undefined);
      const { document } = await openInvite(RECIPIENTS);
      await copy(document);
      assert.equal(await clipboard(), SENTINEL);
      assert.deepEqual(shown, []);
    });

    it("checks only the chosen recipient's problems", async () => {
      const shown = stubMessages();
      stubQuickPick((items) => items.find((item) => item.label === 'Dana'));
      const { document } = await openInvite(RECIPIENTS.replace('Hi {{name}}', 'Hi {{name}}{{#omarOnly}} TODO{{/omarOnly}}').replace('    context:', '    omarOnly: true\n    context:'));
      await copy(document);
      assert.equal(await clipboard(), 'Hi Dana, I enjoyed your talk on error budgets.');
      assert.ok(!shown.some((s) => s.kind === 'warning'), 'Dana has no problem, Omar does');
    });
  });

  describe('with problems of error severity', () => {
    it('warns, names the first problem and copies nothing on dismissal', async () => {
      const shown = stubMessages(undefined);
      const { document } = await openInvite(PLACEHOLDER);
      await copy(document);
      assert.equal(await clipboard(), SENTINEL);
      assert.equal(shown.length, 1);
      assert.equal(shown[0]?.kind, 'warning');
      assert.match(shown[0]?.message ?? '', /^1 problem remains: line 1: .*\[Name\]/);
      assert.deepEqual(shown[0]?.items, ['Copy Anyway', 'Show Problems']);
      assert.equal(shown[0]?.modal, true, 'a decision that blocks copying is a modal dialog');
    });

    it('copies the message on "Copy Anyway"', async () => {
      const shown = stubMessages('Copy Anyway');
      const { document } = await openInvite(PLACEHOLDER + ' TODO');
      await copy(document);
      assert.match(shown[0]?.message ?? '', /^2 problems remain: /);
      assert.equal(await clipboard(), PLACEHOLDER + ' TODO');
      assert.match(shown.at(-1)?.message ?? '', /^Copied invite: \d+\/200 characters$/);
    });

    it('opens the Problems view on "Show Problems" and copies nothing', async () => {
      stubMessages('Show Problems');
      const executed: string[] = [];
      const execute = vscode.commands.executeCommand;
      replace(vscode.commands, 'executeCommand', ((command: string, ...rest: unknown[]) => {
        executed.push(command);
        return execute(command, ...rest);
      }) as typeof vscode.commands.executeCommand);
      const { document } = await openInvite(PLACEHOLDER);
      await copy(document);
      assert.equal(await clipboard(), SENTINEL);
      assert.ok(executed.includes('workbench.actions.view.problems'), `ran ${executed.join(', ')}`);
    });

    it('copies without asking when the setting turns the rule down to a warning', async () => {
      const shown = stubMessages();
      await updateInviteSetting('rules', { placeholder: 'warning' });
      deferRestore(() => updateInviteSetting('rules', undefined));
      const { document } = await openInvite(PLACEHOLDER);
      await copy(document);
      assert.equal(await clipboard(), PLACEHOLDER);
      assert.deepEqual(shown.map((s) => s.kind), ['information']);
    });
  });

  it('shows an error naming the line, and copies nothing, when the template cannot be rendered', async () => {
    const shown = stubMessages();
    const { document } = await openInvite('---\nname: Dana\n---\nHi {{name}},\n{{#company}}\nHow is {{company}}?\n');
    await copy(document);
    assert.equal(await clipboard(), SENTINEL);
    assert.equal(shown.length, 1);
    assert.equal(shown[0]?.kind, 'error');
    assert.match(shown[0]?.message ?? '', /^Can't copy: line 5: The section `company` is never closed/);
  });

  it('says to open an .invite file when no editor is open, and copies nothing', async () => {
    const shown = stubMessages();
    await closeAllEditors();
    await vscode.commands.executeCommand('invite.copy');
    assert.equal(await clipboard(), SENTINEL);
    assert.deepEqual(shown.map((s) => s.message), ['Open an .invite file to copy it.']);
  });

  it('copies the invite last edited when focus is on a page that is not an editor (here, its preview)', async () => {
    const shown = stubMessages();
    const { document } = await openInvite('Hi Dana, we met at KubeCon last week.');
    await vscode.commands.executeCommand('invite.showPreview');
    await waitFor(() => vscode.window.activeTextEditor === undefined, 'the preview to take the editor area');
    await copy(document);
    assert.equal(await clipboard(), 'Hi Dana, we met at KubeCon last week.');
    assert.match(shown.at(-1)?.message ?? '', /^Copied invite: 37\/200 characters$/);
  });

  it('says to open an .invite file when the active editor is another language', async () => {
    const shown = stubMessages();
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Hi Dana' });
    await vscode.window.showTextDocument(document);
    await copy(document);
    assert.equal(await clipboard(), SENTINEL);
    assert.deepEqual(shown.map((s) => s.message), ['Open an .invite file to copy it.']);
  });
});
