import * as vscode from 'vscode';

/** One snippet of a `.code-snippets` file: what it inserts, and what it is for. */
export interface Snippet {
  /** The body, its lines joined with `\n`, in VS Code's snippet syntax. */
  body: string;
  description: string | undefined;
}

/** One entry of a `.code-snippets` file, as far as the extension reads it. */
interface SnippetEntry {
  prefix?: string | string[];
  body?: string | string[];
  description?: string;
}

/**
 * The snippets of a `.code-snippets` file in the extension, by prefix. Read through
 * `workspace.fs`, not Node's fs, so it also works in a web extension host. Throws when the file
 * cannot be read or is not a JSON object of snippets.
 */
export async function readSnippets(extensionUri: vscode.Uri, path: readonly string[]): Promise<Map<string, Snippet>> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...path));
  return snippetsByPrefix(new TextDecoder().decode(bytes));
}

/** Parses a `.code-snippets` file (plain JSON) into its snippets by prefix; the first of a prefix wins. Throws on bad JSON. */
function snippetsByPrefix(text: string): Map<string, Snippet> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`it is not valid JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error('it is not a JSON object of snippets');
  }
  const snippets = new Map<string, Snippet>();
  for (const entry of Object.values(parsed) as SnippetEntry[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const body = Array.isArray(entry.body) ? entry.body.join('\n') : entry.body;
    if (typeof body !== 'string') continue;
    const description = typeof entry.description === 'string' ? entry.description : undefined;
    const prefixes = Array.isArray(entry.prefix) ? entry.prefix : [entry.prefix];
    for (const prefix of prefixes) {
      if (typeof prefix === 'string' && !snippets.has(prefix)) snippets.set(prefix, { body, description });
    }
  }
  return snippets;
}
