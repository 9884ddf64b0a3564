import * as vscode from 'vscode';
import { ruleById, type Finding } from '../core';
import type { AnalysisStore } from './analysis';
import { ruleDocsUri } from './diagnostics';
import { COMMANDS } from './ids';
import { INVITE_SELECTOR } from './language';

/** VS Code's own command that opens a Markdown file rendered. */
const MARKDOWN_PREVIEW_COMMAND = 'markdown.showPreview';

/**
 * Escapes markdown outside `code spans`: rule texts use backticks on purpose, but a quoted slot
 * such as "[Name]" or "<event>" must show as typed. (MarkdownString.appendText would also turn
 * every space into a non-breaking one.)
 */
export function escapeMarkdownKeepingCode(text: string): string {
  return text
    .split(/(`[^`\n]*`)/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/[\\*_[\]<>#|~]/g, '\\$&')))
    .join('');
}

/**
 * Explains the rule behind a squiggle: its id, why it matters, a link to the rule's page and a
 * one-click way to silence it for the file. The editor's own problem hover shows the message
 * just above; this adds the reasons and the ways out, and does not repeat it.
 */
export function describeFinding(finding: Pick<Finding, 'rule' | 'message' | 'severity'>, documentUri?: vscode.Uri): vscode.MarkdownString {
  const rule = ruleById(finding.rule);
  const markdown = new vscode.MarkdownString();
  // VS Code shows the diagnostic's own message above this: the rule's why is said here, once.
  markdown.appendMarkdown(`**Invite Writer: \`${finding.rule}\`** (${finding.severity})\n\n`);
  if (rule) markdown.appendMarkdown(`${escapeMarkdownKeepingCode(rule.why)}\n\n`);
  // The rule's page opens rendered, in VS Code's Markdown preview, not as Markdown source.
  const preview = `command:${MARKDOWN_PREVIEW_COMMAND}?${encodeURIComponent(JSON.stringify([ruleDocsUri(finding.rule).toString()]))}`;
  const links = [`[Rule documentation](${preview})`];
  if (documentUri) {
    const args = encodeURIComponent(JSON.stringify([documentUri.toString(), finding.rule]));
    links.push(`[Disable ${finding.rule} for this file](command:${COMMANDS.disableRuleForFile}?${args})`);
  }
  markdown.isTrusted = { enabledCommands: documentUri ? [MARKDOWN_PREVIEW_COMMAND, COMMANDS.disableRuleForFile] : [MARKDOWN_PREVIEW_COMMAND] };
  markdown.appendMarkdown(links.join(' · '));
  return markdown;
}

export class FindingHoverProvider implements vscode.HoverProvider {
  constructor(private readonly store: AnalysisStore) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    // Offsets from an older version of the text would point at the wrong words.
    const latest = this.store.latest(document);
    if (!latest || latest.version !== document.version) return undefined;
    const offset = document.offsetAt(position);
    const here = latest.analysis.findings
      .map((finding) => ({ ...finding, start: finding.span.start, end: finding.span.end }))
      .filter((f) => f.start <= offset && (offset < f.end || (offset === f.end && f.start === f.end)));
    if (here.length === 0) return undefined;
    // One entry per rule at this spot: its why is the same for every finding of it.
    const seen = new Set<string>();
    const contents: vscode.MarkdownString[] = [];
    for (const finding of here) {
      if (seen.has(finding.rule)) continue;
      seen.add(finding.rule);
      contents.push(describeFinding(finding, document.uri));
    }
    const start = Math.min(...here.map((f) => f.start));
    const end = Math.max(...here.map((f) => f.end));
    return new vscode.Hover(contents, new vscode.Range(document.positionAt(start), document.positionAt(end)));
  }
}

export function registerHover(context: vscode.ExtensionContext, store: AnalysisStore): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider(INVITE_SELECTOR, new FindingHoverProvider(store)));
}
