import type { InviteDocument } from './document';
import type { LineIndex } from './lineIndex';
import { commentTags } from './template';

/** Rules silenced by `{{! invite-disable … }}` comments. `*` stands for every rule. */
export interface Silenced {
  file: ReadonlySet<string>;
  /** 0-based line → rules silenced on it. */
  lines: ReadonlyMap<number, ReadonlySet<string>>;
}

const DIRECTIVE = /^\s*invite-disable(-next-line)?(?![\w-])/;

/**
 * The disable comments of a document. They are read from the template's comment tags, so they
 * follow the delimiters in force; while the template cannot be parsed, `{{! … }}` comments are
 * read from the raw text, so silencing still works on a template with a syntax error.
 */
export function readDisableComments(document: InviteDocument, lines: LineIndex): Silenced {
  const silenced = { file: new Set<string>(), lines: new Map<number, Set<string>>() };
  const comments = document.template ? commentTags(document.template) : rawComments(document.source, document.bodyStart);
  for (const { text, span } of comments) {
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

function rawComments(source: string, bodyStart: number): { text: string; span: { start: number; end: number } }[] {
  const comments = [];
  for (let open = source.indexOf('{{!', bodyStart); open !== -1; open = source.indexOf('{{!', open + 3)) {
    const close = source.indexOf('}}', open + 3);
    if (close === -1) break;
    comments.push({ text: source.slice(open + 3, close), span: { start: open, end: close + 2 } });
  }
  return comments;
}

export function isSilenced(silenced: Silenced, rule: string, line: number): boolean {
  const onLine = silenced.lines.get(line);
  return silenced.file.has('*') || silenced.file.has(rule) || (onLine !== undefined && (onLine.has('*') || onLine.has(rule)));
}
