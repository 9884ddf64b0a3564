import { readInvite, type Rendering } from './document';
import { LineIndex } from './lineIndex';
import { DEFAULT_LIMIT, type RenderOptions } from './types';

export interface RenderProblem {
  message: string;
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
  const all = readInvite(source, { limit: options.limit });
  const lines = new LineIndex(source);
  const at = (offset: number) => lines.position(offset);
  const recipients = all.renderings.map((r) => r.recipient).filter((name): name is string => name !== undefined);
  const problems: RenderProblem[] = all.problems.map((p) => ({ message: p.message, ...at(p.span.start) }));

  let chosen: Rendering | undefined = all.renderings[0];
  if (options.recipient !== undefined && problems.length === 0) {
    const wanted = options.recipient.trim().toLowerCase();
    chosen = all.renderings.find((r) => r.recipient?.toLowerCase() === wanted);
    if (!chosen) {
      const names = recipients.length > 0 ? `The recipients are: ${recipients.join(', ')}.` : 'The document lists no recipients.';
      problems.push({ message: `No recipient is named "${options.recipient}". ${names}`, line: 1, column: 1 });
    }
  }
  const text = problems.length === 0 && chosen ? chosen.mapped.text : '';
  return {
    text,
    length: text.length,
    limit: chosen?.limit ?? all.renderings[0]?.limit ?? options.limit ?? DEFAULT_LIMIT,
    ok: problems.length === 0,
    recipient: problems.length === 0 ? chosen?.recipient : undefined,
    recipients,
    problems,
  };
}
