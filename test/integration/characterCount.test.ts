// The character count of the active invite. A language status item cannot be read back
// through the API, so the tests drive the same CharacterCountStatus the extension uses, with a
// plain object in place of the item, through real editor switches, edits and settings.
import * as assert from 'assert/strict';
import * as vscode from 'vscode';
import { analyze, LineIndex } from '../../src/core';
import { AnalysisStore } from '../../src/editor/analysis';
import { CharacterCountStatus, StatusBarCount, describeCount as describeAnalysis, type CountSink } from '../../src/editor/characterCount';
import { EXTENSION_ID, closeAllEditors, openInvite, updateInviteSetting, waitFor } from './helpers';

const DANA = '---\nname: Dana\nlimit: premium\n---\nHi {{name}}, we met at KubeCon last week.\n';
// "Hi Dana, we met at KubeCon last week." is 37 characters.
const DANA_LENGTH = 37;

/** The status item's text for a source, as the extension would show it. */
function describeCount(source: string) {
  const lines = new LineIndex(source);
  return describeAnalysis(analyze(source), (offset) => lines.position(offset).line);
}

function sink(): CountSink {
  return { text: '', detail: undefined, severity: vscode.LanguageStatusSeverity.Information };
}

describe('character count', () => {
  describe('describeCount', () => {
    it('shows the count against the limit and whom it is for', () => {
      const description = describeCount(DANA);
      assert.equal(description.text, `${DANA_LENGTH}/300`);
      assert.match(description.detail, /^characters for Dana\. Language: English/);
      assert.equal(description.severity, vscode.LanguageStatusSeverity.Information);
    });

    it('counts the first of several recipients and says so', () => {
      const description = describeCount('---\nrecipients:\n  - name: Omar\n  - name: Ana\n---\nHi {{name}}.');
      assert.equal(description.text, '8/200', "a free account's box by default");
      assert.match(description.detail, /^characters for Omar \(1 of 2 recipients\)\. /);
    });

    it('warns when the note is over the limit', () => {
      const description = describeCount(`---\nlimit: free\n---\n${'x'.repeat(250)}`);
      assert.equal(description.text, '250/200');
      assert.match(description.detail, /50 over the limit/);
      assert.equal(description.severity, vscode.LanguageStatusSeverity.Warning);
    });

    it("is an error, with a short reason, when the invite can't be rendered", () => {
      const template = describeCount('Hi {{#company}}there');
      assert.equal(template.text, "Can't render: template error");
      assert.match(template.detail, /^Line 1: The section `company` is never closed/);
      assert.equal(template.severity, vscode.LanguageStatusSeverity.Error);

      const frontMatter = describeCount('---\nname: Dana\n');
      assert.equal(frontMatter.text, "Can't render: front matter error");
      assert.equal(frontMatter.severity, vscode.LanguageStatusSeverity.Error);
    });
  });

  describe('language and context', () => {
    it('says which language a note is read in, and what gave it its context', () => {
      const description = describeCount('Hi Ravi, we both got stuck at O\'Hare last night and talked for hours. Keep in touch!');
      assert.match(description.detail, /Language: English \(detected\)\./);
      assert.match(description.detail, /Context: "Hi Ravi, we both got stuck at O'Hare last night/);
    });

    it('says when the wording checks do not cover the language', () => {
      const description = describeCount('田中さん、先週の東京のRustミートアップでお会いしましたね。またお話しできると嬉しいです。');
      assert.match(description.detail, /Language: Japanese \(detected\): the wording checks do not cover it/);
    });

    it('says when the language is not recognised, and how to choose one', () => {
      // Hindi in Latin letters: the detector cannot tell it (written for this test).
      const description = describeCount('Namaste Priya ji, aapka naam mere dost Rohan ne suggest kiya tha, unhone kaha ki aap data science mein kaam karti hain.');
      assert.match(description.detail, /Language: not recognised, so the wording checks are off; .* Set lang: in the front matter, or the invite\.language setting/);
    });

    it('names the front matter when lang: sets the language', () => {
      assert.match(describeCount('---\nlang: de\n---\nHallo!').detail, /Language: German \(from the front matter\)/);
    });
  });

  describe('status in the editor', () => {
    let status: CharacterCountStatus | undefined;
    let store: AnalysisStore | undefined;
    const item = sink();
    const track = () => {
      store = new AnalysisStore(() => undefined);
      return new CharacterCountStatus(item, store);
    };

    afterEach(async () => {
      status?.dispose();
      store?.dispose();
      status = undefined;
      store = undefined;
      await closeAllEditors();
    });

    after(async () => {
      await updateInviteSetting('characterLimit', undefined);
    });

    it('follows the active invite across editor switches and edits', async () => {
      const editor = await openInvite(DANA);
      status = track();
      await waitFor(() => item.text === `${DANA_LENGTH}/300`, 'the count with the first analysis');
      assert.match(String(item.detail), /^characters for Dana\. /);

      await openInvite('---\nlimit: free\n---\nWe met at KubeCon.');
      await waitFor(() => item.text === '18/200', 'the count of the second invite');

      const plain = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'not an invite' });
      await vscode.window.showTextDocument(plain);
      // The item is hidden outside invites; it keeps the last invite's count and nothing throws.
      assert.equal(item.text, '18/200');

      await vscode.window.showTextDocument(editor.document);
      await waitFor(() => item.text === `${DANA_LENGTH}/300`, 'the first invite again');

      const active = vscode.window.activeTextEditor;
      assert.ok(active);
      await active.edit((edit) => edit.insert(active.document.lineAt(4).range.end, ' Hello!'));
      assert.equal(item.text, `${DANA_LENGTH}/300`, 'the count waits for typing to pause');
      await waitFor(() => item.text === `${DANA_LENGTH + 7}/300`, 'the count after the edit');
    });

    it('shows render errors and the over-limit warning as they happen', async () => {
      const editor = await openInvite('---\nlimit: 10\n---\nWe met at KubeCon.');
      status = track();
      await waitFor(() => item.text === '18/10', 'the count with the first analysis');
      assert.equal(item.severity, vscode.LanguageStatusSeverity.Warning);

      await editor.edit((edit) => edit.insert(editor.document.positionAt(editor.document.getText().length), ' {{#open}}'));
      await waitFor(() => item.severity === vscode.LanguageStatusSeverity.Error, 'the render error');
      assert.equal(item.text, "Can't render: template error");
    });

    it('shows the count in the status bar, on a warning background over the limit, copying on click', async () => {
      const bar = vscode.window.createStatusBarItem('invite.test.countBar', vscode.StatusBarAlignment.Right);
      try {
        const editor = await openInvite('---\nname: Dana\nlimit: 20\n---\nHi {{name}}, we met at KubeCon.');
        store = new AnalysisStore(() => undefined);
        status = new CharacterCountStatus([item, new StatusBarCount(bar)], store);
        await waitFor(() => bar.text === '27/20', 'the count in the status bar');
        assert.deepEqual(bar.backgroundColor, new vscode.ThemeColor('statusBarItem.warningBackground'));
        assert.match(String(bar.tooltip), /characters for Dana.*7 over the limit.*Click to copy the invite\./s);
        assert.equal((bar.command as vscode.Command).command, 'invite.copy');
        await editor.edit((edit) => edit.replace(new vscode.Range(4, 0, 4, 100), 'Hi {{name}}.'));
        await waitFor(() => bar.text === '8/20', 'the count after the edit');
        assert.equal(bar.backgroundColor, undefined);
      } finally {
        bar.dispose();
      }
    });

    it('reads short notes in the language invite.language names', async () => {
      const { document } = await openInvite('Hola!');
      status = track();
      await waitFor(() => /English/.test(String(item.detail)), 'the default language');
      await updateInviteSetting('language', 'es');
      try {
        await waitFor(() => /Language: Spanish \(from the setting\)/.test(String(item.detail)), 'the language from the setting');
      } finally {
        await updateInviteSetting('language', undefined);
      }
      assert.equal(document.languageId, 'invite');
    });

    it('uses invite.characterLimit when the front matter sets no limit', async () => {
      await openInvite('We met at KubeCon.');
      status = track();
      await waitFor(() => item.text === '18/200', "the default limit, a free account's box");
      await updateInviteSetting('characterLimit', 300);
      await waitFor(() => item.text === '18/300', 'the new limit');
      await updateInviteSetting('characterLimit', undefined);
      await waitFor(() => item.text === '18/200', 'the default limit again');
    });

    it('keeps the registered status item working across editor switches', async () => {
      // The extension's own item cannot be read; this checks the host stays healthy around it.
      const first = await openInvite(DANA);
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'x' }));
      await vscode.window.showTextDocument(first.document);
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      assert.equal(extension?.isActive, true);
      const commands = await vscode.commands.getCommands(true);
      assert.ok(commands.includes('invite.copy'), 'the item runs invite.copy');
    });
  });
});
