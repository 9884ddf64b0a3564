import { locate } from '../note';
import type { RenderingRule } from '../rule';
import { CONTEXT_SENTENCES, snippetDefaults } from './genericPhrase';

/** An invite that never says how the sender knows or found the recipient. */
export const missingContext: RenderingRule = {
  id: 'missing-context',
  defaultSeverity: 'warning',
  scope: 'rendering',
  checksRawBody: false,
  summary: 'An invite that never says how you know the recipient, or why them.',
  why: 'Without a shared anchor the recipient has to guess who you are, and most decline or ignore. Naming where you met, who introduced you, or which piece of their work brought you here is what gets invites accepted.',
  check({ document, rendering, context, language }) {
    // A language the rules do not cover gets no wording finding (the status item says so).
    if (document.kind !== 'invite' || context() !== undefined || !language().checked) return [];
    const { text } = rendering.note;
    if (text.trim().length === 0) return [];
    // Point at the first line: the whole note is the problem, and a squiggle over all of it is noise.
    const firstLineEnd = text.indexOf('\n') === -1 ? text.length : text.indexOf('\n');
    const name = rendering.view.name;
    const who = typeof name === 'string' && name.trim() ? name.trim() : 'them';
    return [{
      at: locate(rendering.note, 0, Math.max(1, firstLineEnd)),
      message: `This invite never says how you know ${who} or why you want to connect. What counts: something you share or they did, named: the event, the mutual contact, the employer or school, a time, or the piece of their work that brought you here; for example "${snippetDefaults(CONTEXT_SENTENCES[document.relationship ?? 'event'])}"`,
    }];
  },
};
