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

/** One change to the source: the text at [start, end) (UTF-16 offsets) becomes `text`. */
export interface SourceEdit {
  start: number;
  end: number;
  text: string;
  /**
   * The same text as a VS Code snippet, with tab stops (`${1:[the event]}`), for an editor that
   * can put the cursor on them; `text` is what the snippet gives when every tab stop keeps its default.
   */
  snippet?: string;
}

/** A way to fix a finding: edits that apply together, in source offsets. */
export interface Fix {
  /** What the fix does, as a quick fix's title: "Remove the stock phrase". */
  title: string;
  /** Edits that do not overlap, in source order. */
  edits: SourceEdit[];
  /** Whether fix-all and `lint --fix` apply it: it needs no judgement from the author. */
  safe: boolean;
  /** Whether an editor should offer it first. */
  preferred?: boolean;
}

/** One problem at a source span, with its fixes: what the core's rules report. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  /** Where the squiggle goes. */
  span: SourceSpan;
  /** Where the finding stands in the body (equal to `span` outside rendered text); disable comments go by its line. */
  anchor: SourceSpan;
  fixes: Fix[];
}

/** An edit positioned as in the command line's JSON: 1-based lines, UTF-16 columns, `endColumn` exclusive. */
export interface JsonEdit {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
}

/**
 * One finding with exactly the fields of `lint --format json` (the product design). Lines and
 * columns are 1-based and count UTF-16 code units, as VS Code does; `endColumn` is exclusive.
 */
export interface JsonFinding {
  rule: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fixes: { title: string; edits: JsonEdit[] }[];
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
  /**
   * The notes' language when the front matter gives none (the `invite.language` setting): an
   * ISO 639-1 code, or `auto` (the default) to detect it.
   */
  language?: string;
}

export interface RenderOptions {
  limit?: number;
  recipient?: string;
}

export type InviteKind = 'invite' | 'reply' | 'follow-up';

export const RELATIONSHIPS = ['colleague', 'classmate', 'business', 'friend', 'event', 'mutual', 'content', 'other', 'unknown'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export const KINDS: readonly InviteKind[] = ['invite', 'reply', 'follow-up'];

/**
 * The characters an invitation note may hold, by LinkedIn account: 200 on a free account, 300
 * on Premium and Sales Navigator. LinkedIn sets these and has changed them (the free account's
 * box was cut from 300 to 200), so they are facts to re-check, not constants of nature.
 * Sources: https://lettercounter.org/blog/linkedin-connection-request-character-limit and
 * https://contentio.io/blog/linkedin-connection-request-message (both 2026).
 */
export const NAMED_LIMITS: Readonly<Record<string, number>> = { free: 200, premium: 300 };

/** The limit when nothing sets one: a note that fits a free account's box fits every account's. */
export const DEFAULT_LIMIT = NAMED_LIMITS.free;

/**
 * Documents longer than this many UTF-16 code units are not checked, rendered or copied:
 * 64 Ki, about 200 times the longest note in the corpus.
 */
export const MAX_DOCUMENT_LENGTH = 64 * 1024;
