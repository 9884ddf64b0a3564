/** Severities as the editor and the command line name them. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A rule's configured level: a severity, or off. */
export type RuleSetting = Severity | 'off';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** A half-open range of UTF-16 offsets into the source document. */
export interface SourceSpan {
  start: number;
  end: number;
}

/**
 * One problem, positioned in the source document. Lines and columns are 1-based and count
 * UTF-16 code units, as VS Code does; `endColumn` is exclusive.
 */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface LintOptions {
  /** The character limit when the front matter sets none (the `invite.characterLimit` setting). */
  limit?: number;
  /** Lint only this recipient's rendering (matched by name, ignoring case). */
  recipient?: string;
  /** Per-rule severity or "off". Unknown ids and values are ignored. */
  rules?: Record<string, unknown>;
  /** Extra stock phrases, matched as literal text. */
  extraGenericPhrases?: readonly string[];
}

export interface RenderOptions {
  limit?: number;
  recipient?: string;
}

export type InviteKind = 'invite' | 'reply' | 'follow-up';

export const RELATIONSHIPS = ['colleague', 'classmate', 'business', 'friend', 'event', 'mutual', 'content', 'other', 'unknown'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export const KINDS: readonly InviteKind[] = ['invite', 'reply', 'follow-up'];

export const DEFAULT_LIMIT = 300;
export const NAMED_LIMITS: Readonly<Record<string, number>> = { free: 200, premium: 300 };
