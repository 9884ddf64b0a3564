/**
 * The core of Invite Writer, shared by the editor, the command line and any other tool.
 * Pure TypeScript: no `vscode`, no Node built-ins.
 *
 * The pipeline reads one way: parse (frontMatter.ts, template.ts) → notes (document.ts: each
 * recipient's rendering with a per-unit map to the source) → rules (rules/) → findings with
 * their fixes (lint.ts).
 */
export { analyze, lint, toJson, resolveSeverities, usablePhrases, tooLargeMessage, MAX_USER_PHRASES, MAX_USER_PHRASE_LENGTH, type Analysis, type RenderedNote } from './lint';
export { render, type RenderResult, type RenderProblem } from './render';
export { applyEdits, FIX_TITLES } from './fixes';
export { fixAll, differingSpan } from './fixAll';
export { RULES, RULE_IDS, ruleById } from './rules';
export { snippetDefaults } from './rules/genericPhrase';
export { LineIndex } from './lineIndex';
export { WORDING_LANGUAGES, type NoteLanguage } from './language';
export * from './types';
