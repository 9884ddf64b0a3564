import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../src/core';

interface Note {
  id: string;
  text: string;
  kind: 'invite' | 'reply' | 'follow-up';
  generic: boolean;
  has_context: boolean;
  has_placeholder: boolean;
}

/**
 * Holds the linter to the product's quality targets on the labelled corpus of real notes
 * (a copy of the shared corpus, each note with its source URL). `npm run eval` prints the figures.
 */
describe('quality on the labelled corpus', () => {
  const notes: Note[] = readFileSync(join(__dirname, '../../../test/fixtures/corpus/invites.jsonl'), 'utf8')
    .split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line));
  const linted = notes.map((note) => {
    const source = note.kind === 'invite' ? note.text : `---\nkind: ${note.kind}\n---\n${note.text}`;
    return { note, findings: lint(source) };
  });
  const invites = linted.filter((r) => r.note.kind === 'invite');
  const has = (r: (typeof linted)[number], rule: string) => r.findings.some((f) => f.rule === rule);

  it('finds unfilled placeholders with precision and recall of at least 0.95', () => {
    const tp = linted.filter((r) => has(r, 'placeholder') && r.note.has_placeholder).length;
    const fp = linted.filter((r) => has(r, 'placeholder') && !r.note.has_placeholder).length;
    const fn = linted.filter((r) => !has(r, 'placeholder') && r.note.has_placeholder).length;
    assert.ok(tp / (tp + fp) >= 0.95, `precision ${tp / (tp + fp)}`);
    assert.ok(tp / (tp + fn) >= 0.95, `recall ${tp / (tp + fn)}`);
  });

  it('flags at least 90% of generic invites', () => {
    const generic = invites.filter((r) => r.note.generic);
    const flagged = generic.filter((r) => has(r, 'generic-phrase') || has(r, 'missing-context'));
    assert.ok(flagged.length / generic.length >= 0.9, `${flagged.length}/${generic.length}`);
  });

  it('warns on at most 10% of personalised invites', () => {
    const personalised = invites.filter((r) => !r.note.generic && r.note.has_context);
    const warned = personalised.filter((r) => r.findings.some((f) => f.severity === 'warning'));
    assert.ok(warned.length / personalised.length <= 0.1, `${warned.map((r) => r.note.id).join(' ')}`);
  });

  it('judges missing context with an F1 of at least 0.85', () => {
    const tp = invites.filter((r) => has(r, 'missing-context') && !r.note.has_context).length;
    const fp = invites.filter((r) => has(r, 'missing-context') && r.note.has_context).length;
    const fn = invites.filter((r) => !has(r, 'missing-context') && !r.note.has_context).length;
    const f1 = (2 * tp) / (2 * tp + fp + fn);
    assert.ok(f1 >= 0.85, `F1 ${f1}`);
  });
});
