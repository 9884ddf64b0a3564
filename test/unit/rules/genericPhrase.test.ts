import * as assert from 'node:assert/strict';
import { coveredText, findingsOf } from '../helpers';

const rule = 'generic-phrase';

describe('rule: generic-phrase', () => {
  it("flags LinkedIn's default sentence at its exact range", () => {
    // inv-001, https://nigelpdaly.com/?p=666
    const source = "I'd like to add you to my professional network on LinkedIn";
    const [finding] = findingsOf(rule, source);
    assert.equal(finding.severity, 'warning');
    assert.deepEqual([finding.line, finding.column, finding.endLine, finding.endColumn], [1, 1, 1, 59]);
  });

  it('treats the curly apostrophe, case and "I would" as the same', () => {
    for (const source of [
      'I’d like to add you to my professional network on LinkedIn.',
      'i WOULD like to add you to my Professional Network on linkedin.',
      "Hi Dana, I would like to add you to my professional network.",
    ]) {
      const found = findingsOf(rule, source);
      assert.equal(found.length, 1, source);
    }
  });

  it('matches across line breaks and runs of spaces, and covers both lines', () => {
    const source = "Hi Dana,\nI'd like to add you to my\n   professional network on LinkedIn.";
    const [finding] = findingsOf(rule, source);
    assert.deepEqual([finding.line, finding.column, finding.endLine, finding.endColumn], [2, 1, 3, 36]);
    assert.equal(coveredText(source, finding), "I'd like to add you to my\n   professional network on LinkedIn");
  });

  it('points into the front matter when the phrase comes from a value', () => {
    const source = "---\nline: I'd like to add you to my professional network\n---\nHi. {{line}}";
    const [finding] = findingsOf(rule, source);
    assert.equal(finding.line, 2);
    assert.equal(coveredText(source, finding), "I'd like to add you to my professional network");
  });

  it('flags growing "my network" and like-minded professionals', () => {
    // inv-120, https://github.com/AnupCloud/linkedin_request_connection/blob/58d451cc7735d884ee98148d4a1904b57f0e427d/CONNECTION_REQUEST_GUIDE.md
    const source = 'I came across your profile and would love to expand my professional network with like-minded professionals.';
    const quoted = findingsOf(rule, source).map((f) => coveredText(source, f));
    assert.deepEqual(quoted, ['came across your profile', 'expand my professional network', 'like-minded professionals']);
  });

  it('leaves stock sign-offs alone after a real reason', () => {
    // inv-118, https://github.com/AnupCloud/linkedin_request_connection/blob/58d451cc7735d884ee98148d4a1904b57f0e427d/CONNECTION_REQUEST_GUIDE.md
    const source = "Hi Michael! It was great meeting you at the Tech Summit last week. I'd love to stay in touch and continue our conversation about cloud architecture. Looking forward to connecting!";
    assert.deepEqual(findingsOf(rule, source), []);
  });

  it('flags a stock sign-off when it is the whole reason', () => {
    // inv-048, https://www.thevirtualhandshake.com/2010/02/16/writing-great-linkedin-invitations/
    assert.equal(findingsOf(rule, "Hey, let's connect").length, 1);
  });

  it('does not flag ordinary uses of the same words', () => {
    for (const source of [
      "let's connect the dots on the migration plan after your talk",
      'We are growing our team in Lisbon; I saw your post on hiring.',
      'I came across your article on error budgets and loved it.',
    ]) {
      assert.deepEqual(findingsOf(rule, source), [], source);
    }
  });

  it("flags the user's extra phrases literally, never as patterns", () => {
    const options = { extraGenericPhrases: ['synergy', 'touch base (.*)', ''] };
    const source = 'Big synergy here. Let us touch base (.*) soon. touch base later.';
    const quoted = findingsOf(rule, source, options).map((f) => coveredText(source, f));
    assert.deepEqual(quoted, ['synergy', 'touch base (.*)']);
  });

  it('matches user phrases as whole words, ignoring case and apostrophes', () => {
    const options = { extraGenericPhrases: ["I’d be thrilled"] };
    assert.equal(findingsOf(rule, "I would be THRILLED to connect after the talk at PyCon", options).length, 1);
    assert.equal(findingsOf(rule, 'synergyx', { extraGenericPhrases: ['synergy'] }).length, 0);
  });
});

describe('rule: generic-phrase in replies', () => {
  it('leaves sign-offs alone in a reply, where they are natural', () => {
    assert.deepEqual(findingsOf(rule, "---\nkind: reply\n---\nThanks for the invite! How can I help? Happy to connect once I know more."), []);
  });

  it("still flags LinkedIn's default sentence in a follow-up", () => {
    assert.equal(findingsOf(rule, "---\nkind: follow-up\n---\nI'd like to add you to my professional network.").length, 1);
  });
});
