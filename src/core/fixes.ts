import { delimitersAt, type InviteDocument } from './document';
import { parseFrontMatter } from './frontMatter';
import type { Fix, SourceEdit } from './types';

/** Fix titles, in one place: the editor's quick fixes and `lint --format json` show them. */
export const FIX_TITLES = {
  replacePhrase: 'Replace with how you know them',
  removePhrase: 'Remove the stock phrase',
  slotToVariable: (tag: string) => `Turn into ${tag} and add it to the front matter`,
  addVariableFor: (key: string, recipient: string) => `Add \`${key}:\` for ${recipient}`,
  addVariable: (path: readonly string[]) =>
    (path.length === 1 ? `Add \`${path[0]}:\` to the front matter` : `Add \`${path[path.length - 1]}:\` under \`${path.slice(0, -1).join(':` → `')}:\` in the front matter`),
  disableForFile: (rule: string) => `Disable ${rule} for this file`,
  disableForLine: (rule: string) => `Disable ${rule} for this line`,
} as const;

/** The offset where the line holding `offset` starts. */
export function lineStartOf(document: InviteDocument, offset: number): number {
  return document.lines.lineStart(document.lines.lineOf(offset));
}

/** A tag in the delimiters in force at `offset`: `{{name}}`, or `<%name%>` after `{{=<% %>=}}`. */
export function tagAt(document: InviteDocument, offset: number, inner: string): string {
  const { open, close } = delimitersAt(document, offset);
  return `${open}${inner}${close}`;
}

/**
 * Edits that add empty keys to the front matter, creating it when the document has none. A key
 * is a path: `['event', 'city']` is written as `city:` nested under `event:`, which is what
 * mustache.js reads for `{{event.city}}`. Keys whose first part is there already are left out;
 * undefined when a nested key would have to go inside an existing map, or the front matter is
 * not closed.
 */
export function frontMatterKeyEdits(document: InviteDocument, keys: readonly (readonly string[])[]): SourceEdit[] | undefined {
  const { frontMatter, source, eol } = document;
  const fresh = new Map<string, readonly string[]>();
  for (const path of keys) {
    if (!(path[0] in frontMatter.data)) fresh.set(path.join('.'), path);
    else if (path.length > 1) return undefined;
  }
  if (fresh.size === 0) return [];
  if (frontMatter.present && frontMatter.closingLineStart < 0) return undefined;
  // Each new key's value is a tab stop, so the cursor lands where the value goes.
  const keyLines = (valueOf: (stop: number) => string) => [...fresh.values()]
    .map((path, index) => path.map((part, depth) => `${'  '.repeat(depth)}${part}:${depth === path.length - 1 ? ` ${valueOf(index + 1)}` : ''}${eol}`).join(''))
    .join('');
  const text = keyLines(() => '');
  const snippet = keyLines((stop) => `\${${stop}}`);
  if (frontMatter.present) return [{ start: frontMatter.closingLineStart, end: frontMatter.closingLineStart, text, snippet }];
  const start = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  return [{ start, end: start, text: `---${eol}${text}---${eol}`, snippet: `---${eol}${snippet}---${eol}` }];
}

/** The edit that adds a key, with its value a tab stop, to one recipient's entry; undefined where that entry is not a block map. */
export function recipientKeyEdit(document: InviteDocument, recipientIndex: number, key: string): SourceEdit | undefined {
  const entry = document.frontMatter.recipientEntries[recipientIndex];
  if (!entry) return undefined;
  const { insertAt, indent } = entry;
  return { start: insertAt, end: insertAt, text: `${indent}${key}: ${document.eol}`, snippet: `${indent}${key}: \${1}${document.eol}` };
}

/** "Disable R for this line" (when the finding stands in the body) and "Disable R for this file". */
export function disableFixes(document: InviteDocument, rule: string, anchorStart: number): Fix[] {
  const { source, bodyStart, frontMatter, eol } = document;
  const fixes: Fix[] = [];
  // A comment line inside the front matter would break its YAML: findings there get the file-wide switch only.
  if (anchorStart >= bodyStart) {
    const lineStart = lineStartOf(document, anchorStart);
    let indentEnd = lineStart;
    while (source[indentEnd] === ' ' || source[indentEnd] === '\t') indentEnd++;
    const indent = source.slice(lineStart, indentEnd);
    const comment = tagAt(document, lineStart, `! invite-disable-next-line ${rule} `);
    fixes.push({ title: FIX_TITLES.disableForLine(rule), safe: false, edits: [{ start: lineStart, end: lineStart, text: `${indent}${comment}${eol}` }] });
  }
  if (!frontMatter.present || frontMatter.closingLineStart >= 0) {
    const at = bodyStart;
    const comment = tagAt(document, at, `! invite-disable ${rule} `);
    const text = at > 0 && source[at - 1] !== '\n' ? `${eol}${comment}` : `${comment}${eol}`;
    fixes.push({ title: FIX_TITLES.disableForFile(rule), safe: false, edits: [{ start: at, end: at, text }] });
  }
  return fixes;
}

/** The source with edits applied; they must not overlap. */
export function applyEdits(source: string, edits: readonly SourceEdit[]): string {
  let result = source;
  for (const edit of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

/** Whether edits that touch the front matter leave it readable, as YAML with no problem. */
export function keepsFrontMatterValid(document: InviteDocument, edits: readonly SourceEdit[]): boolean {
  if (edits.every((edit) => edit.start >= document.bodyStart)) return true;
  return parseFrontMatter(applyEdits(document.source, edits)).problems.length === 0;
}
