// A document far larger than any note is never checked, counted or copied: the extension says
// so instead of holding up the editor.
import * as assert from 'assert/strict';
import * as vscode from 'vscode';
import { MAX_DOCUMENT_LENGTH } from '../../src/core';
import { AnalysisStore } from '../../src/editor/analysis';
import { describeDocument } from '../../src/editor/characterCount';
import { DEFAULT_SENTENCE, closeAllEditors, inviteDiagnostics, openInvite, restoreAll, stubMessages, waitForDiagnostics } from './helpers';

describe('a document too large to check', () => {
  const huge = `${DEFAULT_SENTENCE}\n${'We met at KubeCon. '.repeat(Math.ceil(MAX_DOCUMENT_LENGTH / 19) + 100)}`;

  afterEach(async () => {
    await restoreAll();
    await closeAllEditors();
  });

  it('gets no squiggles, while a small invite opened after it does', async () => {
    const { document: large } = await openInvite(huge);
    const { document: small } = await openInvite(DEFAULT_SENTENCE);
    // Documents are linted in the order they open, so the large one has been handled by now.
    await waitForDiagnostics(small.uri, (all) => all.some((d) => d.code !== undefined), 'the small invite to be linted');
    assert.deepEqual(inviteDiagnostics(large.uri), []);
  });

  it('says so in the character count', async () => {
    const { document } = await openInvite(huge);
    const store = new AnalysisStore(() => undefined);
    try {
      const description = describeDocument(document, store);
      assert.equal(description?.text, 'Too large to check');
      assert.match(description?.detail ?? '', /checks and copies documents of up to 65,536/);
      assert.equal(description?.severity, vscode.LanguageStatusSeverity.Warning);
    } finally {
      store.dispose();
    }
  });

  it('refuses to copy it, with a reason, and leaves the clipboard alone', async () => {
    const { document } = await openInvite(huge);
    await vscode.env.clipboard.writeText('sentinel');
    const shown = stubMessages();
    const version = document.version;
    await vscode.commands.executeCommand('invite.copy');
    assert.equal(await vscode.env.clipboard.readText(), 'sentinel');
    assert.equal(shown.length, 1);
    assert.equal(shown[0].kind, 'error');
    assert.match(shown[0].message, /^Can't copy: .*This document has [\d,]+ characters/);
    assert.equal(document.version, version, 'the document is not edited');
  });
});
