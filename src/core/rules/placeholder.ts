import type { InviteDocument } from '../document';
import { FIX_TITLES, frontMatterKeyEdits, tagAt } from '../fixes';
import { locate, type Located } from '../note';
import type { RenderingRule, RuleMatch } from '../rule';
import type { Fix } from '../types';
import { PLACEHOLDER_PATTERNS } from './placeholderPatterns';

/** An unfilled slot: `[Name]`, `{Company}`, `<event>`, XXX, TODO, or a `{{var}}` with no value. */
export const placeholder: RenderingRule = {
  id: 'placeholder',
  defaultSeverity: 'error',
  scope: 'rendering',
  checksRawBody: true,
  summary: 'An unfilled slot left from a template, or a `{{variable}}` with no value.',
  why: 'A leftover "[Name]" tells the recipient the note was pasted from a template to many people. It is the one mistake that turns a personal note into spam.',
  check({ document, rendering }) {
    const matches: RuleMatch[] = [];
    for (const variable of rendering.variables) {
      if (!variable.missing || document.fallbacks.has(variable.name) || variable.name === '.') continue;
      // mustache.js reads `{{event.city}}` as `city` inside `event`; a key written `event.city:` is never read.
      const path = variable.name.split('.');
      const key = path[path.length - 1];
      const where = path.length === 1 ? 'to the front matter' : `nested under \`${path.slice(0, -1).join(':` → `')}:\` in the front matter (a key written \`${variable.name}:\` is never read)`;
      const keyEdits = frontMatterKeyEdits(document, [path]);
      matches.push({
        at: { span: variable.tag, anchor: variable.tag },
        message: `\`${tagAt(document, variable.tag.start, variable.name)}\` has no value: add \`${key}:\` ${where}, or write the text in.`,
        fixes: keyEdits && keyEdits.length > 0 ? [{ title: FIX_TITLES.addVariable(path), safe: true, preferred: true, edits: keyEdits }] : [],
      });
    }
    // Slots typed into front-matter values, once per document (the first rendering), as typed:
    // YAML reads `name: [Name]` as a list, and the copy would say "Name".
    if (rendering === document.renderings[0] || rendering.raw) matches.push(...frontMatterSlots(document));
    const { note } = rendering;
    for (const match of slots(note.text, rendering.raw === true)) {
      const at = locate(note, match.start, match.end);
      matches.push({
        at,
        message: `"${match.text}" looks like an unfilled slot: replace it with the real text before sending.`,
        fixes: slotFixes(document, at),
      });
    }
    return matches;
  },
};

/**
 * Every slot in the text, left to right. Where two patterns match overlapping text, as the
 * INSERT … HERE inside [INSERT NAME HERE], the one that starts first (then the longer) is the slot.
 */
function slots(text: string, raw: boolean): { start: number; end: number; text: string }[] {
  const found: { start: number; end: number; text: string }[] = [];
  for (const { pattern, renderedOnly } of PLACEHOLDER_PATTERNS) {
    if (raw && renderedOnly) continue;
    for (const match of text.matchAll(pattern)) found.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: typeof found = [];
  for (const slot of found) if (kept.length === 0 || slot.start >= kept[kept.length - 1].end) kept.push(slot);
  return kept;
}

/** Unfilled slots in the front matter's values, where they stand. */
function frontMatterSlots(document: InviteDocument): RuleMatch[] {
  const matches: RuleMatch[] = [];
  for (const span of document.frontMatter.valueSpans) {
    const typed = document.source.slice(span.start, span.end);
    for (const match of slots(typed, false)) {
      const at = { start: span.start + match.start, end: span.start + match.end };
      const list = /^[[{]/.test(typed) && match.start === 0 && match.end === typed.length
        ? ' YAML reads brackets at the start of a value as a list or map, so the copy would show the words alone.'
        : '';
      matches.push({ at: { span: at, anchor: at }, message: `"${match.text}" looks like an unfilled slot: replace it with the real text before sending.${list}`, wholeDocument: true });
    }
  }
  return matches;
}

const CLOSING_BRACKET: Readonly<Record<string, string>> = { '[': ']', '{': '}', '<': '>' };

/**
 * The front-matter key for a bracket-style slot: its words, lower-cased, joined by `_`.
 * `[Your Name]` → `your_name`, `{Company}` → `company`. Undefined for any other text.
 */
export function slotKey(slot: string): string | undefined {
  const close = CLOSING_BRACKET[slot[0]];
  if (close === undefined || !slot.endsWith(close) || slot.length < 3) return undefined;
  const words = slot.slice(1, -1).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.length > 0 ? words.join('_') : undefined;
}

/** "Turn into {{key}} and add it to the front matter", for a bracket slot typed in the body. */
function slotFixes(document: InviteDocument, at: Located): Fix[] {
  const { start, end } = at.span;
  if (start < document.bodyStart || start !== at.anchor.start || end !== at.anchor.end) return [];
  const key = slotKey(document.source.slice(start, end));
  const keyEdits = key === undefined ? undefined : frontMatterKeyEdits(document, [[key]]);
  if (key === undefined || keyEdits === undefined) return [];
  const tag = tagAt(document, start, key);
  return [{ title: FIX_TITLES.slotToVariable(tag), safe: true, preferred: true, edits: [...keyEdits, { start, end, text: tag }] }];
}
