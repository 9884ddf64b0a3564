import type { InviteDocument, Rendering } from './document';
import type { MatchableText } from './normalize';
import type { PhraseMatcher } from './phraseMatcher';
import type { Severity, SourceSpan } from './types';

/** What a rule sees for one recipient's rendering. */
export interface RenderingContext {
  document: InviteDocument;
  rendering: Rendering;
  /** The rendered text as the phrase and context scans read it. */
  text: MatchableText;
  /** Whether the text names a shared anchor: looked for on the first call only, since most rules never ask. */
  hasContext(): boolean;
  phrases: PhraseMatcher;
}

export interface RuleMatch {
  span: SourceSpan;
  message: string;
}

export interface RuleInfo {
  id: string;
  defaultSeverity: Severity;
  /** One line: what the rule flags. */
  summary: string;
  /** Two sentences: why it matters. Shown on hover. */
  why: string;
}

/** A rule that looks at the document once: front matter and template syntax. */
export interface DocumentRule extends RuleInfo {
  scope: 'document';
  check(document: InviteDocument): RuleMatch[];
}

/** A rule that looks at each recipient's rendered message. */
export interface RenderingRule extends RuleInfo {
  scope: 'rendering';
  check(context: RenderingContext): RuleMatch[];
}

export type Rule = DocumentRule | RenderingRule;
