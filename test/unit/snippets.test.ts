import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lint, KINDS, RELATIONSHIPS, WORDING_LANGUAGES } from '../../src/core';

// Compiled to out/test/unit, so the repository root is three levels up.
const repoRoot = resolve(__dirname, '..', '..', '..');
const snippetsPath = resolve(repoRoot, 'snippets', 'invite.code-snippets');

const FREE_NOTE_LIMIT = 200;

interface Snippet {
  prefix: string | string[];
  description?: string;
  body: string | string[];
}

/**
 * The snippets every relationship (RELATIONSHIPS in the core, but `other`, which is what a note
 * is when none fits), every kind of note but the invite, and the front-matter skeleton must have.
 */
const REQUIRED_PREFIXES = [
  ...RELATIONSHIPS.filter((relationship) => relationship !== 'other'),
  ...KINDS.filter((kind) => kind !== 'invite'),
  'frontmatter',
];

/**
 * What a person typically types into each `[slot]` default: names of 5–10 characters,
 * an event of 20–30, and so on. Every slot a snippet uses must be listed here, so a new
 * slot cannot slip past the length check.
 */
const TYPICAL_SLOT_VALUES: Record<string, string> = {
  Name: 'Katharina',
  'Your Name': 'Jonathan',
  company: 'Northwind Traders',
  'team or project': 'the billing migration',
  'class or course': 'Advanced Databases',
  school: 'the University of Leeds',
  'their company': 'Fabrikam Health',
  'what they did': 'the quick turnaround',
  'project or deal': 'the Q3 supplier audit',
  'when we last met': 'the night we sang karaoke in Lisbon',
  event: 'DevOpsDays Berlin last June',
  topic: 'error budgets for small teams',
  'mutual contact': 'Sam Okafor',
  'specific point': 'blameless retros',
  'what you do differently': 'run our incident reviews',
  'their specific project': "Fabrikam's flaky-test tracker",
  'the same problem': 'flaky CI builds',
  'your company': 'Contoso',
  'what you promised': 'the postmortem template',
  link: 'https://example.com/pm-template',
  'why you want to connect': "I'm setting up on-call at a small team and would value your view.",
};

/** Values for bare `$n` tab stops, per snippet prefix. */
const TYPICAL_BARE_VALUES: Record<string, Record<number, string>> = {
  frontmatter: {
    1: 'Katharina',
    3: 'your talk on error budgets at DevOpsDays Berlin',
  },
};

type Piece =
  | { kind: 'text'; text: string }
  | { kind: 'stop'; index: number; defaultText?: string; choices?: string[] };

/**
 * Parses the subset of snippet syntax the invite snippets use: `$n`, `${n}`,
 * `${n:default}` and `${n|a,b|}`, with backslash escapes. Anything else (variables,
 * nested placeholders, transforms) throws, so the checks below never pass by accident.
 */
function parseSnippetBody(body: string): Piece[] {
  const pieces: Piece[] = [];
  let text = '';
  let i = 0;
  const flushText = (): void => {
    if (text) pieces.push({ kind: 'text', text });
    text = '';
  };
  while (i < body.length) {
    const ch = body[i];
    if (ch === '\\' && (body[i + 1] === '$' || body[i + 1] === '}' || body[i + 1] === '\\')) {
      text += body[i + 1];
      i += 2;
      continue;
    }
    if (ch !== '$') {
      text += ch;
      i += 1;
      continue;
    }
    const bare = /^\$(\d+)/.exec(body.slice(i));
    if (bare) {
      flushText();
      pieces.push({ kind: 'stop', index: Number(bare[1]) });
      i += bare[0].length;
      continue;
    }
    const plain = /^\$\{(\d+)\}/.exec(body.slice(i));
    if (plain) {
      flushText();
      pieces.push({ kind: 'stop', index: Number(plain[1]) });
      i += plain[0].length;
      continue;
    }
    const choice = /^\$\{(\d+)\|((?:[^|\\]|\\.)*)\|\}/.exec(body.slice(i));
    if (choice) {
      flushText();
      const choices = choice[2].split(/(?<!\\),/).map((c) => c.replace(/\\(.)/g, '$1'));
      pieces.push({ kind: 'stop', index: Number(choice[1]), choices });
      i += choice[0].length;
      continue;
    }
    const withDefault = /^\$\{(\d+):((?:[^$}\\]|\\.)*)\}/.exec(body.slice(i));
    if (withDefault) {
      flushText();
      pieces.push({
        kind: 'stop',
        index: Number(withDefault[1]),
        defaultText: withDefault[2].replace(/\\(.)/g, '$1'),
      });
      i += withDefault[0].length;
      continue;
    }
    throw new Error(`unsupported snippet syntax at "${body.slice(i, i + 20)}"`);
  }
  flushText();
  return pieces;
}

/** `[label]` defaults mark a slot the author must fill; the linter flags any left behind. */
function slotLabel(defaultText: string): string | undefined {
  const m = /^\[([^\]]+)\]$/.exec(defaultText);
  return m ? m[1] : undefined;
}

type ChoicePick = 'first' | 'longest';

/** Fills every tab stop the way a person typically would. */
function fill(prefix: string, pieces: Piece[], pick: ChoicePick): string {
  return pieces
    .map((piece) => {
      if (piece.kind === 'text') return piece.text;
      if (piece.index === 0) return '';
      if (piece.choices) {
        if (pick === 'first') return piece.choices[0];
        return piece.choices.reduce((a, b) => (b.length > a.length ? b : a));
      }
      if (piece.defaultText !== undefined) {
        const label = slotLabel(piece.defaultText);
        if (label === undefined) return piece.defaultText;
        const value = TYPICAL_SLOT_VALUES[label];
        assert.ok(value !== undefined, `${prefix}: no typical value for slot [${label}]`);
        return value;
      }
      const value = TYPICAL_BARE_VALUES[prefix]?.[piece.index];
      assert.ok(value !== undefined, `${prefix}: no typical value for bare tab stop $${piece.index}`);
      return value;
    })
    .join('');
}

/**
 * The message as Copy Invite would copy it: front matter dropped, its plain `key: value`
 * pairs substituted into `{{key}}`, and surrounding blank lines trimmed.
 */
function toMessage(filled: string): string {
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(filled);
  if (!fm) return filled.trim();
  const values = new Map<string, string>();
  for (const line of fm[1].split('\n')) {
    const m = /^(\w+):\s*(.*)$/.exec(line);
    if (m) values.set(m[1], m[2]);
  }
  const body = filled.slice(fm[0].length);
  return body
    .replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => {
      const value = values.get(key);
      assert.ok(value !== undefined, `front matter has no value for ${whole}`);
      return value;
    })
    .trim();
}

/** Lower case, one kind of apostrophe, single spaces, and "I would" read as "I'd". */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/\bi would\b/g, "i'd");
}

function bodyText(snippet: Snippet): string {
  return Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
}

function prefixesOf(snippet: Snippet): string[] {
  return Array.isArray(snippet.prefix) ? snippet.prefix : [snippet.prefix];
}

describe('invite snippets', () => {
  // No comments in the file, so plain JSON.parse reads it the way VS Code does.
  const snippets = JSON.parse(readFileSync(snippetsPath, 'utf8')) as Record<string, Snippet>;
  const byPrefix = new Map<string, Snippet>();
  for (const snippet of Object.values(snippets)) {
    for (const prefix of prefixesOf(snippet)) byPrefix.set(prefix, snippet);
  }

  it('has every required snippet, each with a prefix and a description', () => {
    for (const prefix of REQUIRED_PREFIXES) {
      const snippet = byPrefix.get(prefix);
      assert.ok(snippet, `missing snippet with prefix "${prefix}"`);
      assert.ok(snippet.description && snippet.description.trim().length > 10, `${prefix}: needs a description`);
      assert.ok(bodyText(snippet).trim().length > 0, `${prefix}: empty body`);
    }
  });

  it('uses each prefix once', () => {
    const all = Object.values(snippets).flatMap(prefixesOf);
    assert.deepEqual(all.filter((p, i) => all.indexOf(p) !== i), []);
  });

  for (const prefix of REQUIRED_PREFIXES) {
    describe(prefix, () => {
      const get = (): Snippet => {
        const snippet = byPrefix.get(prefix);
        assert.ok(snippet, `missing snippet with prefix "${prefix}"`);
        return snippet;
      };

      it('numbers its tab stops 1, 2, 3… in reading order and ends at $0', () => {
        const stops = parseSnippetBody(bodyText(get())).flatMap((p) => (p.kind === 'stop' ? [p.index] : []));
        const firstSeen = stops.filter((n, i) => stops.indexOf(n) === i);
        const numbered = firstSeen.filter((n) => n !== 0);
        assert.ok(numbered.length > 0, 'no tab stops');
        assert.deepEqual(numbered, numbered.map((_, i) => i + 1), `tab stops out of order: ${firstSeen.join(', ')}`);
        assert.equal(stops.filter((n) => n === 0).length, 1, 'needs exactly one $0');
        assert.equal(stops[stops.length - 1], 0, '$0 must be the last tab stop');
      });

      it(`stays under ${FREE_NOTE_LIMIT} characters once filled in, even with the longest choices`, () => {
        const pieces = parseSnippetBody(bodyText(get()));
        for (const pick of ['first', 'longest'] as const) {
          const message = toMessage(fill(prefix, pieces, pick));
          assert.ok(
            message.length < FREE_NOTE_LIMIT,
            `${message.length} UTF-16 code units with ${pick} choices:\n${message}`,
          );
        }
      });

      it('leaves no unfilled slot once filled in', () => {
        const message = toMessage(fill(prefix, parseSnippetBody(bodyText(get())), 'first'));
        assert.doesNotMatch(message, /\[[^\]]*\]|\{\{|\$\d/);
      });

      it('passes its own checks once filled in: no wording finding, no slot left', () => {
        const filled = fill(prefix, parseSnippetBody(bodyText(get())), 'first');
        const findings = lint(filled).filter((finding) => finding.rule !== 'over-limit');
        assert.deepEqual(findings.map((finding) => `${finding.rule}: ${finding.message}`), [], filled);
      });

      it('contains no stock phrasing, as the generic-phrase rule reads it', () => {
        const message = toMessage(fill(prefix, parseSnippetBody(bodyText(get())), 'first'));
        assert.deepEqual(lint(message).filter((finding) => finding.rule === 'generic-phrase').map((finding) => finding.message), []);
      });
    });
  }

  describe('messages', () => {
    const messagePrefixes = REQUIRED_PREFIXES.filter((p) => p !== 'frontmatter');

    it('greet the recipient by name in the first line and sign off with yours', () => {
      for (const prefix of messagePrefixes) {
        // Past the front matter, if the snippet has one (a reply or a follow-up says its kind).
        const lines = bodyText(byPrefix.get(prefix) as Snippet).replace(/^---\n[\s\S]*?\n---\n/, '').split('\n');
        assert.match(lines[0], /\$\{1:\[Name\]\}/, `${prefix}: first line should greet [Name] at the first tab stop`);
        assert.match(lines[lines.length - 1], /\[Your Name\]/, `${prefix}: last line should sign off with [Your Name]`);
      }
    });

    it('are plain text, not mustache', () => {
      for (const prefix of messagePrefixes) {
        assert.doesNotMatch(bodyText(byPrefix.get(prefix) as Snippet), /\{\{/, prefix);
      }
    });

    it('anchor each relationship in something concrete', () => {
      // The slot that carries "how you know them / why them" for each kind of invite.
      const anchors: Record<string, string> = {
        colleague: '[company]',
        classmate: '[school]',
        business: '[project or deal]',
        friend: '[when we last met]',
        event: '[event]',
        mutual: '[mutual contact]',
        content: '[specific point]',
        unknown: '[their specific project]',
      };
      for (const [prefix, slot] of Object.entries(anchors)) {
        assert.ok(bodyText(byPrefix.get(prefix) as Snippet).includes(slot), `${prefix}: needs a ${slot} tab stop`);
      }
    });

    it('reply asks how they found you and how you can help before accepting', () => {
      const body = normalise(bodyText(byPrefix.get('reply') as Snippet));
      assert.match(body, /how did you find me/);
      assert.match(body, /how can i help/);
    });
  });

  describe('frontmatter', () => {
    const pieces = (): Piece[] => parseSnippetBody(bodyText(byPrefix.get('frontmatter') as Snippet));

    it('opens and closes front matter with --- lines around the reserved keys', () => {
      const lines = bodyText(byPrefix.get('frontmatter') as Snippet).split('\n');
      assert.equal(lines[0], '---');
      const close = lines.indexOf('---', 1);
      assert.ok(close > 0, 'no closing ---');
      const keys = lines.slice(1, close).map((l) => l.split(':')[0]);
      assert.deepEqual(keys, ['name', 'relationship', 'context', 'limit']);
      const body = lines.slice(close + 1).join('\n');
      assert.match(body, /\{\{name\}\}/);
      assert.match(body, /\{\{context\}\}/);
    });

    it('offers every relationship and both limits as choices', () => {
      const choiceLists = pieces().flatMap((p) => (p.kind === 'stop' && p.choices ? [p.choices] : []));
      assert.ok(choiceLists.some((c) => c.join('|') === RELATIONSHIPS.join('|')), 'relationship choice: the core\'s RELATIONSHIPS, in order');
      assert.ok(choiceLists.some((c) => c.join('|') === 'premium|free'), 'limit choice');
    });
  });

  describe('the snippet parser used above', () => {
    it('reads defaults, choices, bare stops and escapes', () => {
      assert.deepEqual(parseSnippetBody('a ${1:[Name]} \\$5 ${2|x,y\\,z|} $3$0'), [
        { kind: 'text', text: 'a ' },
        { kind: 'stop', index: 1, defaultText: '[Name]' },
        { kind: 'text', text: ' $5 ' },
        { kind: 'stop', index: 2, choices: ['x', 'y,z'] },
        { kind: 'text', text: ' ' },
        { kind: 'stop', index: 3 },
        { kind: 'stop', index: 0 },
      ]);
    });

    it('refuses syntax it does not understand', () => {
      assert.throws(() => parseSnippetBody('${1:outer ${2:inner}}'), /unsupported/);
      assert.throws(() => parseSnippetBody('$TM_FILENAME'), /unsupported/);
    });
  });
});

/**
 * The relationship snippets in the other languages the wording rules cover
 * (snippets/languages/, offered when the note's language is one of them).
 */
describe('invite snippets in other languages', () => {
  const RELATIONSHIP_PREFIXES = RELATIONSHIPS.filter((relationship) => relationship !== 'other');
  /**
   * Typical values, as for the English snippets: names of 8–9 characters for the greeting and the
   * sign-off, and for every other slot a named thing of 17 (an event, a company, a topic).
   */
  const fillSlots = (pieces: Piece[], pick: ChoicePick): string => {
    const signOff = Math.max(...pieces.flatMap((piece) => (piece.kind === 'stop' ? [piece.index] : [])));
    return pieces
      .map((piece) => {
        if (piece.kind === 'text') return piece.text;
        if (piece.index === 0) return '';
        if (piece.choices) return pick === 'first' ? piece.choices[0] : piece.choices.reduce((a, b) => (b.length > a.length ? b : a));
        return piece.index === 1 ? 'Katharina' : piece.index === signOff ? 'Jonathan' : 'DevOpsDays Berlin';
      })
      .join('');
  };

  for (const lang of WORDING_LANGUAGES.filter((code) => code !== 'en')) {
    describe(lang, () => {
      const snippets = JSON.parse(readFileSync(resolve(repoRoot, 'snippets', 'languages', `${lang}.code-snippets`), 'utf8')) as Record<string, Snippet>;
      const byPrefix = new Map(Object.values(snippets).flatMap((snippet) => prefixesOf(snippet).map((prefix) => [prefix, snippet] as const)));

      it('has a snippet for every relationship, under the same prefixes as the English ones, each with a description', () => {
        assert.deepEqual([...byPrefix.keys()].sort(), [...RELATIONSHIP_PREFIXES].sort());
        for (const snippet of byPrefix.values()) assert.ok((snippet.description ?? '').trim().length > 10);
      });

      for (const prefix of RELATIONSHIP_PREFIXES) {
        it(`${prefix}: numbered tab stops ending at $0, under ${FREE_NOTE_LIMIT} characters filled in, and no wording finding in its language`, () => {
          const pieces = parseSnippetBody(bodyText(byPrefix.get(prefix) as Snippet));
          const stops = pieces.flatMap((p) => (p.kind === 'stop' ? [p.index] : []));
          assert.deepEqual(stops.filter((n) => n !== 0), stops.filter((n) => n !== 0).map((_, i) => i + 1));
          assert.equal(stops[stops.length - 1], 0);
          for (const pick of ['first', 'longest'] as const) {
            const message = fillSlots(pieces, pick);
            assert.ok(message.length < FREE_NOTE_LIMIT, `${message.length} units:\n${message}`);
            const findings = lint(`---\nlang: ${lang}\n---\n${message}`).filter((finding) => finding.rule !== 'over-limit');
            assert.deepEqual(findings.map((finding) => `${finding.rule}: ${finding.message}`), [], message);
          }
        });
        it(`${prefix}: left as it is, every slot is flagged as unfilled`, () => {
          const pieces = parseSnippetBody(bodyText(byPrefix.get(prefix) as Snippet));
          const unfilled = pieces.map((piece) => (piece.kind === 'text' ? piece.text : piece.defaultText ?? piece.choices?.[0] ?? '')).join('');
          const slots = pieces.filter((piece) => piece.kind === 'stop' && piece.defaultText !== undefined).length;
          const flagged = lint(`---\nlang: ${lang}\n---\n${unfilled}`).filter((finding) => finding.rule === 'placeholder').length;
          assert.equal(flagged, slots, unfilled);
        });
      }
    });
  }
});
