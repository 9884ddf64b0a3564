// Runs the linter over the labelled corpus of real invitation notes and prints precision and
// recall of each rule against the labels. Usage: npm run eval [-- --verbose] [path/to/invites.jsonl]
// Each note is linted as a plain .invite; replies and follow-ups get `kind:` front matter.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { lint } = require('../dist/core.js');

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const corpusPath = args.find((a) => !a.startsWith('--')) ?? new URL('../test/fixtures/corpus/invites.jsonl', import.meta.url);
const notes = readFileSync(corpusPath, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line));

const rows = notes.map((note) => {
  const source = note.kind === 'invite' ? note.text : `---\nkind: ${note.kind}\n---\n${note.text}`;
  const findings = lint(source);
  const has = (rule) => findings.some((f) => f.rule === rule);
  return { note, findings, has };
});

/** Precision, recall and F1 of a prediction against a label, with the misses for --verbose. */
function score(name, subset, predicted, actual) {
  let tp = 0, fp = 0, fn = 0;
  const falsePositives = [], falseNegatives = [];
  for (const row of subset) {
    const p = predicted(row), a = actual(row.note);
    if (p && a) tp++;
    else if (p) { fp++; falsePositives.push(row.note.id); }
    else if (a) { fn++; falseNegatives.push(row.note.id); }
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  console.log(`${name.padEnd(58)} n=${String(subset.length).padStart(3)}  precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}`);
  if (verbose) {
    if (falsePositives.length) console.log(`    false positives: ${falsePositives.join(' ')}`);
    if (falseNegatives.length) console.log(`    false negatives: ${falseNegatives.join(' ')}`);
  }
}

const invites = rows.filter((r) => r.note.kind === 'invite');
console.log(`Corpus: ${notes.length} notes, ${invites.length} invites.\n`);
score('generic-phrase or missing-context vs generic (invites)', invites, (r) => r.has('generic-phrase') || r.has('missing-context'), (n) => n.generic);
score('missing-context vs not has_context (invites)', invites, (r) => r.has('missing-context'), (n) => !n.has_context);
score('placeholder vs has_placeholder (all notes)', rows, (r) => r.has('placeholder'), (n) => n.has_placeholder);
score('generic-phrase vs generic (invites)', invites, (r) => r.has('generic-phrase'), (n) => n.generic);

const personalised = invites.filter((r) => !r.note.generic && r.note.has_context);
const warned = personalised.filter((r) => r.findings.some((f) => f.severity === 'warning'));
console.log(`\nPersonalised invites (generic false, has_context true) with any warning: ${warned.length}/${personalised.length} = ${(warned.length / Math.max(1, personalised.length)).toFixed(3)}`);
if (verbose && warned.length) {
  for (const r of warned) console.log(`    ${r.note.id}: ${r.findings.filter((f) => f.severity === 'warning').map((f) => f.rule).join(', ')}`);
}
const generic = invites.filter((r) => r.note.generic);
const flagged = generic.filter((r) => r.has('generic-phrase') || r.has('missing-context'));
console.log(`Generic invites flagged by generic-phrase or missing-context: ${flagged.length}/${generic.length} = ${(flagged.length / Math.max(1, generic.length)).toFixed(3)}`);
