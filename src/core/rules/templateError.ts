import type { DocumentRule } from '../rule';

/**
 * Mustache syntax errors and front-matter problems, at their exact position, and template
 * problems that do not stop rendering (a partial, a comment in replaced delimiters).
 */
export const templateError: DocumentRule = {
  id: 'template-error',
  defaultSeverity: 'error',
  scope: 'document',
  summary: 'A mustache syntax error or a front-matter problem.',
  why: 'A broken template or front matter cannot be rendered, so nothing can be copied until it is fixed. The squiggle sits on the exact spot.',
  check(document) {
    return [...document.problems, ...document.valueProblems, ...document.templateNotices]
      .map((problem) => ({ at: { span: problem.span, anchor: problem.span }, message: problem.message, fixes: problem.fixes }));
  },
};
