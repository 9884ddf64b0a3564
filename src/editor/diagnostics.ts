import * as vscode from 'vscode';
import type { Finding, Severity } from '../core';
import type { AnalysisStore } from './analysis';
import { DIAGNOSTIC_SOURCE, EXTENSION_ID, RULE_DOCS_WEB_BASE } from './ids';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/**
 * The documentation page of a rule: the target of each diagnostic's code link and the hover's
 * link. The pages ship inside the extension (docs/rules/), so the link opens offline too.
 */
export function ruleDocsUri(ruleId: string): vscode.Uri {
  const installed = vscode.extensions.getExtension(EXTENSION_ID)?.extensionUri;
  return installed
    ? vscode.Uri.joinPath(installed, 'docs', 'rules', `${ruleId}.md`)
    : vscode.Uri.parse(`${RULE_DOCS_WEB_BASE}${encodeURIComponent(ruleId)}.md`);
}

/** A finding as a diagnostic on the document it was found in. */
export function toDiagnostic(document: vscode.TextDocument, finding: Finding): vscode.Diagnostic {
  const range = new vscode.Range(document.positionAt(finding.span.start), document.positionAt(finding.span.end));
  const diagnostic = new vscode.Diagnostic(range, finding.message, SEVERITY[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: finding.rule, target: ruleDocsUri(finding.rule) };
  return diagnostic;
}

/** The rule id of one of our diagnostics, or undefined for anyone else's. */
export function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const code = diagnostic.code;
  // Diagnostics that made a round trip through the workbench carry the code as a plain value.
  const value = typeof code === 'object' && code !== null ? code.value : code;
  return value === undefined ? undefined : String(value);
}

/** Publishes each analysis's findings as diagnostics. */
export function registerDiagnostics(context: vscode.ExtensionContext, store: AnalysisStore): void {
  const collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  context.subscriptions.push(
    collection,
    store.onDidChange((document) => {
      const latest = store.latest(document);
      if (latest) collection.set(document.uri, latest.analysis.findings.map((finding) => toDiagnostic(document, finding)));
    }),
    store.onDidForget((uri) => collection.delete(uri)),
  );
}
