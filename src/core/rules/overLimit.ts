import { locate } from '../note';
import type { RenderingRule } from '../rule';

/** The rendered note is longer than the note box takes. */
export const overLimit: RenderingRule = {
  id: 'over-limit',
  defaultSeverity: 'error',
  scope: 'rendering',
  checksRawBody: false,
  summary: 'The rendered message is longer than the character limit.',
  why: 'The invitation note box stops at 300 characters on Premium and 200 on a free account, so the end of the note, usually the ask, never arrives. Cut until the whole note fits.',
  check({ rendering }) {
    const { text } = rendering.note;
    const { limit } = rendering;
    if (text.length <= limit) return [];
    const over = text.length - limit;
    return [{
      // A limit that falls inside an emoji squiggles the whole emoji: locate never splits a surrogate pair.
      at: locate(rendering.note, limit, text.length),
      message: `The message is ${text.length} characters, ${over} over the limit of ${limit}: everything from here on would be cut. Shorten it by ${over}.`,
    }];
  },
};
