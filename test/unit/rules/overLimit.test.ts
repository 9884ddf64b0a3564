import * as assert from 'node:assert/strict';
import { coveredText, findingsOf } from '../helpers';

const rule = 'over-limit';

describe('rule: over-limit', () => {
  it('covers exactly the overflow', () => {
    const source = `${'a'.repeat(200)}OVERFLOW`;
    const [finding] = findingsOf(rule, source, { limit: 200 });
    assert.equal(finding.severity, 'error');
    assert.equal(coveredText(source, finding), 'OVERFLOW');
    assert.match(finding.message, /208 characters, 8 over the limit of 200/);
  });

  it("is quiet at exactly the limit, by default a free account's 200", () => {
    assert.deepEqual(findingsOf(rule, 'a'.repeat(200)), []);
    assert.equal(findingsOf(rule, 'a'.repeat(201)).length, 1);
    assert.deepEqual(findingsOf(rule, 'a'.repeat(300), { limit: 300 }), []);
    assert.equal(findingsOf(rule, 'a'.repeat(301), { limit: 300 }).length, 1);
  });

  it('counts the rendered text, not the source', () => {
    const source = `---\nname: ${'D'.repeat(10)}\nlimit: 20\n---\n{{! a long comment that is not copied at all }}\nHi {{name}}!!!`;
    // "Hi " + 10 + "!!!" = 16 characters: under 20 although the source is longer.
    assert.deepEqual(findingsOf(rule, source), []);
    const over = `---\nname: ${'D'.repeat(20)}\nlimit: free\n---\n${'x'.repeat(190)} {{name}}`;
    const [finding] = findingsOf(rule, over);
    assert.equal(finding.line, 2, 'the overflow comes from the name in the front matter');
  });

  it('counts an emoji as two', () => {
    assert.equal(findingsOf(rule, `${'a'.repeat(198)}👋`).length, 0);
    assert.equal(findingsOf(rule, `${'a'.repeat(199)}👋`).length, 1);
  });

  it('uses the front matter limit over the setting', () => {
    assert.equal(findingsOf(rule, `---\nlimit: free\n---\n${'a'.repeat(250)}`, { limit: 300 }).length, 1);
    assert.equal(findingsOf(rule, `---\nlimit: premium\n---\n${'a'.repeat(250)}`, { limit: 200 }).length, 0);
  });
});
