/**
 * The core of Invite Writer, shared by the editor, the command line and any other tool.
 * Pure TypeScript: no `vscode`, no Node built-ins.
 */
export { lint, lintWithOffsets, resolveSeverities, type LocatedFinding } from './lint';
export { render, type RenderResult, type RenderProblem } from './render';
export { readInvite, type InviteDocument, type Rendering } from './document';
export { parseFrontMatter, type FrontMatter } from './frontMatter';
export { RULES, RULE_IDS, ruleById } from './rules';
export { STOCK_PHRASES } from './phrases';
export { usablePhrases, STOCK_PHRASE_SOURCE, STOCK_SCAN_AS_WRITTEN, MAX_USER_PHRASES, MAX_USER_PHRASE_LENGTH } from './phraseMatcher';
export { LineIndex } from './lineIndex';
export * from './types';
