// Times the linter against two prose linters and against the cheapest possible phrase scan, on the
// labelled corpus of real notes, and times large documents to show that growth is linear.
// Usage: node esbuild.js && node scripts/bench.mjs   (npm run bench)
// A report, not a test: it prints PASS or MISS for each target and always exits 0.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { lint, render, STOCK_PHRASE_SOURCE, STOCK_SCAN_AS_WRITTEN } = require('../dist/core.js');
const writeGood = require('write-good');
const { text: alexText } = await import('alex');

const ROUNDS = 7;
/** How often the per-note comparison goes round the tools, and the warm-up on returning to one. */
const CYCLES = 3;
const REWARM_MS = 300;
/** The shortest sample: fast tools are timed over many passes, so the clock's cost is noise-free. */
const MIN_SAMPLE_MS = 20;
// Each tool warms up for at least this long (and two rounds), so every one is timed with its
// hot code optimised, as it would be in a long-running editor or CI job.
const WARM_UP_MS = 1500;
const MIN_WARM_UP_ROUNDS = 2;
const TARGETS = { writeGoodOverLint: 50, lintOverFloor: 10, oneMegabyteMs: 50 };

const corpusPath = new URL('../test/fixtures/corpus/invites.jsonl', import.meta.url);
const notes = readFileSync(corpusPath, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line));
// Every tool gets the same text: each note as it stands, a document without front matter.
const texts = notes.map((note) => note.text);
// And as eval-corpus.mjs lints them, replies and follow-ups with `kind:` front matter. While the
// user types, the front matter stays the same and its parse is reused (frontMatter.ts); on the
// command line every file's front matter is new, which a distinct `name:` per note reproduces.
const withKinds = notes.map((note) => (note.kind === 'invite' ? note.text : `---\nkind: ${note.kind}\n---\n${note.text}`));
const withKindsEachNew = notes.map((note, index) => (note.kind === 'invite' ? note.text : `---\nkind: ${note.kind}\nname: Reader ${index}\n---\n${note.text}`));

/**
 * The floor: a single regular-expression scan of the stock-phrase list, the phrases joined into
 * one alternation (as the linter builds it, with one leading word boundary), over lower-cased
 * text, and nothing else.
 */
const floorPattern = new RegExp(STOCK_PHRASE_SOURCE, 'g');
/**
 * For reference: the linter's own phrase scan, the same list with its branches grouped by first
 * character and carried over to text as written (so it reads any whitespace and apostrophe
 * look-alike). Either scan could be called the floor, so the ratio to each is printed.
 */
const ownScanPattern = new RegExp(STOCK_SCAN_AS_WRITTEN, 'g');
const scanWith = (pattern) => (text) => {
  const lower = text.toLowerCase();
  let hits = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(lower); match; match = pattern.exec(lower)) hits++;
  return hits;
};
const floorScan = scanWith(floorPattern);
const ownScan = scanWith(ownScanPattern);

const now = () => process.hrtime.bigint();
const ms = (from, to) => Number(to - from) / 1e6;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

// Results are kept so the work cannot be optimised away, and printed as a checksum.
let sink = 0;

/** Median over rounds of the time one call of `run` takes on every input, in ms per input. */
function timePerItem(inputs, run, rounds = ROUNDS) {
  warmUp(inputs, run, WARM_UP_MS);
  const samples = [];
  for (let round = 0; round < rounds; round++) samples.push(onePass(inputs, run));
  return median(samples);
}

function warmUp(inputs, run, forMs) {
  const warmUpStart = now();
  for (let round = 0; round < MIN_WARM_UP_ROUNDS || ms(warmUpStart, now()) < forMs; round++) {
    for (const input of inputs) sink += size(run(input));
  }
}

/** ms per input of passes over all inputs, repeated until the sample lasts MIN_SAMPLE_MS. */
function onePass(inputs, run) {
  const start = now();
  let passes = 0;
  do {
    for (const input of inputs) sink += size(run(input));
    passes++;
  } while (ms(start, now()) < MIN_SAMPLE_MS);
  return ms(start, now()) / (passes * inputs.length);
}

/**
 * Times each tool on its own, warmed up, in turn, and goes round all of them CYCLES times: a
 * busy spell on the machine then touches one of a tool's several stints, not all of its
 * samples, and the median over every stint's rounds sets it aside.
 */
function timeInTurns(tools) {
  const samples = Object.fromEntries(Object.keys(tools).map((name) => [name, []]));
  for (let cycle = 0; cycle < CYCLES; cycle++) {
    for (const [name, { inputs, run }] of Object.entries(tools)) {
      warmUp(inputs, run, cycle === 0 ? WARM_UP_MS : REWARM_MS);
      for (let round = 0; round < ROUNDS; round++) samples[name].push(onePass(inputs, run));
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([name, times]) => [name, median(times)]));
}

function size(result) {
  if (typeof result === 'number') return result;
  if (Array.isArray(result)) return result.length;
  return result?.messages?.length ?? 0;
}

/**
 * A document of about `bytes` UTF-16 units, made of whole corpus notes separated by blank lines
 * (never cut inside a note, so a `{{tag}}` is never broken into a template error).
 */
function documentOf(bytes, pieces) {
  const parts = [];
  let length = 0;
  for (let i = 0; ; i++) {
    const piece = pieces[i % pieces.length];
    if (parts.length > 0 && length + 2 + piece.length > bytes) break;
    parts.push(piece);
    length += (parts.length > 1 ? 2 : 0) + piece.length;
  }
  return parts.join('\n\n');
}

const fmt = (value, digits = 1) => value.toFixed(digits).padStart(9);
const verdict = (ok) => (ok ? 'PASS' : 'MISS');

console.log(`Invite Writer benchmark: ${notes.length} corpus notes, ${texts.reduce((n, s) => n + s.length, 0)} characters`);
console.log(`Node ${process.version}; each tool warmed up for ${WARM_UP_MS} ms, then timed in ${CYCLES} turns of ${ROUNDS} rounds; medians\n`);

const perNote = timeInTurns({
  lint: { inputs: texts, run: (text) => lint(text) },
  writeGood: { inputs: texts, run: (text) => writeGood(text) },
  alex: { inputs: texts, run: (text) => alexText(text) },
  floor: { inputs: texts, run: floorScan },
  ownScan: { inputs: texts, run: ownScan },
  lintWithKinds: { inputs: withKinds, run: (source) => lint(source) },
  lintWithKindsEachNew: { inputs: withKindsEachNew, run: (source) => lint(source) },
});
const replies = notes.length - notes.filter((note) => note.kind === 'invite').length;

console.log('Per note (µs, median)');
console.log(`  lint (parse, render, all rules)  ${fmt(perNote.lint * 1000)}`);
console.log(`  write-good                       ${fmt(perNote.writeGood * 1000)}`);
console.log(`  alex                             ${fmt(perNote.alex * 1000)}`);
console.log(`  floor (one phrase regex scan)    ${fmt(perNote.floor * 1000, 2)}`);
console.log(`  the linter's own phrase scan     ${fmt(perNote.ownScan * 1000, 2)}   (grouped by first character, as written; for reference)`);
console.log(`  lint, the ${replies} replies and follow-ups with \`kind:\` front matter:`);
console.log(`    front matter as at the last lint (typing)      ${fmt(perNote.lintWithKinds * 1000)}   write-good ÷ it ${fmt(perNote.writeGood / perNote.lintWithKinds)}×`);
console.log(`    every front matter new (command line)          ${fmt(perNote.lintWithKindsEachNew * 1000)}   write-good ÷ it ${fmt(perNote.writeGood / perNote.lintWithKindsEachNew)}×`);
console.log('');

const writeGoodOverLint = perNote.writeGood / perNote.lint;
const alexOverLint = perNote.alex / perNote.lint;
const lintOverFloor = perNote.lint / perNote.floor;

console.log('Ratios');
console.log(`  write-good ÷ lint  ${fmt(writeGoodOverLint)}×   target ≥ ${TARGETS.writeGoodOverLint}×   ${verdict(writeGoodOverLint >= TARGETS.writeGoodOverLint)}`);
console.log(`  alex ÷ lint        ${fmt(alexOverLint)}×   (for reference)`);
console.log(`  lint ÷ floor       ${fmt(lintOverFloor)}×   target ≤ ${TARGETS.lintOverFloor}×   ${verdict(lintOverFloor <= TARGETS.lintOverFloor)}`);
console.log(`  lint ÷ own scan    ${fmt(perNote.lint / perNote.ownScan)}×   (for reference: the linter's own phrase scan as the floor)`);
console.log('');

// Large documents: the same notes repeated. The 1 MB ones get fewer rounds to keep the run short.
const withTags = texts;
const withoutTags = texts.filter((text) => !text.includes('{{'));
const sizes = [
  { label: '10 KB', bytes: 10 * 1024, pieces: withTags, rounds: ROUNDS },
  { label: '100 KB', bytes: 100 * 1024, pieces: withTags, rounds: ROUNDS },
  { label: '1 MB, with {{tags}}', bytes: 1024 * 1024, pieces: withTags, rounds: 5 },
  { label: '1 MB, no {{', bytes: 1024 * 1024, pieces: withoutTags, rounds: 5 },
];

console.log('Large documents (lint, median)');
console.log(`  ${'document'.padEnd(22)} ${'KB'.padStart(7)} ${'ms'.padStart(9)} ${'ms per KB'.padStart(11)} ${'{{'.padStart(6)} renders findings`);
const large = {};
for (const { label, bytes, pieces, rounds } of sizes) {
  const source = documentOf(bytes, pieces);
  const tags = (source.match(/\{\{/g) ?? []).length;
  const time = timePerItem([source], (s) => lint(s), rounds);
  const findings = lint(source).length;
  const renders = render(source).ok ? 'yes' : 'NO';
  const kb = source.length / 1024;
  large[label] = { time, perKb: time / kb };
  console.log(`  ${label.padEnd(22)} ${kb.toFixed(0).padStart(7)} ${fmt(time, 2)} ${fmt(time / kb, 4).padStart(11)} ${String(tags).padStart(6)} ${renders.padStart(7)} ${findings}`);
}
const worstMegabyte = Math.max(large['1 MB, with {{tags}}'].time, large['1 MB, no {{'].time);
const perKbRatio = (from) => (large['1 MB, with {{tags}}'].perKb / large[from].perKb).toFixed(2);
console.log(`  ms per KB at 1 MB ÷ at 100 KB: ${perKbRatio('100 KB')}; ÷ at 10 KB: ${perKbRatio('10 KB')} (1.00 is linear growth; small documents carry fixed costs)`);
console.log('');

console.log('Targets');
console.log(`  write-good ÷ lint ≥ ${TARGETS.writeGoodOverLint}×          ${writeGoodOverLint.toFixed(1)}×   ${verdict(writeGoodOverLint >= TARGETS.writeGoodOverLint)}`);
console.log(`  lint ÷ floor ≤ ${TARGETS.lintOverFloor}×               ${lintOverFloor.toFixed(1)}×   ${verdict(lintOverFloor <= TARGETS.lintOverFloor)}`);
console.log(`  1 MB document < ${TARGETS.oneMegabyteMs} ms            ${worstMegabyte.toFixed(1)} ms   ${verdict(worstMegabyte < TARGETS.oneMegabyteMs)}`);
console.log(`\n(checksum ${sink})`);
