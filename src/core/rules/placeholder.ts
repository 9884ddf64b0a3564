import { sourceSpanIn } from '../document';
import { PLACEHOLDER_SCANS } from '../placeholderPatterns';
import type { RenderingRule, RuleMatch } from '../rule';

/** An unfilled slot: `[Name]`, `{Company}`, `<event>`, XXX, TODO, or a `{{var}}` with no value. */
export const placeholder: RenderingRule = {
  id: 'placeholder',
  defaultSeverity: 'error',
  scope: 'rendering',
  summary: 'An unfilled slot left from a template, or a `{{variable}}` with no value.',
  why: 'A leftover "[Name]" tells the recipient the note was pasted from a template to many people. It is the one mistake that turns a personal note into spam.',
  check({ document, rendering }) {
    const matches: RuleMatch[] = [];
    for (const variable of rendering.variables) {
      if (!variable.missing || document.fallbacks.has(variable.name)) continue;
      matches.push({
        span: variable.tag,
        message: `\`{{${variable.name}}}\` has no value: add \`${variable.name}:\` to the front matter, or write the text in.`,
      });
    }
    const text = rendering.mapped.text;
    for (const pattern of PLACEHOLDER_SCANS) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        matches.push({
          span: sourceSpanIn(rendering, match.index, match.index + match[0].length),
          message: `"${match[0]}" looks like an unfilled slot: replace it with the real text before sending.`,
        });
      }
    }
    return matches;
  },
};
