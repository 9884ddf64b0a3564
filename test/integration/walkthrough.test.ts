// The "Get started" walkthrough in a real VS Code: it is registered, every button runs a
// command the extension has, every step completes on something the extension does, and the
// commands behind the buttons do what the steps say.
import * as assert from 'assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditors, inviteDiagnostics, restoreAll, ruleOf, stubMessages, stubQuickPick, updateInviteSetting, waitForDiagnostics } from './helpers';

interface WalkthroughStep {
  id: string;
  title: string;
  description: string;
  media: { svg?: string; image?: string; altText: string };
  completionEvents: string[];
}

function walkthrough(): { id: string; steps: WalkthroughStep[] } {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension);
  const [first, ...others] = extension.packageJSON.contributes.walkthroughs;
  assert.equal(others.length, 0, 'one walkthrough');
  return first;
}

/** The commands a description's `command:` links run. */
const linkedCommands = (description: string) => [...description.matchAll(/\]\(command:([\w.]+)/g)].map((match) => match[1]);

const limitSetting = () => vscode.workspace.getConfiguration('invite').inspect<number>('characterLimit');

describe('walkthrough', () => {
  afterEach(async () => {
    await restoreAll();
    await closeAllEditors();
    await updateInviteSetting('characterLimit', undefined);
  });

  it('has the five steps, each with a button, alt text and a completion the extension can trigger', async () => {
    const { steps } = walkthrough();
    assert.deepEqual(steps.map((step) => step.id), ['account', 'newInvite', 'fix', 'preview', 'copy']);
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    await extension.activate();
    const commands = await vscode.commands.getCommands(true);
    for (const step of steps) {
      const buttons = linkedCommands(step.description);
      assert.ok(buttons.length > 0, `${step.id}: a button`);
      for (const command of buttons) assert.ok(commands.includes(command), `${step.id}: its button runs ${command}, which is registered`);
      assert.ok(step.media.altText.length > 20, `${step.id}: alt text`);
      const media = vscode.Uri.joinPath(extension.extensionUri, step.media.svg ?? step.media.image ?? '');
      const svg = new TextDecoder().decode(await vscode.workspace.fs.readFile(media));
      assert.match(svg, /<title[^>]*>[^<]{20,}<\/title>/, `${step.id}: the image has a title`);
      assert.match(svg, /var\(--vscode-/, `${step.id}: the image follows the colour theme`);
      for (const event of step.completionEvents) {
        const [kind, target] = event.split(/:(.*)/s);
        if (kind === 'onCommand') assert.ok(commands.includes(target), `${step.id}: completes on ${target}, which is registered`);
        else assert.equal(event, 'onSettingChanged:invite.characterLimit', `${step.id}: an event the extension's settings raise`);
      }
    }
  });

  it('sets invite.characterLimit to the account chosen, and says so', async () => {
    const shown = stubMessages();
    assert.equal(limitSetting()?.globalValue, undefined);
    assert.equal(await vscode.commands.executeCommand('invite.chooseAccount', 'premium'), 300);
    assert.equal(limitSetting()?.globalValue, 300);
    assert.match(shown[0]?.message ?? '', /counts notes against 300 characters \(premium or sales navigator\)/);
    assert.equal(await vscode.commands.executeCommand('invite.chooseAccount', 'free'), 200);
    assert.equal(limitSetting()?.globalValue, 200);
  });

  it('asks which account when the button names none; Escape changes nothing', async () => {
    stubMessages();
    const offered = stubQuickPick(() => undefined);
    assert.equal(await vscode.commands.executeCommand('invite.chooseAccount'), undefined);
    assert.deepEqual(offered[0]?.map((item) => item.detail), ['200 characters per note', '300 characters per note']);
    assert.equal(limitSetting()?.globalValue, undefined);
    await restoreAll();
    stubMessages();
    stubQuickPick((items) => items[1]);
    assert.equal(await vscode.commands.executeCommand('invite.chooseAccount'), 300);
  });

  it('opens a sample with stock wording; its quick fix re-checks at once, without waiting for typing to pause', async () => {
    await vscode.commands.executeCommand('invite.openStockSample');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.languageId === 'invite' && editor.document.isUntitled);
    const { document } = editor;
    const stock = "I'd like to add you to my professional network on LinkedIn";
    const diagnostics = await waitForDiagnostics(document.uri, (all) => all.some((d) => ruleOf(d) === 'generic-phrase' && document.getText(d.range) === stock), 'the stock sentence squiggled');
    const diagnostic = diagnostics.find((d) => document.getText(d.range) === stock)!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range);
    const remove = actions.find((action) => action.title === 'Remove the stock phrase');
    assert.ok(remove?.edit && remove.command, 'the fix carries its edit and the re-check');
    assert.equal(remove.command.command, 'invite.afterFix');
    assert.ok(await vscode.workspace.applyEdit(remove.edit));
    // Right after the edit, the squiggle is still the old one: the re-check has not run.
    assert.ok(inviteDiagnostics(document.uri).some((d) => d.message.includes(stock)));
    // The command runs in this extension host, so its re-check is done when it resolves.
    await vscode.commands.executeCommand(remove.command.command, ...(remove.command.arguments ?? []));
    assert.ok(!inviteDiagnostics(document.uri).some((d) => d.message.includes(stock)), 'the squiggle is gone');
  });
});
