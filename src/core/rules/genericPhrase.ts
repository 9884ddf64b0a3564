import { sourceSpanIn } from '../document';
import type { RenderingRule } from '../rule';

/** Stock or boilerplate wording (phrases.ts), and the user's own list of phrases to avoid. */
export const genericPhrase: RenderingRule = {
  id: 'generic-phrase',
  defaultSeverity: 'warning',
  scope: 'rendering',
  summary: 'Stock or boilerplate wording that could be sent to anyone.',
  why: 'Recipients see the same stock lines every day and skip them; a note that could go to anyone reads as if it did. One sentence on how you know them, or why them, does more than any stock line.',
  check({ document, rendering, text, hasContext, phrases }) {
    // Sign-offs like "happy to connect" are stock only as an invite's whole reason.
    const reasonless = () => document.kind === 'invite' && !hasContext();
    return phrases
      .find(text)
      .filter((hit) => !hit.phrase.onlyWithoutContext || reasonless())
      .map((hit) => {
        const quoted = rendering.mapped.text.slice(hit.start, hit.end);
        return {
          span: sourceSpanIn(rendering, hit.start, hit.end),
          message: `"${quoted}" is stock wording. ${hit.phrase.reason} Say how you know them, or why them.`,
        };
      });
  },
};
