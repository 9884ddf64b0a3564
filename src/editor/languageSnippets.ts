import * as vscode from 'vscode';
import { snippetDefaults, WORDING_LANGUAGES } from '../core';
import type { AnalysisStore } from './analysis';
import { INVITE_SELECTOR } from './language';
import { readSnippets, type Snippet } from './snippetFiles';

/** Where the relationship snippets of each covered language but English are: `<code>.code-snippets`, under the English prefixes. */
const FOLDER = ['snippets', 'languages'] as const;
/** English's own snippets are contributed in package.json, for every invite. */
const OFFERED = new Set<string>(WORDING_LANGUAGES.filter((code) => code !== 'en'));

/**
 * The relationship snippets in the note's language: typing `event` in a note whose language is
 * German (its `lang:`, the `invite.language` setting, or detected) offers the German event
 * invite beside the English one. Only the note's own language is offered, so the suggestion list
 * gains one entry per relationship, and none at all in English notes.
 */
export function registerLanguageSnippets(context: vscode.ExtensionContext, store: AnalysisStore): void {
  // Each language's file is read once, when a note in that language first asks for it.
  const files = new Map<string, Promise<Map<string, Snippet>>>();
  const snippetsOf = (code: string) => {
    let file = files.get(code);
    if (!file) files.set(code, (file = readSnippets(context.extensionUri, [...FOLDER, `${code}.code-snippets`])));
    return file;
  };
  context.subscriptions.push(
    vscode.languages.registerCompletionItemProvider(INVITE_SELECTOR, {
      async provideCompletionItems(document, position) {
        // The analysis last published is enough to know the language: suggesting re-checks nothing.
        const language = (store.latest(document)?.analysis ?? store.current(document))?.notes[0]?.language;
        if (!language || !OFFERED.has(language.code)) return [];
        let snippets: Map<string, Snippet>;
        try {
          snippets = await snippetsOf(language.code);
        } catch {
          // A broken install: the English snippets still work, and New Invite reports the file.
          files.delete(language.code);
          return [];
        }
        const range = document.getWordRangeAtPosition(position, /[\w-]+/);
        return [...snippets].map(([prefix, { body, description }]) => {
          const item = new vscode.CompletionItem({ label: prefix, description: language.name }, vscode.CompletionItemKind.Snippet);
          item.insertText = new vscode.SnippetString(body);
          item.detail = description;
          item.documentation = new vscode.MarkdownString().appendCodeblock(snippetDefaults(body), 'invite');
          if (range) item.range = range;
          return item;
        });
      },
    }),
  );
}
