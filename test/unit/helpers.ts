import { lint, type JsonFinding as Finding, type LintOptions } from '../../src/core';

/** Findings of one rule only. */
export function findingsOf(rule: string, source: string, options?: LintOptions): Finding[] {
  return lint(source, options).filter((finding) => finding.rule === rule);
}

/** The source text a single-line finding covers. */
export function coveredText(source: string, finding: Finding): string {
  const lines = source.split('\n');
  if (finding.line === finding.endLine) return lines[finding.line - 1].slice(finding.column - 1, finding.endColumn - 1);
  const first = lines[finding.line - 1].slice(finding.column - 1);
  const middle = lines.slice(finding.line, finding.endLine - 1);
  const last = lines[finding.endLine - 1].slice(0, finding.endColumn - 1);
  return [first, ...middle, last].join('\n');
}
