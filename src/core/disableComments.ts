import type { InviteDocument } from './document';
import type { LineIndex } from './lineIndex';

/** Rules silenced by `{{! invite-disable … }}` comments. `*` stands for every rule. */
export interface Silenced {
  file: ReadonlySet<string>;
  /** 0-based line → rules silenced on it. */
  lines: ReadonlyMap<number, ReadonlySet<string>>;
}

const DIRECTIVE = /^\s*invite-disable(-next-line)?(?![\w-])/;

/**
 * The disable comments of a document: its comment tags, read as mustache.js reads them, in the
 * delimiters in force. Tags before a syntax error still count, so silencing works while the
 * template is broken.
 */
export function readDisableComments(document: InviteDocument, lines: LineIndex): Silenced {
  const silenced = { file: new Set<string>(), lines: new Map<number, Set<string>>() };
  for (const tag of document.tags.tags) {
    if (tag.type !== '!' || tag.end === undefined) continue;
    const text = tag.name;
    const span = { start: document.bodyStart + tag.start, end: document.bodyStart + tag.end };
    const directive = DIRECTIVE.exec(text);
    if (!directive) continue;
    const ids = text.slice(directive[0].length).split(/[\s,]+/).filter(Boolean);
    const rules = ids.length > 0 ? ids : ['*'];
    if (directive[1]) {
      const line = lines.lineOf(span.end) + 1;
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
