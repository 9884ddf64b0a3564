import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core';
import { contextByStructure } from '../../../src/core/rules/contextStructure';
import { findingsOf } from '../helpers';

/**
 * Context found by the note's structure. The cases are the kinds the issue on context names,
 * invented for it, and kinds seen in the corpus; none is a note of the blind set.
 */
describe('context by structure', () => {
  for (const [kind, text, anchor] of [
    ['a shared past with a named employer', 'we were teammates at Acme', 'Acme'],
    ['a piece of their work named by its topic', 'your write-up on tuning Postgres autovacuum saved my week', 'Postgres'],
    ["an observation on their organisation's work", "I like how Contoso's marketing never sounds like marketing", 'Contoso'],
    ['their news, with a time', 'your school made the top 10 this week', 'this week'],
    ['a slot standing for their work', 'Your [post/article] on [topic] really resonated', '[post/article]'],
    ['a past time, without a verb', 'Great game on Sunday, coach.', 'Sunday'],
    ['a quoted title', 'Loved your talk "Paging only on user-facing burn".', '"Paging only on user-facing burn"'],
    ['their post by its topic, without a name', 'I keep thinking about your post about onboarding remote engineers.', 'your post about onboarding'],
    ['their work named by a compound noun', 'I keep rereading your blog post on caching layers.', 'your blog post on caching'],
    ['their news, as the sender saw it', "I saw you're rebuilding the onboarding flow from scratch.", "saw you 're rebuilding"],
    ["their firm's news, in slots", 'Hi [First Name], saw [Firm Name] invested in [Portfolio Company].', 'saw [ Firm Name ] invested'],
  ] as const) {
    it(`finds ${kind}: "${text}"`, () => {
      const found = contextByStructure(text);
      assert.ok(found, 'no context found');
      assert.equal(found.anchor, anchor);
    });
  }

  for (const [kind, text] of [
    ['vague nouns', 'I came across your profile and your background is impressive.'],
    ['a fact about the sender alone', 'I am a recruiter with Globex and have worked in fintech since 2015.'],
    ["the recipient's job and company on their own", "I see you're a VP of Sales at Oracle."],
    ['the sender\'s company as "we"', 'We help B2B SaaS companies in Austin book more meetings.'],
    ['a request for a future time', 'Would you be open to a quick call next week?'],
    ['a line of work', 'We both work in the Human Resources industry.'],
    ['their view, asked for', 'I would value your view on pricing.'],
    ['slots for their name and company', 'Hi [Name], I noticed your work at [Company].'],
    ['where they work, as the sender saw it', 'I noticed you work in fintech.'],
    ['what they are, as the sender saw it', 'I saw you were a speaker once.'],
    ['a glance at a profile', 'I noticed you checked out my profile.'],
  ] as const) {
    it(`does not count ${kind}: "${text}"`, () => {
      assert.equal(contextByStructure(text), undefined);
    });
  }

  it('reads no further than the bound into a pasted dump', async () => {
    const { MAX_CONTEXT_READ } = await import('../../../src/core/rules/contextStructure');
    assert.equal(contextByStructure(`${'x '.repeat(MAX_CONTEXT_READ)}\nwe were teammates at Acme`), undefined);
  });
});

describe('the missing-context rule shows why', () => {
  it('gives the note what counted as its context', () => {
    const [note] = analyze('Hi Ravi, we both got stuck at O\'Hare last night and talked supply chain software for hours.').notes;
    assert.match(note.context ?? '', /we both got stuck at O'Hare last night/);
  });

  it('says what would count, with an example fitted to the relationship', () => {
    const [finding] = findingsOf('missing-context', '---\nrelationship: colleague\n---\nHi Ana, I would love to connect.');
    assert.match(finding.message, /for example "We worked together at \[the company\] on \[the project\]\."/);
  });
});
