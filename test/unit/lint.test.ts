import * as assert from 'node:assert/strict';
import { analyze, lint } from '../../src/core';
import { findingsOf } from './helpers';

const stock = "I'd like to add you to my professional network on LinkedIn.";

describe('lint', () => {
  describe('disable comments', () => {
    it('silences a rule for the whole file', () => {
      const source = `{{! invite-disable generic-phrase }}\n${stock}\nHi [Name]`;
      const rules = lint(source).map((f) => f.rule);
      assert.ok(!rules.includes('generic-phrase'));
      assert.ok(rules.includes('placeholder'), 'other rules still run');
    });

    it('silences a rule on the next line only', () => {
      const source = `{{! invite-disable-next-line generic-phrase }}\n${stock}\n${stock}`;
      const found = findingsOf('generic-phrase', source);
      assert.deepEqual(found.map((f) => f.line), [3]);
    });

    it('silences every rule when none is named', () => {
      assert.deepEqual(lint(`{{! invite-disable }}\n${stock} [Name]`), []);
    });

    it('accepts several rule ids', () => {
      const rules = lint(`{{! invite-disable generic-phrase, placeholder }}\n${stock} [Name]`).map((f) => f.rule);
      assert.deepEqual(rules, ['missing-context']);
    });

    it('does not silence a similarly named rule', () => {
      assert.equal(findingsOf('generic-phrase', `{{! invite-disable generic }}\n${stock}`).length, 1);
    });

    it('never reaches the rendered text', async () => {
      const { render } = await import('../../src/core');
      assert.equal(render(`{{! invite-disable generic-phrase }}\nHi`).text, 'Hi');
    });
  });

  describe('settings', () => {
    it('turns a rule off', () => {
      assert.deepEqual(findingsOf('generic-phrase', stock, { rules: { 'generic-phrase': 'off' } }), []);
    });

    it('changes a severity', () => {
      const [finding] = findingsOf('generic-phrase', stock, { rules: { 'generic-phrase': 'error' } });
      assert.equal(finding.severity, 'error');
    });

    it('ignores unknown rules and invalid severities', () => {
      const [finding] = findingsOf('generic-phrase', stock, { rules: { 'generic-phrase': 'loud', nope: 'off' } });
      assert.equal(finding.severity, 'warning');
    });

    it('uses the limit option when the front matter has none', () => {
      assert.equal(findingsOf('over-limit', 'a'.repeat(201), { limit: 200 }).length, 1);
      assert.equal(findingsOf('over-limit', 'a'.repeat(201), { limit: 300 }).length, 0);
    });
  });

  describe('recipients', () => {
    const source = [
      '---',
      'context: your talk at PyCon',
      'recipients:',
      '  - name: Omar',
      '    company: Acme',
      '  - name: Lee',
      '---',
      'Hi {{name}} from {{company}}, I enjoyed {{context}}.',
    ].join('\n');

    it('lints every recipient and names the one a finding concerns', () => {
      const found = lint(source);
      assert.equal(found.length, 1);
      assert.equal(found[0].rule, 'placeholder');
      assert.match(found[0].message, /`\{\{company\}\}` has no value.*\(for Lee\)$/);
    });

    it('lints one recipient when asked', () => {
      assert.deepEqual(lint(source, { recipient: 'Omar' }), []);
      assert.equal(lint(source, { recipient: 'Lee' }).length, 1);
    });

    it('reports a finding shared by everyone once, without names', () => {
      const shared = source.replace('I enjoyed {{context}}.', stock);
      const generic = findingsOf('generic-phrase', shared);
      assert.equal(generic.length, 1);
      assert.doesNotMatch(generic[0].message, /\(for /);
    });

    it('reports each recipient over the limit on their own overflow', () => {
      const long = ['---', 'limit: 30', 'recipients:', '  - name: Al', '  - name: Bartholomew Featherstonehaugh', '---', 'Hi {{name}}, we met at PyCon!'].join('\n');
      const over = findingsOf('over-limit', long);
      assert.equal(over.length, 1);
      assert.match(over[0].message, /\(for Bartholomew Featherstonehaugh\)$/);
    });
  });

  it('returns exactly the fields of the JSON contract, fixes included', () => {
    const [finding] = lint(stock);
    assert.deepEqual(Object.keys(finding).sort(), ['column', 'endColumn', 'endLine', 'fixes', 'line', 'message', 'rule', 'severity']);
    for (const fix of finding.fixes) {
      assert.deepEqual(Object.keys(fix).sort(), ['edits', 'title']);
      for (const edit of fix.edits) assert.deepEqual(Object.keys(edit).sort(), ['column', 'endColumn', 'endLine', 'line', 'text']);
    }
  });

  it('gives source spans for the editor', () => {
    const source = `Hi Dana,\n${stock}`;
    const finding = analyze(source).findings.find((f) => f.rule === 'generic-phrase');
    assert.equal(source.slice(finding?.span.start, finding?.span.end), stock.slice(0, -1));
  });

  it('sorts findings by position', () => {
    const found = lint(`${stock}\nHi [Name]`);
    const positions = found.map((f) => f.line * 1000 + f.column);
    assert.deepEqual(positions, [...positions].sort((a, b) => a - b));
  });

  it('never throws on odd input', () => {
    for (const source of ['\u0000\u0001', '{{', '}}', '---', '---\n---', '{{#a}}{{/a}}{{/a}}', '{{=<% %>=}}<%x%>', '\uD800', '---\n*a\n---\n']) {
      assert.ok(Array.isArray(lint(source)), JSON.stringify(source));
    }
  });
});

describe('documents over the size bound', () => {
  it('are refused with a reason, neither linted nor rendered', async () => {
    const { MAX_DOCUMENT_LENGTH, render } = await import('../../src/core');
    assert.equal(MAX_DOCUMENT_LENGTH, 65536);
    const atBound = `Hi [Name]. ${'x'.repeat(MAX_DOCUMENT_LENGTH - 11)}`;
    assert.equal(atBound.length, MAX_DOCUMENT_LENGTH);
    assert.equal(analyze(atBound).refused, undefined);
    assert.ok(analyze(atBound).findings.length > 0, 'a document at the bound is checked');
    const over = `${atBound}x`;
    assert.match(analyze(over).refused ?? '', /This document has 65,537 characters: Invite Writer checks and copies documents of up to 65,536/);
    assert.deepEqual(analyze(over).findings, []);
    assert.equal(render(over).ok, false);
    assert.equal(render(over).text, '');
  });
});
