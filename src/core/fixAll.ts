import { applyEdits } from './fixes';
import { analyze } from './lint';
import type { LintOptions } from './types';

/** More rounds than any document needs: each round removes a finding, and a note has a handful. */
const MAX_ROUNDS = 200;

/**
 * The source with every safe fix applied, as fix-all and `lint --fix` apply them. One fix is
 * applied per round and the document is checked again, so fixes that touch the same place (two
 * slots that each add a front-matter key) build on each other instead of colliding.
 */
export function fixAll(source: string, options: LintOptions = {}): string {
  let text = source;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const fix = analyze(text, options).findings.flatMap((finding) => finding.fixes).find((candidate) => candidate.safe);
    if (!fix) break;
    const next = applyEdits(text, fix.edits);
    if (next === text) break;
    text = next;
  }
  return text;
}

/**
 * The one edit that turns `before` into `after`: the stretch between their common start and
 * common end. Offsets are UTF-16 units of `before`; undefined when they are equal.
 */
export function differingSpan(before: string, after: string): { start: number; end: number; text: string } | undefined {
  if (before === after) return undefined;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { start, end: before.length - end, text: after.slice(start, after.length - end) };
}
