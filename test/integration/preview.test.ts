// The preview in a real VS Code: it opens beside an invite, shows the rendered note escaped,
// follows edits, switches recipient, copies, and reveals a problem in the editor.
import * as assert from 'assert/strict';
import * as vscode from 'vscode';
import { escapeHtml, initialsOf } from '../../src/editor/preview';
import type { InviteWriterApi } from '../../src/extension';
import { EXTENSION_ID, closeAllEditors, openInvite, restoreAll, stubMessages, waitFor } from './helpers';

/** The extension's own preview (this suite's copy of the module is another instance). */
const current = () => vscode.extensions.getExtension<InviteWriterApi>(EXTENSION_ID)?.exports.preview();
type Preview = NonNullable<ReturnType<typeof current>>;

const PEOPLE = '---\nrecipients:\n  - name: Omar\n    event: PyCon\n  - name: Lee\n---\nHi {{name}}, we met at {{event}}. <script>alert(1)</script> <img src=x onerror=alert(2)>\nBest, Sam Rivera\n';

async function openPreview(content: string, shows = content.includes('Dana') ? 'Dana' : content.includes('Omar') ? 'Omar' : 'KubeCon'): Promise<{ document: vscode.TextDocument; preview: Preview }> {
  const { document } = await openInvite(content);
  await vscode.commands.executeCommand('invite.showPreviewToSide');
  await waitFor(() => (current()?.html ?? '').includes(shows), 'the preview');
  return { document, preview: current()! };
}

describe('preview', () => {
  afterEach(async () => {
    await restoreAll();
    await closeAllEditors();
  });

  it('opens beside the invite with the rendered note, every piece of text escaped, under a strict policy', async () => {
    const { preview } = await openPreview(PEOPLE);
    const { html } = preview;
    assert.match(html, /Hi Omar, we met at PyCon\. &#60;script&#62;alert\(1\)&#60;\/script&#62; &#60;img src=x onerror=alert\(2\)&#62;/);
    assert.ok(!html.includes('<script>alert'), 'no markup from the note');
    assert.ok(!html.includes('<img'), 'no markup from the note');
    assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src [^;]+ 'nonce-[0-9a-f]{32}'; script-src 'nonce-[0-9a-f]{32}';/);
    assert.equal((html.match(/<script /g) ?? []).length, 1, 'only the extension\'s own script');
    assert.match(html, /class="avatar"[^>]*>SR</, "the sender's initials from the sign-off");
    assert.match(html, /\d+ \/ 200/);
  });

  it('updates after an edit', async () => {
    const { document, preview } = await openPreview('Hi Dana, we met at KubeCon last week.\n');
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === document)!;
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Hello! '));
    await waitFor(() => preview.html.includes('Hello! Hi Dana'), 'the edited note in the preview');
    assert.match(preview.html, /44 \/ 200/);
  });

  it('follows the active invite editor', async () => {
    const { preview } = await openPreview('Hi Dana, we met at KubeCon last week.\n');
    const { document: other } = await openInvite('Hi Ravi, we met at RustConf last month.\n');
    await vscode.window.showTextDocument(other, vscode.ViewColumn.One);
    await waitFor(() => (current()?.html ?? '').includes('Hi Ravi, we met at RustConf'), 'the preview to follow the active invite');
    assert.equal(current(), preview, 'the same panel, showing the other invite');
  });

  it('switches recipient, each with their own count and problems', async () => {
    const { preview } = await openPreview(PEOPLE);
    const options = /<option value="0" selected>Omar: \d+ \/ 200, (\d+) problems?<\/option><option value="1">Lee: \d+ \/ 200, (\d+) problems?<\/option>/.exec(preview.html);
    assert.ok(options, 'a switcher with each recipient, their count and their problems');
    assert.equal(Number(options[2]), Number(options[1]) + 1, 'Lee also lacks {{event}}');
    await preview.receive({ type: 'recipient', index: 1 });
    assert.match(preview.html, /Hi Lee, we met at \./);
    assert.match(preview.html, /has no value/);
  });

  it('copies the note on show with its Copy button', async () => {
    const { preview } = await openPreview('Hi Dana, we met at KubeCon last week.\n');
    stubMessages();
    await vscode.env.clipboard.writeText('sentinel');
    await preview.receive({ type: 'copy' });
    for (let tries = 0; (await vscode.env.clipboard.readText()) !== 'Hi Dana, we met at KubeCon last week.'; tries++) {
      assert.ok(tries < 100, 'the copied note');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });

  it('marks the part that would be cut, and lists the problems; clicking one selects it in the editor', async () => {
    const { document, preview } = await openPreview(`---\nlimit: 20\n---\nHi [Name], we met at KubeCon last week.\n`);
    assert.match(preview.html, /Hi \[Name\], we met at<mark class="cut" title="Cut: over the limit"> KubeCon last week\.<\/mark>/);
    assert.match(preview.html, /over the limit/);
    const start = document.getText().indexOf('[Name]');
    await preview.receive({ type: 'reveal', start, end: start + 6 });
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document, document);
    assert.equal(editor && document.getText(editor.selection), '[Name]');
  });

  it('escapes and initials by hand-checked example', () => {
    assert.equal(escapeHtml('<b>"AT&T"</b>'), '&#60;b&#62;&#34;AT&#38;T&#34;&#60;/b&#62;');
    assert.equal(initialsOf('Hi Dana.\nBest, Sam Rivera'), 'SR');
    assert.equal(initialsOf('Hi Dana, we met.'), 'Me');
  });
});
