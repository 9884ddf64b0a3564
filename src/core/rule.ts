import type { ContextMatch } from './contextSignals';
import type { InviteDocument, Rendering } from './document';
import type { MappedText } from './mappedText';
import type { PhraseMatcher } from './phraseMatcher';
import type { Severity, SourceSpan } from './types';

/** What a rule sees for one recipient's rendering. */
export interface RenderingContext {
  document: InviteDocument;
  rendering: Rendering;
  /** The rendered text in canonical form (normalize.ts), mapped to the rendered text. */
  canonical: MappedText;
  /** Where the text names a shared anchor, if it does: looked for on the first call only, since most rules never ask. */
  context(): ContextMatch | undefined;
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
