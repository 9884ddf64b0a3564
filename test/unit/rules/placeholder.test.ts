import * as assert from 'node:assert/strict';
import { coveredText, findingsOf } from '../helpers';

const rule = 'placeholder';

describe('rule: placeholder', () => {
  it('flags bracket, brace and angle slots at their exact ranges', () => {
    const source = 'Hi [Name], I saw {Company} at <event>.';
    const found = findingsOf(rule, source);
    assert.deepEqual(found.map((f) => coveredText(source, f)), ['[Name]', '{Company}', '<event>']);
    assert.deepEqual(found.map((f) => [f.column, f.endColumn]), [[4, 10], [18, 27], [31, 38]]);
    assert.ok(found.every((f) => f.severity === 'error'));
  });

  it('flags filler words from templates', () => {
    // inv-132, https://insights.tribalimpact.com/post/102gi9m/the-linkedin-connection-request-sales-pitch-and-how-to-avoid-it
    const source = "We're both connected to ABC at COMPANY NAME - it would be great to have a conversation about XYZ";
    assert.deepEqual(findingsOf(rule, source).map((f) => coveredText(source, f)), ['COMPANY NAME', 'XYZ']);
    for (const text of ['Dear INSERT NAME HERE,', 'Dear x,\nThanks', '_____ would like to add you', 'TODO: event', 'I know (so and so)']) {
      assert.equal(findingsOf(rule, text).length, 1, text);
    }
  });

  it('flags a slot once, even when another kind of slot stands inside it', () => {
    const source = 'Dear [INSERT NAME HERE], we met at [XXX].';
    assert.deepEqual(findingsOf(rule, source).map((f) => coveredText(source, f)), ['[INSERT NAME HERE]', '[XXX]']);
  });

  it('flags a {{variable}} with no value, naming it', () => {
    const source = 'Hi {{first_name}}, loved your post.';
    const [finding] = findingsOf(rule, source);
    assert.equal(coveredText(source, finding), '{{first_name}}');
    assert.match(finding.message, /`\{\{first_name\}\}` has no value/);
  });

  it('names the recipient who lacks a value, and only that one', () => {
    const source = '---\nrecipients:\n  - name: Omar\n  - name: Lee\n    company: Initech\n---\nHi {{name}} at {{company}}';
    const [finding] = findingsOf(rule, source);
    assert.match(finding.message, /\(for Omar\)$/);
    assert.equal(finding.line, 7);
  });

  it('accepts a variable with an inverted-section fallback', () => {
    assert.deepEqual(findingsOf(rule, 'Hi {{name}}{{^name}}there{{/name}}, we met at PyCon.'), []);
  });

  it('does not flag ordinary text', () => {
    for (const text of [
      'Write to me at <dana@example.com> or see <https://example.com>.',
      'AT&T <b>bold</b> and a footnote [1] and a [link](https://example.com).',
      'Hi Xavier, I loved the XL keynote on Xbox.',
      'Dear Alex, thanks for the talk.',
    ]) {
      assert.deepEqual(findingsOf(rule, text), [], text);
    }
  });

  it('points into the front matter when a value holds the slot', () => {
    const source = '---\ncompany: "<company>"\n---\nHi, at {{company}} we met.';
    const [finding] = findingsOf(rule, source);
    assert.equal(finding.line, 2);
    assert.equal(coveredText(source, finding), '<company>');
  });
});
