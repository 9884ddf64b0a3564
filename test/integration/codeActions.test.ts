// Quick fixes in a real VS Code: each is offered on its diagnostic, applies, and makes the
// diagnostic go away.
import * as assert from 'assert/strict';
import * as vscode from 'vscode';
import { DEFAULT_SENTENCE, closeAllEditors, openWithDiagnostic, ruleOf, waitForDiagnostics } from './helpers';

async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const result = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, kind);
  return (result ?? []).filter((item): item is vscode.CodeAction => 'title' in item && !('command' in item && typeof item.command === 'string'));
}

async function findAction(uri: vscode.Uri, range: vscode.Range, title: string, kind?: string): Promise<vscode.CodeAction> {
  const actions = await codeActions(uri, range, kind);
  const action = actions.find((a) => a.title === title);
  assert.ok(action, `expected "${title}" among: ${actions.map((a) => a.title).join(' | ')}`);
  return action;
}

async function apply(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `"${action.title}" should apply`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/**
 * No diagnostic of `rule` quotes `text` any more. Checked on messages, not ranges: until the
 * re-lint, the old ranges sit over the edited text and would match nothing by accident.
 */
const gone = (rule: string, text: string) => (all: vscode.Diagnostic[]) =>
  !all.some((d) => ruleOf(d) === rule && d.message.includes(text));

describe('code actions', () => {
  afterEach(async () => {
    await closeAllEditors();
  });

  describe('generic-phrase', () => {
    it('replaces the stock phrase with a context sentence (preferred), as a snippet', async () => {
      const stock = "I'd like to add you to my professional network on LinkedIn";
      const { document, diagnostic } = await openWithDiagnostic(`Hi Dana,\n${DEFAULT_SENTENCE}\n`, 'generic-phrase', stock);
      const action = await findAction(document.uri, diagnostic.range, 'Replace with how you know them');
      assert.equal(action.isPreferred, true);
      assert.equal(action.kind?.value, vscode.CodeActionKind.QuickFix.value);
      await apply(action);
      assert.equal(document.getText(), 'Hi Dana,\nIt was good to meet you at [the event], where we talked about [the topic].\n');
      await waitForDiagnostics(document.uri, gone('generic-phrase', stock), 'the generic-phrase diagnostic to go');
      const after = await waitForDiagnostics(document.uri, (all) => all.some((d) => ruleOf(d) === 'placeholder'), 'the unfilled slots to be flagged');
      assert.ok(!after.some((d) => ruleOf(d) === 'missing-context'), 'the sentence gives context');
    });

    it("chooses the sentence by the front matter's relationship", async () => {
      const { document, diagnostic } = await openWithDiagnostic(
        '---\nrelationship: content\n---\nHi Sam, let\'s connect!\n',
        'generic-phrase',
        "let's connect",
      );
      await apply(await findAction(document.uri, diagnostic.range, 'Replace with how you know them'));
      assert.equal(document.getText(), '---\nrelationship: content\n---\nHi Sam, I read your [post] on [the topic], and [what stayed with you].\n');
      await waitForDiagnostics(document.uri, (all) => !all.some((d) => ruleOf(d) === 'generic-phrase'), 'the generic-phrase diagnostic to go');
    });

    it('removes the stock phrase with its full stop and the space after it', async () => {
      const stock = "I'd like to add you to my professional network on LinkedIn";
      const { document, diagnostic } = await openWithDiagnostic(`${DEFAULT_SENTENCE} We met at KubeCon.\n`, 'generic-phrase', stock);
      await apply(await findAction(document.uri, diagnostic.range, 'Remove the stock phrase'));
      assert.equal(document.getText(), 'We met at KubeCon.\n');
      await waitForDiagnostics(document.uri, (all) => all.length === 0, 'no diagnostics left');
    });

    it('removes a line that held only the stock phrase', async () => {
      const { document, diagnostic } = await openWithDiagnostic(`Hi Dana,\n${DEFAULT_SENTENCE}\nWe met at KubeCon.\n`, 'generic-phrase', "I'd like to add you to my professional network on LinkedIn");
      await apply(await findAction(document.uri, diagnostic.range, 'Remove the stock phrase'));
      assert.equal(document.getText(), 'Hi Dana,\nWe met at KubeCon.\n');
    });
  });

  describe('placeholder', () => {
    it('turns a slot into {{key}} and creates the front matter when there is none', async () => {
      const { document, diagnostic } = await openWithDiagnostic('Hi [Your Name], we met at KubeCon.\n', 'placeholder', '[Your Name]');
      const action = await findAction(document.uri, diagnostic.range, 'Turn into {{your_name}} and add it to the front matter');
      await apply(action);
      assert.equal(document.getText(), '---\nyour_name: \n---\nHi {{your_name}}, we met at KubeCon.\n');
      // The new variable has no value yet, and says so on the tag.
      const after = await waitForDiagnostics(
        document.uri,
        (all) => all.some((d) => ruleOf(d) === 'placeholder' && d.message.includes('{{your_name}}')),
        'the empty variable to be flagged',
      );
      assert.ok(gone('placeholder', '"[Your Name]"')(after), 'the slot is no longer flagged');
      const tag = after.find((d) => d.message.includes('{{your_name}}'))!;
      assert.equal(document.getText(tag.range), '{{your_name}}');
    });

    it('adds the key before the closing --- and never twice', async () => {
      const { document, diagnostic } = await openWithDiagnostic(
        '---\nname: Dana\n---\nHi [Name], we met at {Event}.\n',
        'placeholder',
        '[Name]',
      );
      await apply(await findAction(document.uri, diagnostic.range, 'Turn into {{name}} and add it to the front matter'));
      assert.equal(document.getText(), '---\nname: Dana\n---\nHi {{name}}, we met at {Event}.\n');
      await waitForDiagnostics(document.uri, gone('placeholder', '"[Name]"'), 'the slot diagnostic to go');

      const event = await waitForDiagnostics(document.uri, (all) => all.some((d) => document.getText(d.range) === '{Event}'), 'the {Event} slot');
      const slot = event.find((d) => document.getText(d.range) === '{Event}')!;
      await apply(await findAction(document.uri, slot.range, 'Turn into {{event}} and add it to the front matter'));
      assert.equal(document.getText(), '---\nname: Dana\nevent: \n---\nHi {{name}}, we met at {{event}}.\n');
    });

    it('adds a missing {{variable}} to the front matter', async () => {
      const { document, diagnostic } = await openWithDiagnostic(
        '---\nname: Dana\n---\nHi {{name}}, congrats on the launch at {{company}}.\n',
        'placeholder',
        '{{company}}',
      );
      await apply(await findAction(document.uri, diagnostic.range, 'Add `company:` to the front matter'));
      assert.equal(document.getText(), '---\nname: Dana\ncompany: \n---\nHi {{name}}, congrats on the launch at {{company}}.\n');
      // The cursor waits on the new value: typing fills it in.
      const editor = vscode.window.activeTextEditor;
      assert.ok(editor && editor.document === document);
      assert.deepEqual([editor.selection.active.line, editor.selection.active.character], [2, 9]);
      await editor.edit((edit) => edit.insert(editor.selection.active, 'Acme'));
      await waitForDiagnostics(document.uri, (all) => !all.some((d) => ruleOf(d) === 'placeholder'), 'the value to fill the tag');
    });

    it('adds a key missing for one recipient under that recipient', async () => {
      const { document, diagnostic } = await openWithDiagnostic(
        '---\nrecipients:\n  - name: Omar\n    company: Acme\n  - name: Lee\n---\nHi {{name}} at {{company}}.\n',
        'placeholder',
        '{{company}}',
      );
      await apply(await findAction(document.uri, diagnostic.range, 'Add `company:` for Lee'));
      assert.equal(document.getText(), '---\nrecipients:\n  - name: Omar\n    company: Acme\n  - name: Lee\n    company: \n---\nHi {{name}} at {{company}}.\n');
    });

    it('fixes all placeholders in one edit, as a quick fix and as source.fixAll.invite', async () => {
      const content = '---\nname: Dana\ntopic: retries\ncompany: Acme\n---\nHi [Name], I loved your post on <topic> at {Company}. Please connect with me.\n';
      const { document, diagnostic } = await openWithDiagnostic(content, 'placeholder', '[Name]');
      const quickFix = await findAction(document.uri, diagnostic.range, 'Fix all unambiguous problems in this file');
      assert.equal(quickFix.kind?.value, vscode.CodeActionKind.QuickFix.value);

      const whole = new vscode.Range(0, 0, document.lineCount, 0);
      const [fixAll] = (await codeActions(document.uri, whole, vscode.CodeActionKind.SourceFixAll.value))
        .filter((a) => a.kind?.value === 'source.fixAll.invite');
      assert.ok(fixAll, 'source.fixAll.invite is offered');
      await apply(fixAll);
      assert.equal(
        document.getText(),
        '---\nname: Dana\ntopic: retries\ncompany: Acme\n---\nHi {{name}}, I loved your post on {{topic}} at {{company}}. Please connect with me.\n',
        'every slot whose key has a value becomes a variable; the stock phrase is left for the author',
      );
      const after = await waitForDiagnostics(
        document.uri,
        (all) => !all.some((d) => ruleOf(d) === 'placeholder'),
        'the re-lint of the fixed text',
      );
      assert.ok(!after.some((d) => ruleOf(d) === 'placeholder'), 'no slot is flagged any more');
      assert.ok(after.some((d) => ruleOf(d) === 'generic-phrase'), 'the stock phrase is still flagged');
    });
  });

  describe('disable comments', () => {
    it('disables a rule for the file, below the front matter', async () => {
      const { document, diagnostic } = await openWithDiagnostic(
        `---\nname: Dana\n---\nHi {{name}},\n${DEFAULT_SENTENCE}\n`,
        'generic-phrase',
        "I'd like to add you to my professional network on LinkedIn",
      );
      await apply(await findAction(document.uri, diagnostic.range, 'Disable generic-phrase for this file'));
      assert.equal(document.getText(), `---\nname: Dana\n---\n{{! invite-disable generic-phrase }}\nHi {{name}},\n${DEFAULT_SENTENCE}\n`);
      const after = await waitForDiagnostics(document.uri, (all) => !all.some((d) => ruleOf(d) === 'generic-phrase'), 'generic-phrase to be silenced');
      assert.ok(after.some((d) => ruleOf(d) === 'missing-context'), 'other rules still run');
    });

    it('disables a rule for the file at the top when there is no front matter', async () => {
      const { document, diagnostic } = await openWithDiagnostic('Hey, let\'s connect\n', 'missing-context', 'Hey, let\'s connect');
      await apply(await findAction(document.uri, diagnostic.range, 'Disable missing-context for this file'));
      assert.equal(document.getText(), '{{! invite-disable missing-context }}\nHey, let\'s connect\n');
      await waitForDiagnostics(document.uri, (all) => !all.some((d) => ruleOf(d) === 'missing-context'), 'missing-context to be silenced');
    });

    it('disables a rule for one line, keeping the indentation', async () => {
      const { document, diagnostic } = await openWithDiagnostic(
        'We met at KubeCon.\n  Please connect with me.\nPlease connect with me.\n',
        'generic-phrase',
        'Please connect with me',
      );
      assert.equal(diagnostic.range.start.line, 1);
      await apply(await findAction(document.uri, diagnostic.range, 'Disable generic-phrase for this line'));
      assert.equal(document.getText(), 'We met at KubeCon.\n  {{! invite-disable-next-line generic-phrase }}\n  Please connect with me.\nPlease connect with me.\n');
      const after = await waitForDiagnostics(
        document.uri,
        (all) => all.filter((d) => ruleOf(d) === 'generic-phrase').length === 1,
        'only the other line to stay flagged',
      );
      assert.equal(after.find((d) => ruleOf(d) === 'generic-phrase')?.range.start.line, 3);
    });

    it('offers no line comment inside the front matter', async () => {
      const { document, diagnostic } = await openWithDiagnostic('---\nrelationship: coworker\n---\nWe met at KubeCon.\n', 'template-error', 'relationship: coworker');
      const titles = (await codeActions(document.uri, diagnostic.range)).map((a) => a.title);
      assert.ok(titles.includes('Disable template-error for this file'));
      assert.ok(!titles.includes('Disable template-error for this line'));
    });
  });
});
