import * as assert from 'node:assert/strict';
import { analyze, applyEdits, render } from '../../src/core';
import { coveredText, findingsOf } from './helpers';

describe('front-matter problems in plain language', () => {
  it('a value with a colon is told to take quotes, and the fix quotes it', () => {
    const source = '---\ncontext: your talk: error budgets\n---\nI enjoyed {{context}}.';
    const [finding] = analyze(source).findings.filter((f) => f.rule === 'template-error');
    assert.match(finding.message, /^Front matter: a value with a colon in it needs quotes: write `context: "your talk: error budgets"`\. \(YAML: Nested mappings are not allowed in compact mappings\)$/);
    assert.equal(source.slice(finding.span.start, finding.span.end), 'your talk: error budgets');
    const quote = finding.fixes.find((fix) => fix.title === 'Put the value in quotes');
    assert.ok(quote);
    const fixed = applyEdits(source, quote.edits);
    assert.equal(render(fixed).text, 'I enjoyed your talk: error budgets.');
  });

  it('quotes and escapes a value that holds quotes itself, in a recipient entry too', () => {
    const source = '---\nrecipients:\n  - name: Ana\n    context: the "SRE" talk: on-call\n---\nHi {{name}}, I enjoyed {{context}}.';
    const quote = analyze(source).findings.flatMap((f) => f.fixes).find((fix) => fix.title === 'Put the value in quotes');
    assert.ok(quote);
    assert.equal(render(applyEdits(source, quote.edits)).text, 'Hi Ana, I enjoyed the "SRE" talk: on-call.');
  });

  for (const [kind, yaml, advice] of [
    ['a repeated key', 'name: Dana\nname: Omar', /^Front matter: This key is set twice: keep one of them\. \(YAML: Map keys must be unique\)$/],
    ['a quote never closed', 'name: "Dana', /^Front matter: Something is never closed here, most often a quote/],
    ['a value starting with a reserved character', 'handle: @dana', /put the value in quotes/],
  ] as const) {
    it(`says what to do about ${kind}, keeping the parser's words after it`, () => {
      const [finding] = findingsOf('template-error', `---\n${yaml}\n---\nHi`);
      assert.match(finding.message, advice);
      assert.match(finding.message, /\(YAML: .+\)$/);
    });
  }
});

describe('unfilled slots in front-matter values', () => {
  it('are flagged on the value, even where YAML reads the brackets as a list', () => {
    const source = '---\nname: [Name]\ncontext: [the event]\n---\nHi {{name}}, we met at {{context}}.';
    assert.equal(render(source).text, 'Hi Name, we met at the event.', 'what would be copied without the check');
    const slots = findingsOf('placeholder', source);
    assert.deepEqual(slots.map((f) => coveredText(source, f)), ['[Name]', '[the event]']);
    assert.match(slots[0].message, /YAML reads brackets at the start of a value as a list or map/);
  });

  it('are flagged once, on the value, when the body also shows them', () => {
    const source = '---\ncontext: at <event>\n---\nHi, we met {{context}}.';
    const slots = findingsOf('placeholder', source);
    assert.equal(slots.length, 1);
    assert.equal(coveredText(source, slots[0]), '<event>');
  });

  it('name the recipient whose value it is, and no one for a shared value', () => {
    const source = '---\ncontext: "[event]"\nrecipients:\n  - name: Omar\n    co: "{Company}"\n  - name: Lee\n    co: Acme\n---\nHi {{name}} at {{co}}, we met at {{context}}.';
    const messages = findingsOf('placeholder', source).map((f) => f.message);
    assert.ok(messages.some((m) => m.startsWith('"[event]"') && !m.includes('(for')), messages.join(' | '));
    assert.ok(messages.some((m) => m.startsWith('"{Company}"') && m.endsWith('(for Omar)')), messages.join(' | '));
  });
});
