import * as assert from 'node:assert/strict';
import { coveredText, findingsOf } from '../helpers';

const rule = 'template-error';

describe('rule: template-error', () => {
  it('points at the opening tag of an unclosed section', () => {
    const source = 'Hi,\n{{#company}}at {{company}}\nbye';
    const [finding] = findingsOf(rule, source);
    assert.equal(finding.severity, 'error');
    assert.equal(coveredText(source, finding), '{{#company}}');
  });

  it('points at a mismatched closing tag', () => {
    const source = '{{#a}}x{{/b}}';
    const [finding] = findingsOf(rule, source);
    assert.equal(coveredText(source, finding), '{{/b}}');
    assert.match(finding.message, /the section open here is `a`/);
  });

  it('points at a closing tag that was never opened', () => {
    const source = 'Hi {{/company}}';
    assert.equal(coveredText(source, findingsOf(rule, source)[0]), '{{/company}}');
  });

  it('reports an unclosed tag', () => {
    const source = 'Hi {{name';
    assert.equal(coveredText(source, findingsOf(rule, source)[0]), '{{');
  });

  it('reports YAML errors inside the front matter', () => {
    const found = findingsOf(rule, '---\nname: Dana\nname: Lee\n---\nHi');
    assert.equal(found.length, 1);
    assert.equal(found[0].line, 3);
    assert.match(found[0].message, /unique/);
  });

  it('reports front matter that is a list, not keys', () => {
    const [finding] = findingsOf(rule, '---\n- a\n- b\n---\nHi');
    assert.match(finding.message, /key: value/);
  });

  it('reports invalid reserved values at their key', () => {
    const source = '---\nlimit: lots\nkind: letter\nrelationship: cousin\n---\nHi, we met at PyCon.';
    const found = findingsOf(rule, source);
    assert.deepEqual(found.map((f) => f.line), [2, 3, 4]);
  });

  it('keeps linting phrases and slots in a body that cannot be rendered', () => {
    const found = findingsOf('placeholder', 'Hi [Name], {{#x}}');
    assert.equal(found.length, 1);
  });

  it('is quiet on a valid document', () => {
    assert.deepEqual(findingsOf(rule, '---\nname: Dana\n---\nHi {{name}}'), []);
  });
});
