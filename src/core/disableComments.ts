import { LineIndex } from './lineIndex';

/** Rules silenced by `{{! invite-disable … }}` comments. `*` stands for every rule. */
export interface Silenced {
  file: ReadonlySet<string>;
  /** 0-based line → rules silenced on it. */
  lines: ReadonlyMap<number, ReadonlySet<string>>;
}

/** What a document without disable comments silences: shared, as it is only ever read. */
const NOTHING_SILENCED: Silenced = { file: new Set(), lines: new Map() };

const DIRECTIVE = /^\{\{!\s*invite-disable(-next-line)?(?![\w-])/;

/**
 * Reads the disable comments of a source. It scans the raw text rather than mustache's tokens,
 * so silencing still works while the template has a syntax error. Each comment is found with
 * indexOf, so a comment that is never closed costs one scan, not one per position.
 */
export function readDisableComments(source: string, lines: LineIndex): Silenced {
  if (!source.includes('invite-disable')) return NOTHING_SILENCED;
  const silenced = { file: new Set<string>(), lines: new Map<number, Set<string>>() };
  for (let open = source.indexOf('{{!'); open !== -1; open = source.indexOf('{{!', open + 3)) {
    const close = source.indexOf('}}', open + 3);
    if (close === -1) break;
    const comment = source.slice(open, close + 2);
    const directive = DIRECTIVE.exec(comment);
    if (!directive) continue;
    const ids = comment.slice(directive[0].length, -2).split(/[\s,]+/).filter(Boolean);
    const rules = ids.length > 0 ? ids : ['*'];
    if (directive[1]) {
      const line = lines.lineOf(close + 2) + 1;
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
