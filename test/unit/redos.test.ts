import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { check, type AttackPattern, type Diagnostics } from 'recheck';
import * as ts from 'typescript';
import { lint } from '../../src/core';
import { CONTEXT_SIGNALS } from '../../src/core/rules/contextSignals';
import { OTHER_LANGUAGES } from '../../src/core/rules/otherLanguages';
import { PLACEHOLDER_PATTERNS } from '../../src/core/rules/placeholderPatterns';
import { STOCK_PHRASES } from '../../src/core/rules/stockPhrases';

/** The core requires the language detector, published as ES modules only: a child Node needs these, as mocha's own (.mocharc.json). */
const NODE_FLAGS = ['--conditions=import', '--experimental-require-module', '--no-warnings=ExperimentalWarning'];

/**
 * The linter runs on every pause in typing, on text anyone can paste, with phrase lists a
 * workspace can supply. None of that may make it hang: every regular expression in src/ is
 * checked for super-linear backtracking with recheck. (How long hostile documents take is
 * measured by `npm run bench`, not here.)
 */

const ROOT = join(__dirname, '../../..');
const SRC = join(ROOT, 'src');

// ---------------------------------------------------------------------------------------------
// Collecting the regular expressions

interface Candidate {
  source: string;
  flags: string;
  /** Where it comes from: a file and line, or the data entry. */
  where: string[];
}

/** A regular expression built at run time from something other than literals. */
interface DynamicRegExp {
  file: string;
  line: number;
  text: string;
}

function tsFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFilesUnder(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * The text of a string or template literal. A template's substitutions (an escaped name, say)
 * are tried both as a short name and as the empty string, the two shapes they take at run time.
 */
function literalVariants(node: ts.Expression): string[] | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) {
    return ['x', ''].map((stand) => node.head.text + node.templateSpans.map((span) => stand + span.literal.text).join(''));
  }
  return undefined;
}

/** Regex literals, and `new RegExp(…)` / `RegExp(…)` calls whose arguments are literals. */
function regexesInSourceFiles(): { literals: { source: string; flags: string; where: string }[]; dynamic: DynamicRegExp[] } {
  const literals: { source: string; flags: string; where: string }[] = [];
  const dynamic: DynamicRegExp[] = [];
  for (const path of tsFilesUnder(SRC)) {
    const file = relative(ROOT, path).split('\\').join('/');
    const sourceFile = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const lineOf = (node: ts.Node) => sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sourceFile);
        const lastSlash = text.lastIndexOf('/');
        literals.push({ source: text.slice(1, lastSlash), flags: text.slice(lastSlash + 1), where: `${file}:${lineOf(node)}` });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [pattern, flags] = node.arguments ?? [];
        const sources = pattern ? literalVariants(pattern) : undefined;
        const flagTexts = flags ? literalVariants(flags) : [''];
        if (sources && flagTexts?.length === 1) {
          for (const source of new Set(sources)) literals.push({ source, flags: flagTexts[0], where: `${file}:${lineOf(node)} (new RegExp)` });
        } else {
          dynamic.push({ file, line: lineOf(node), text: node.getText(sourceFile) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return { literals, dynamic };
}

function collectCandidates(): { candidates: Candidate[]; dynamic: DynamicRegExp[] } {
  const byKey = new Map<string, Candidate>();
  const add = (source: string, flags: string, where: string) => {
    const key = `/${source}/${flags}`;
    const entry = byKey.get(key) ?? { source, flags, where: [] };
    entry.where.push(where);
    byKey.set(key, entry);
  };
  // The data's patterns are literals too, found below with the rest; each is run on its own.
  const { literals, dynamic } = regexesInSourceFiles();
  for (const literal of literals) add(literal.source, literal.flags, literal.where);
  // Each language's word lists are built from data by a helper: the patterns it builds are checked as they run.
  for (const [lang, data] of Object.entries(OTHER_LANGUAGES)) {
    for (const [field, value] of Object.entries(data)) if (value instanceof RegExp) add(value.source, value.flags, `otherLanguages.ts ${lang}.${field}`);
  }
  return { candidates: [...byKey.values()], dynamic };
}

/**
 * Regular expressions built from data at run time, and why each is covered. A new one fails the
 * test below until its data is checked here too.
 */
const DYNAMIC_REGEXPS: Record<string, string> = {
  'src/core/rules/genericPhrase.ts': 'each stock phrase (a literal in stockPhrases.ts, checked there) with the g flag added',
  'src/core/rules/otherLanguages.ts': "each language's word lists, built by words(): every pattern built is checked from OTHER_LANGUAGES",
};

/** The index of the `)` that closes the group opening at `open`, or -1; escapes and classes are skipped. */
function closingParen(source: string, open: number): number {
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

// ---------------------------------------------------------------------------------------------
// Checking one with recheck

/** recheck's automaton checker proves its verdicts, but gives up on look-arounds and on large patterns. */
const AUTOMATON_TIMEOUT_MS = 2_000;
/**
 * Its fuzzer takes any pattern; its "vulnerable" is confirmed in V8 before it counts (see
 * measureAttack). Fewer, smaller generations than its defaults keep the largest context patterns
 * to a few seconds, and still find the classic shapes: `(a|a)*$`, `\s*\s*$`, `[^}]*` scans.
 */
const FUZZ_PARAMETERS = { checker: 'fuzz', timeout: 10_000, maxIteration: 5, maxInitialGenerationSize: 200, maxGenerationSize: 60 } as const;

/**
 * The pattern without its look-aheads and look-behinds. They only ever cut paths short, so the
 * pattern without them backtracks at least as much: if that is safe, so is the original (the
 * look-arounds here are short, fixed tests of the next few characters).
 */
function withoutLookarounds(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') {
      out += source.slice(i, i + 2);
      i++;
    } else if (inClass) {
      inClass = char !== ']';
      out += char;
    } else if (char === '[') {
      inClass = true;
      out += char;
    } else if (char === '(' && /^\(\?(?:=|!|<=|<!)/.test(source.slice(i, i + 4))) {
      const close = closingParen(source, i);
      i = close === -1 ? source.length : close;
    } else {
      out += char;
    }
  }
  return out;
}

/** The attack string with each pump repeated `times` times. */
function attackString(attack: AttackPattern, times: number): string {
  return attack.pumps.map((pump) => pump.prefix + pump.pump.repeat(times)).join('') + attack.suffix;
}

/**
 * Runs an attack in V8 at doubling sizes until it takes 25 ms. Over the last fourfold growth in
 * size, linear matching takes about 4 times as long and quadratic 16 times. recheck's fuzzer
 * reports bounded repetitions such as `(?:\S+ ){0,4}` as polynomial although V8 runs them in
 * linear time, so its verdict counts only once measured.
 */
function measureAttack(source: string, flags: string, attack: AttackPattern): { superLinear: boolean; detail: string } {
  const regex = new RegExp(source, flags.includes('g') ? flags : `${flags}g`);
  const timeOnce = (text: string) => {
    regex.lastIndex = 0;
    const start = process.hrtime.bigint();
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      if (match[0] === '') regex.lastIndex++;
    }
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const time = (text: string) => Math.min(timeOnce(text), timeOnce(text), timeOnce(text));
  const points: { length: number; ms: number }[] = [];
  for (let times = 4; ; times *= 2) {
    const text = attackString(attack, times);
    points.push({ length: text.length, ms: time(text) });
    if (points[points.length - 1].ms >= 25 || text.length >= 1_000_000) break;
  }
  const last = points[points.length - 1];
  const quarter = points[points.length - 3];
  const growth = quarter ? last.ms / Math.max(quarter.ms, 0.01) : 1;
  return {
    superLinear: last.ms >= 25 && growth > 8,
    detail: points.slice(-3).map((p) => `${p.length} chars in ${p.ms.toFixed(1)} ms`).join(', '),
  };
}

interface Verdict {
  safe: boolean;
  /** How it was decided, or why it fails. */
  detail: string;
}

/**
 * The verdict on a "vulnerable" diagnosis. The automaton's is a proof about the pattern it was
 * given; a fuzzer's, or one about the pattern without its look-arounds, counts once V8 confirms it.
 */
function vulnerable(diagnostics: Diagnostics & { status: 'vulnerable' }, source: string, flags: string): Verdict {
  const proof = diagnostics.checker === 'automaton' && diagnostics.source === source;
  const measured = diagnostics.complexity.type === 'polynomial' ? measureAttack(source, flags, diagnostics.attack) : undefined;
  const found = `recheck (${diagnostics.checker}) finds ${diagnostics.complexity.summary} backtracking in /${diagnostics.source}/` +
    `${diagnostics.source === source ? '' : ' (the pattern without its look-arounds)'}; attack string: ${diagnostics.attack.pattern}`;
  if (!measured) return { safe: false, detail: found };
  if (proof || measured.superLinear) return { safe: false, detail: `${found}; in V8: ${measured.detail}` };
  return { safe: true, detail: `${found}, but V8 runs the attack in linear time (${measured.detail})` };
}

async function verdictOf(source: string, flags: string): Promise<Verdict> {
  const proof = await check(source, flags, { checker: 'automaton', timeout: AUTOMATON_TIMEOUT_MS });
  if (proof.status === 'safe') return { safe: true, detail: 'safe (automaton)' };
  if (proof.status === 'vulnerable') return vulnerable(proof, source, flags);

  const stripped = withoutLookarounds(source);
  if (stripped !== source) {
    const bound = await check(stripped, flags, { checker: 'automaton', timeout: AUTOMATON_TIMEOUT_MS });
    if (bound.status === 'safe') return { safe: true, detail: 'safe without its look-arounds (automaton)' };
    if (bound.status === 'vulnerable') {
      // The attack on the looser pattern is run against the real one.
      const verdict = vulnerable(bound, source, flags);
      if (!verdict.safe) return verdict;
    }
  }

  const fuzz = await check(source, flags, FUZZ_PARAMETERS);
  if (fuzz.status === 'safe') return { safe: true, detail: 'safe (fuzz)' };
  if (fuzz.status === 'vulnerable') return vulnerable(fuzz, source, flags);
  const why = fuzz.error.kind === 'timeout' ? `no verdict within ${FUZZ_PARAMETERS.timeout} ms` : `${fuzz.error.kind}${'message' in fuzz.error ? `: ${fuzz.error.message}` : ''}`;
  return { safe: false, detail: `recheck cannot decide /${source}/${flags} (${why}); simplify it or split it into smaller patterns` };
}

// ---------------------------------------------------------------------------------------------

describe('regular expressions in src/', () => {
  const { candidates, dynamic } = collectCandidates();

  it('finds the patterns to check', () => {
    assert.ok(candidates.length >= STOCK_PHRASES.length + CONTEXT_SIGNALS.length + PLACEHOLDER_PATTERNS.length);
    assert.ok(candidates.some((c) => c.where.some((w) => w.startsWith('src/core/') && w.includes(':'))), 'no regex literal found in src/core');
  });

  it('builds no other regular expression from data at run time', () => {
    const unknown = dynamic.filter((d) => !(d.file in DYNAMIC_REGEXPS));
    assert.deepEqual(unknown.map((d) => `${d.file}:${d.line} ${d.text}`), [], 'check the data these are built from in this file, then list them in DYNAMIC_REGEXPS');
  });

  describe('none backtracks super-linearly (recheck)', () => {
    for (const candidate of candidates) {
      const title = `${candidate.where.join(', ')}: /${candidate.source.length > 70 ? `${candidate.source.slice(0, 70)}…` : candidate.source}/${candidate.flags}`;
      it(title, async function () {
        // Most take milliseconds; a pattern the automaton cannot handle is fuzzed for up to 10 s.
        this.timeout(30_000);
        const verdict = await verdictOf(candidate.source, candidate.flags);
        assert.ok(verdict.safe, `${candidate.where.join(', ')}: ${verdict.detail}`);
      });
    }
  });
});

describe('hostile input', function () {
  this.timeout(20_000);

  it('user phrases are literal text, never patterns', () => {
    const found = lint('We discussed (a+)+$ and .*.*.* today at the conference.', { extraGenericPhrases: ['(a+)+$', '.*.*.*', 'a+'] })
      .filter((f) => f.rule === 'generic-phrase');
    assert.deepEqual(found.map((f) => [f.column, f.endColumn]), [[14, 20], [25, 31]]);
    assert.deepEqual(lint('aaaa', { extraGenericPhrases: ['a+', '.*'] }).filter((f) => f.rule === 'generic-phrase'), []);
  });

  it('stays bounded when nested sections multiply a list (in a child process: the failure is a hang or a crash)', () => {
    // 20 items, sections nested 6 deep: 64 million copies of one letter if rendered in full.
    const source = `---\nitems: [${Array.from({ length: 20 }, (_, i) => i + 1).join(', ')}]\n---\n${'{{#items}}'.repeat(6)}x${'{{/items}}'.repeat(6)}`;
    const outcome = lintInChildProcess(source, 10_000);
    assert.equal(outcome.error, undefined, `lint of a ${source.length}-character document: ${outcome.error}`);
  });
});

/** Lints a source in a fresh Node process, so that a hang or a crash fails the test, not the run. */
function lintInChildProcess(source: string, timeoutMs: number, times = 1): { error: string | undefined } {
  const core = join(__dirname, '../../src/core');
  const script = `const { lint } = require(${JSON.stringify(core)});
    let input = ''; process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk) => { input += chunk; });
    process.stdin.on('end', () => { for (let i = 0; i < ${times}; i++) lint(input); process.stdout.write('done'); });`;
  const result = spawnSync(process.execPath, [...NODE_FLAGS, '--max-old-space-size=512', '-e', script], { input: source, timeout: timeoutMs, encoding: 'utf8' });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') return { error: `no result within ${timeoutMs} ms` };
  if (result.status !== 0 || result.stdout !== 'done') {
    const reason = result.signal ? `killed by ${result.signal}` : `exit code ${result.status}`;
    return { error: `${reason}: ${(result.stderr ?? '').split('\n').find((line) => /error/i.test(line)) ?? result.stderr?.slice(0, 300)}` };
  }
  return { error: undefined };
}
