// The snippets in a real VS Code: each one is offered as a completion in `invite`
// documents, and inserting it gives the text its body spells out with the defaults kept.
import * as assert from 'assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openInvite, readSnippets, updateInviteSetting, type InviteSnippet } from './helpers';

// The product: one per relationship, plus reply-don't-accept, follow-up and a front-matter skeleton.
const REQUIRED_PREFIXES = ['colleague', 'classmate', 'business', 'friend', 'event', 'mutual', 'content', 'unknown', 'reply', 'follow-up', 'frontmatter'];

type Piece = string | { index: number; children: Piece[] | undefined };

/**
 * The text a snippet inserts when every default is kept, from the snippet grammar: `$1` and
 * `${1}` are empty (or mirror a default given elsewhere for the same number), `${1:text}` is
 * its text, `${1|a,b|}` is its first choice, and `\$`, `\}`, `\\` are literal. Variables are
 * not supported: a snippet using one fails here with a clear message.
 */
function expandWithDefaults(body: string): string {
  let i = 0;
  const parse = (insidePlaceholder: boolean): Piece[] => {
    const pieces: Piece[] = [];
    let literal = '';
    const flush = () => {
      if (literal) pieces.push(literal);
      literal = '';
    };
    while (i < body.length) {
      const rest = body.slice(i);
      const escaped = /^\\([$}\\])/.exec(rest);
      if (escaped) {
        literal += escaped[1];
        i += 2;
        continue;
      }
      if (insidePlaceholder && rest.startsWith('}')) {
        i += 1;
        flush();
        return pieces;
      }
      const tabStop = /^\$(\d+)|^\$\{(\d+)\}/.exec(rest);
      const choice = /^\$\{(\d+)\|((?:[^|\\]|\\.)*)\|\}/.exec(rest);
      const placeholder = /^\$\{(\d+):/.exec(rest);
      if (tabStop) {
        flush();
        pieces.push({ index: Number(tabStop[1] ?? tabStop[2]), children: undefined });
        i += tabStop[0].length;
      } else if (choice) {
        flush();
        const first = (choice[2] ?? '').split(/(?<!\\),/)[0] ?? '';
        pieces.push({ index: Number(choice[1]), children: [first.replace(/\\([,|\\])/g, '$1')] });
        i += choice[0].length;
      } else if (placeholder) {
        flush();
        i += placeholder[0].length;
        pieces.push({ index: Number(placeholder[1]), children: parse(true) });
      } else if (/^\$\{?[A-Za-z_]/.test(rest)) {
        throw new Error(`snippet variables are not expected in invite snippets: ${rest.slice(0, 20)}`);
      } else {
        literal += body[i];
        i += 1;
      }
    }
    if (insidePlaceholder) throw new Error('a placeholder is never closed');
    flush();
    return pieces;
  };
  const pieces = parse(false);

  const defaults = new Map<number, Piece[]>();
  const collect = (list: Piece[]) => {
    for (const piece of list) {
      if (typeof piece === 'string' || !piece.children) continue;
      if (!defaults.has(piece.index)) defaults.set(piece.index, piece.children);
      collect(piece.children);
    }
  };
  collect(pieces);
  const text = (list: Piece[]): string =>
    list.map((piece) => (typeof piece === 'string' ? piece : text(piece.children ?? defaults.get(piece.index) ?? []))).join('');
  return text(pieces);
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

describe('snippets', () => {
  let snippets: InviteSnippet[];

  before(async () => {
    snippets = await readSnippets();
  });

  afterEach(async () => {
    await closeAllEditors();
  });

  it('has a snippet for every relationship, reply, follow-up and the front matter', () => {
    const prefixes = snippets.flatMap((s) => s.prefixes);
    for (const prefix of REQUIRED_PREFIXES) assert.ok(prefixes.includes(prefix), `no snippet has prefix "${prefix}"`);
  });

  it('offers every snippet as a completion in an invite document', async () => {
    const { document } = await openInvite('');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      document.uri,
      new vscode.Position(0, 0),
    );
    const offered = list.items.filter((item) => item.kind === vscode.CompletionItemKind.Snippet).map(labelOf);
    for (const snippet of snippets) {
      for (const prefix of snippet.prefixes) {
        assert.ok(offered.includes(prefix), `"${snippet.name}" (prefix "${prefix}") should be offered; snippets offered: ${offered.join(', ')}`);
      }
    }
  });

  it('expands the defaults as the snippet grammar says (checked on hand-written bodies)', () => {
    assert.equal(expandWithDefaults('Hi ${1:[Name]}, at ${2|a,b|} $3${4} \\$5 {{name}} ${5:x ${6:y}}$0'), 'Hi [Name], at a  $5 {{name}} x y');
    assert.equal(expandWithDefaults('${1:Dana} and $1'), 'Dana and Dana');
  });

  it('inserts each snippet as its text with the default values kept', async function () {
    this.timeout(60_000);
    for (const snippet of snippets) {
      const editor = await openInvite('');
      const { document } = editor;
      assert.ok(await editor.insertSnippet(new vscode.SnippetString(snippet.body)), `"${snippet.name}" should insert`);
      const text = document.getText();
      assert.equal(text, expandWithDefaults(snippet.body), `"${snippet.name}" inserted different text`);
      assert.ok(!/\$\{?\d/.test(text), `"${snippet.name}" left snippet syntax in the text`);
      assert.ok(text.trim().length > 0, `"${snippet.name}" inserted nothing`);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('inserts each snippet by name for the invite language', async function () {
    this.timeout(60_000);
    for (const snippet of snippets) {
      const { document } = await openInvite('');
      await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'invite', name: snippet.name });
      assert.equal(document.getText(), expandWithDefaults(snippet.body), `"${snippet.name}" inserted by name gave different text`);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});

describe('snippets in the note language', () => {
  afterEach(async () => {
    await closeAllEditors();
  });

  /** The snippet completions offered at the end of the document, by label and description. */
  async function snippetsOffered(content: string): Promise<{ label: string; description: string | undefined; item: vscode.CompletionItem }[]> {
    const { document } = await openInvite(content);
    const end = document.lineAt(document.lineCount - 1).range.end;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, end);
    return list.items
      .filter((item) => item.kind === vscode.CompletionItemKind.Snippet)
      .map((item) => ({ label: labelOf(item), description: typeof item.label === 'string' ? undefined : item.label.description, item }));
  }

  it('offers the German relationship snippets, under the same prefixes, in a note whose lang: is de', async () => {
    const offered = await snippetsOffered('---\nlang: de\n---\nev');
    const german = offered.filter((entry) => entry.description === 'German');
    assert.deepEqual(german.map((entry) => entry.label).sort(), ['business', 'classmate', 'colleague', 'content', 'event', 'friend', 'mutual', 'unknown']);
    const event = german.find((entry) => entry.label === 'event');
    const insertText = event?.item.insertText;
    assert.ok(insertText instanceof vscode.SnippetString, 'the German event invite inserts a snippet');
    assert.match(insertText.value, /^Hallo \$\{1:\[Name\]\}, schön, Sie auf \$\{2:\[der Veranstaltung\]\} kennengelernt zu haben\./);
  });

  it('inserts the language snippet where its prefix was typed, replacing the prefix', async () => {
    const editor = await openInvite('---\nlang: fr\n---\nevent');
    const { document } = editor;
    const end = document.lineAt(document.lineCount - 1).range.end;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, end);
    const french = list.items.find((item) => typeof item.label !== 'string' && item.label.label === 'event' && item.label.description === 'French');
    assert.ok(french && french.insertText instanceof vscode.SnippetString, 'the French event invite is offered');
    const range = french.range instanceof vscode.Range ? french.range : french.range?.replacing;
    assert.ok(range, 'it replaces the typed prefix');
    assert.equal(document.getText(range), 'event');
    assert.ok(await editor.insertSnippet(french.insertText, range));
    assert.match(document.getText(), /^---\nlang: fr\n---\nBonjour \[Prénom\], c'était un plaisir de vous rencontrer à \[événement\]\./);
  });

  it('offers none in an English note, and follows the invite.language setting', async () => {
    const english = await snippetsOffered('Hi Dana, ev');
    const languageNames = ['German', 'French', 'Spanish', 'Portuguese', 'Dutch', 'Italian'];
    assert.deepEqual(english.filter((entry) => languageNames.includes(entry.description ?? '')).map((entry) => `${entry.label} (${entry.description})`), []);
    await closeAllEditors();
    await updateInviteSetting('language', 'it');
    try {
      const italian = await snippetsOffered('Ciao');
      assert.ok(italian.some((entry) => entry.label === 'friend' && entry.description === 'Italian'), 'the Italian friend invite is offered');
    } finally {
      await updateInviteSetting('language', undefined);
    }
  });
});
