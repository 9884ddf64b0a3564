import type { InviteDocument, Rendering } from '../document';
import { FIX_TITLES, frontMatterKeyEdits, recipientKeyEdit, tagAt } from '../fixes';
import { locate, type Located } from '../note';
import type { RenderingRule, RuleMatch } from '../rule';
import type { Fix } from '../types';
import { PLACEHOLDER_PATTERNS } from './placeholderPatterns';
import { allMatches } from '../normalize';

/** An unfilled slot: `[Name]`, `{Company}`, `<event>`, XXX, TODO, or a `{{var}}` with no value. */
export const placeholder: RenderingRule = {
  id: 'placeholder',
  defaultSeverity: 'error',
  scope: 'rendering',
  checksRawBody: true,
  summary: 'An unfilled slot left from a template, or a `{{variable}}` with no value.',
  why: 'A leftover "[Name]" tells the recipient the note was pasted from a template to many people. It is the one mistake that turns a personal note into spam.',
  // Slots typed into front-matter values, once per document, where they stand: YAML reads
  // `name: [Name]` as a list, and the copy would say "Name".
  checkDocument: (document) => frontMatterSlots(document),
  check({ document, rendering }) {
    const matches: RuleMatch[] = [];
    for (const variable of rendering.variables) {
      if (!variable.missing || document.fallbacks.has(variable.name) || variable.name === '.') continue;
      // mustache.js reads `{{event.city}}` as `city` inside `event`; a key written `event.city:` is never read.
      const path = variable.name.split('.');
      const key = path[path.length - 1];
      const where = path.length === 1 ? 'to the front matter' : `nested under \`${path.slice(0, -1).join(':` → `')}:\` in the front matter (a key written \`${variable.name}:\` is never read)`;
      matches.push({
        at: { span: variable.tag, anchor: variable.tag },
        message: `\`${tagAt(document, variable.tag.start, variable.name)}\` has no value: add \`${key}:\` ${where}, or write the text in.`,
        fixes: addKeyFixes(document, rendering, path),
      });
    }
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
    for (const match of allMatches(pattern, text)) found.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: typeof found = [];
  for (const slot of found) if (kept.length === 0 || slot.start >= kept[kept.length - 1].end) kept.push(slot);
  return kept;
}

/**
 * "Add `key:`": under the recipient who lacks it when another recipient has it, else to the
 * front matter. The new value is a tab stop, so the cursor lands on it; the fix is never applied
 * by fix-all, which would leave an empty key and the error in place.
 */
function addKeyFixes(document: InviteDocument, rendering: Rendering, path: readonly string[]): Fix[] {
  const name = path.join('.');
  const othersHaveIt = document.renderings.some((other) => other !== rendering && other.variables.some((v) => v.name === name && !v.missing));
  if (othersHaveIt && rendering.recipientIndex !== undefined && path.length === 1) {
    const edit = recipientKeyEdit(document, rendering.recipientIndex, path[0]);
    return edit ? [{ title: FIX_TITLES.addVariableFor(path[0], rendering.recipient ?? 'this recipient'), safe: false, preferred: true, edits: [edit] }] : [];
  }
  const keyEdits = frontMatterKeyEdits(document, [path]);
  return keyEdits && keyEdits.length > 0 ? [{ title: FIX_TITLES.addVariable(path), safe: false, preferred: true, edits: keyEdits }] : [];
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
      matches.push({ at: { span: at, anchor: at }, message: `"${match.text}" looks like an unfilled slot: replace it with the real text before sending.${list}` });
    }
  }
  return matches;
}

/** Whether the front matter gives `key` a value for every recipient. */
function hasValue(document: InviteDocument, key: string): boolean {
  return document.renderings.length > 0 && document.renderings.every((rendering) => rendering.view[key] !== undefined && rendering.view[key] !== null && rendering.view[key] !== '');
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
  // Safe for fix-all only when the key has a value already; a new key is left for the author to fill in.
  return [{ title: FIX_TITLES.slotToVariable(tag), safe: keyEdits.length === 0 && hasValue(document, key), preferred: true, edits: [...keyEdits, { start, end, text: tag }] }];
}
