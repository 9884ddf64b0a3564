import { readInvite } from './document';
import { LineIndex } from './lineIndex';
import { tooLargeMessage } from './lint';
import { DEFAULT_LIMIT, MAX_DOCUMENT_LENGTH, type RenderOptions } from './types';

export interface RenderProblem {
  message: string;
  /** 1-based line and UTF-16 column in the source. */
  line: number;
  column: number;
}

export interface RenderResult {
  /** What Copy Invite copies: empty when the document cannot be rendered. */
  text: string;
  /** Length in UTF-16 code units, as a browser's maxlength counts. */
  length: number;
  limit: number;
  /** Whether the template and front matter could be rendered at all. */
  ok: boolean;
  /** The recipient rendered, when the document lists recipients. */
  recipient: string | undefined;
  /** Every recipient the document lists, in order. */
  recipients: string[];
  /** Why the document could not be rendered, or why the recipient was not found. */
  problems: RenderProblem[];
}

/**
 * Renders a document the way Copy Invite does. With recipients and no `recipient` option,
 * the first recipient is rendered. Never throws, never changes the source.
 */
export function render(source: string, options: RenderOptions = {}): RenderResult {
  const fallbackLimit = options.limit ?? DEFAULT_LIMIT;
  if (source.length > MAX_DOCUMENT_LENGTH) {
    return { text: '', length: 0, limit: fallbackLimit, ok: false, recipient: undefined, recipients: [], problems: [{ message: tooLargeMessage(source.length), line: 1, column: 1 }] };
  }
  const all = readInvite(source, { limit: options.limit });
  const lines = new LineIndex(source);
  const recipients = all.renderings.map((r) => r.recipient).filter((name): name is string => name !== undefined);
  const problems: RenderProblem[] = all.problems.map((p) => ({ message: p.message, ...lines.position(p.span.start) }));

  let chosen: (typeof all.renderings)[number] | undefined = all.renderings[0];
  if (options.recipient !== undefined && problems.length === 0) {
    const wanted = options.recipient.trim().toLowerCase();
    chosen = all.renderings.find((r) => r.recipient?.toLowerCase() === wanted);
    if (!chosen) {
      const names = recipients.length > 0 ? `The recipients are: ${recipients.join(', ')}.` : 'The document lists no recipients.';
      problems.push({ message: `No recipient is named "${options.recipient}". ${names}`, line: 1, column: 1 });
    }
  }
  const text = problems.length === 0 && chosen ? chosen.note.text : '';
  return {
    text,
    length: text.length,
    limit: chosen?.limit ?? all.renderings[0]?.limit ?? fallbackLimit,
    ok: problems.length === 0,
    recipient: problems.length === 0 ? chosen?.recipient : undefined,
    recipients,
    problems,
  };
}
