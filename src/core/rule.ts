import type { InviteDocument, Rendering } from './document';
import type { NoteLanguage } from './language';
import type { Located, Note } from './note';
import type { Fix, Severity } from './types';

/** What a rule sees for one recipient's rendering. */
export interface RenderingContext {
  document: InviteDocument;
  rendering: Rendering;
  /** The rendering's note in canonical form (normalize.ts), for phrase and context matching. */
  canonical: Note;
  /** What gives the note its context, found on first ask (contextSignals.ts); undefined when nothing does. */
  context(): string | undefined;
  /** The user's own phrases to avoid, in canonical form. */
  userPhrases: readonly string[];
  /** The note's language, found on first ask (language.ts). */
  language(): NoteLanguage;
}

/** One thing a rule found, before its severity is applied. */
export interface RuleMatch {
  at: Located;
  message: string;
  fixes?: Fix[];
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

/** A rule that looks at each recipient's rendered note. */
export interface RenderingRule extends RuleInfo {
  scope: 'rendering';
  /** Whether it still applies to the raw body of a document that cannot be rendered. */
  checksRawBody: boolean;
  check(context: RenderingContext): RuleMatch[];
  /** What the rule finds once per document, outside any note (slots typed into front-matter values); its messages name no recipient. */
  checkDocument?(document: InviteDocument): RuleMatch[];
}

export type Rule = DocumentRule | RenderingRule;
