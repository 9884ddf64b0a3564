import { LineIndex } from './lineIndex';

/** Rules silenced by `{{! invite-disable … }}` comments. `*` stands for every rule. */
export interface Silenced {
  file: Set<string>;
  /** 0-based line → rules silenced on it. */
  lines: Map<number, Set<string>>;
}

const DISABLE_COMMENT = /\{\{!\s*invite-disable(-next-line)?(?![\w-])([^}]*)\}\}/g;

/**
 * Reads the disable comments of a source. It scans the raw text rather than mustache's tokens,
 * so silencing still works while the template has a syntax error.
 */
export function readDisableComments(source: string, lines: LineIndex): Silenced {
  const silenced: Silenced = { file: new Set(), lines: new Map() };
  if (!source.includes('invite-disable')) return silenced;
  DISABLE_COMMENT.lastIndex = 0;
  for (let match = DISABLE_COMMENT.exec(source); match; match = DISABLE_COMMENT.exec(source)) {
    const ids = match[2].split(/[\s,]+/).filter(Boolean);
    const rules = ids.length > 0 ? ids : ['*'];
    if (match[1]) {
      const line = lines.lineOf(match.index + match[0].length) + 1;
      const set = silenced.lines.get(line) ?? new Set<string>();
      rules.forEach((id) => set.add(id));
      silenced.lines.set(line, set);
    } else {
      rules.forEach((id) => silenced.file.add(id));
    }
  }
  return silenced;
}

export function isSilenced(silenced: Silenced, rule: string, line: number): boolean {
  const onLine = silenced.lines.get(line);
  return silenced.file.has('*') || silenced.file.has(rule) || (onLine !== undefined && (onLine.has('*') || onLine.has(rule)));
}
