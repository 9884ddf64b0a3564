/**
 * Regroups the branches of a large alternation by the character each starts with.
 *
 * V8 tries every branch of an alternation in turn at each position, so an alternation of a
 * hundred phrases costs a hundred quick checks at every word. Grouped under their first
 * character (`w(?:e met|orked with you)|g(?:reat meeting you|ood meeting you)`), only the
 * branches that start with the character at hand are tried: a scan of the context signals
 * runs about half the instructions, in half the time.
 *
 * To group a branch it must start with a literal character, so leading groups are spread out
 * first: `(?:great|good) meeting` becomes `great meeting` and `good meeting`, and an optional
 * leading group yields the branch with it, then without it, which is the order backtracking
 * tries them in. At any position only branches that start with the character there can
 * match, and among those the order of the original alternation is kept, so the grouped
 * pattern finds what the original finds, and the same branch wins.
 */

/** What the grouped pattern is built from: a branch's source, and what a match of it stands for. */
export interface Branch<T> {
  source: string;
  tag: T;
}

export interface GroupedAlternation<T> {
  /** `\b` then the grouped alternation; with `capture`, each run of neighbouring branches of one tag is a capturing group. */
  source: string;
  /** With `capture`, the tag of capturing group i + 1; otherwise empty. */
  tags: T[];
  /** False when some branch could not be spread out, and the branches stand as one plain alternation. */
  grouped: boolean;
}

/** A bound on spreading out: data that would grow past it is left as one plain alternation. */
const MAX_BRANCHES = 2000;

/**
 * Every branch behind one leading word boundary, grouped by first character. Each branch must
 * be able to start only at a word boundary (a leading `\b` is dropped as the shared one stands
 * for it). When a branch cannot be spread out into ones that start with a literal character,
 * the branches are joined as they are, in one plain alternation.
 */
export function groupByFirstCharacter<T>(branches: readonly Branch<T>[], capture: boolean): GroupedAlternation<T> {
  const spread: { first: string; rest: string; tag: T }[] = [];
  for (const branch of branches) {
    for (const alternative of splitAlternatives(branch.source)) {
      const literalLed = spreadOut(alternative);
      if (!literalLed || spread.length + literalLed.length > MAX_BRANCHES) return plainAlternation(branches, capture);
      for (const source of literalLed) spread.push({ first: source[0], rest: source.slice(1), tag: branch.tag });
    }
  }
  const groups = new Map<string, { rest: string; tag: T }[]>();
  for (const { first, rest, tag } of spread) {
    const group = groups.get(first) ?? [];
    group.push({ rest, tag });
    groups.set(first, group);
  }
  const tags: T[] = [];
  const grouped = [...groups].map(([first, members]) => {
    if (!capture) return `${first}(?:${members.map((member) => member.rest).join('|')})`;
    // Neighbours with the same tag share one capturing group: each group costs at every attempt.
    const runs: { tag: T; rests: string[] }[] = [];
    for (const { rest, tag } of members) {
      const last = runs[runs.length - 1];
      if (last?.tag === tag) last.rests.push(rest);
      else runs.push({ tag, rests: [rest] });
    }
    tags.push(...runs.map((run) => run.tag));
    return `${first}(?:${runs.map((run) => `(${run.rests.join('|')})`).join('|')})`;
  });
  return { source: `\\b(?:${grouped.join('|')})`, tags, grouped: true };
}

function plainAlternation<T>(branches: readonly Branch<T>[], capture: boolean): GroupedAlternation<T> {
  return {
    source: `\\b(?:${branches.map((branch) => (capture ? `(${branch.source})` : `(?:${branch.source})`)).join('|')})`,
    tags: capture ? branches.map((branch) => branch.tag) : [],
    grouped: false,
  };
}

/** The alternative spread out into ones that each start with a literal character, or undefined when it cannot be. */
function spreadOut(source: string): string[] | undefined {
  if (source.startsWith('\\b')) return spreadOut(source.slice(2));
  if (source.startsWith('(?:')) {
    const close = closingParen(source, 0);
    if (close === -1) return undefined;
    const inner = source.slice(3, close);
    const after = source.slice(close + 1);
    const optional = after.startsWith('?') && !after.startsWith('??');
    if (!optional && /^[*+{?]/.test(after)) return undefined;
    const rest = optional ? after.slice(1) : after;
    const out: string[] = [];
    for (const alternative of splitAlternatives(inner)) {
      const spread = spreadOut(alternative + rest);
      if (!spread) return undefined;
      out.push(...spread);
    }
    if (optional) {
      const without = spreadOut(rest);
      if (!without) return undefined;
      out.push(...without);
    }
    return out.length > MAX_BRANCHES ? undefined : out;
  }
  // A plain character that is not optional or repeated; being plain, it needs no escape once it leads a group.
  if (source.length === 0 || /[\\[\](){}|.*+?^$]/.test(source[0]) || /^[*+?{]/.test(source.slice(1))) return undefined;
  return [source];
}

/** The top-level alternatives of a pattern source. */
function splitAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

/** The index of the `)` that closes the group opened at `open`, or -1. */
export function closingParen(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return i;
  }
  return -1;
}
