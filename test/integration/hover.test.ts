// The hover on a squiggle explains the rule once: its id, why it matters, and links.
import * as assert from 'assert/strict';
import * as vscode from 'vscode';
import { ruleById } from '../../src/core';
import { DEFAULT_SENTENCE, EXTENSION_ID, closeAllEditors, openInvite, ruleOf, waitForDiagnostics } from './helpers';

/** The markdown of every hover at a position, as one string per hover part. */
async function hoverTexts(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers.flatMap((hover) => hover.contents.map((part) => (typeof part === 'string' ? part : part.value)));
}

describe('hover', () => {
  afterEach(async () => {
    await closeAllEditors();
  });

  it("explains the rule on a squiggle once: id, why and the docs link, without repeating the message", async () => {
    const { document } = await openInvite(`Hi Dana,\n${DEFAULT_SENTENCE}\n`);
    await waitForDiagnostics(document.uri, (d) => d.some((x) => x.range.start.line === 1), 'the generic-phrase diagnostic');

    const texts = await hoverTexts(document.uri, new vscode.Position(1, 10));
    const ours = texts.find((t) => t.includes('generic-phrase'));
    assert.ok(ours, `an Invite Writer hover should be shown; got ${JSON.stringify(texts)}`);
    const why = ruleById('generic-phrase')?.why;
    assert.ok(why && ours.includes(why), 'the hover gives the rule\'s reason');
    assert.equal(ours.split(why).length, 2, 'the reason is said once');
    assert.ok(!ours.includes('is stock wording'), 'the diagnostic\'s own message, shown by VS Code above, is not repeated');
    assert.equal(texts.filter((t) => t.includes('Invite Writer')).length, 1, 'one block for the rule');
    const page = vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'docs', 'rules', 'generic-phrase.md');
    const preview = `command:markdown.showPreview?${encodeURIComponent(JSON.stringify([page.toString()]))}`;
    assert.ok(ours.includes(`(${preview})`), 'the hover opens the rule page that ships with the extension, rendered');
    assert.ok(ours.includes('command:invite.disableRuleForFile'), 'the hover offers to disable the rule for the file');
  });

  it('shows a slot as typed, not as markdown', async () => {
    const { document } = await openInvite('We met at KubeCon, [Name].\n');
    await waitForDiagnostics(document.uri, (d) => d.length > 0, 'the placeholder diagnostic');
    const texts = await hoverTexts(document.uri, new vscode.Position(0, 21));
    const ours = texts.find((t) => t.includes('placeholder'));
    assert.ok(ours);
    assert.ok(ours.includes('\\[Name\\]'), 'brackets are escaped so they render literally');
    assert.ok(ours.includes(ruleById('placeholder')!.why.split('"')[0]));
  });

  it('shows nothing of ours away from a finding', async () => {
    const { document } = await openInvite(`Hi Dana,\n${DEFAULT_SENTENCE}\n`);
    await waitForDiagnostics(document.uri, (d) => d.length > 0, 'diagnostics');
    // Line 0 carries missing-context and line 1 the stock phrase; the empty last line carries nothing.
    const texts = await hoverTexts(document.uri, new vscode.Position(2, 0));
    assert.ok(!texts.some((t) => t.includes('Invite Writer')), `no Invite Writer hover expected; got ${JSON.stringify(texts)}`);
  });

  it('opens a rule page rendered, in the Markdown preview', async () => {
    const page = vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'docs', 'rules', 'placeholder.md');
    await vscode.commands.executeCommand('markdown.showPreview', page);
    const tab = await new Promise<vscode.Tab | undefined>((resolve) => {
      const find = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((t) => t.input instanceof vscode.TabInputWebview && /markdown/i.test((t.input as vscode.TabInputWebview).viewType));
      const deadline = Date.now() + 5000;
      const poll = () => (find() || Date.now() > deadline ? resolve(find()) : setTimeout(poll, 50));
      poll();
    });
    assert.ok(tab, 'a Markdown preview tab opens');
    assert.match(tab.label, /placeholder/);
  });

  it('runs the disable-for-file link command and silences the rule', async () => {
    const { document } = await openInvite(`${DEFAULT_SENTENCE}\n`);
    await waitForDiagnostics(document.uri, (d) => d.some((x) => x.code !== undefined), 'diagnostics');
    const applied = await vscode.commands.executeCommand<boolean>('invite.disableRuleForFile', document.uri.toString(), 'generic-phrase');
    assert.equal(applied, true);
    assert.equal(document.getText(), `{{! invite-disable generic-phrase }}\n${DEFAULT_SENTENCE}\n`);
    await waitForDiagnostics(
      document.uri,
      (d) => !d.some((x) => ruleOf(x) === 'generic-phrase'),
      'generic-phrase to be silenced',
    );
  });
});
