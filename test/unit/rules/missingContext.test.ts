import * as assert from 'node:assert/strict';
import { coveredText, findingsOf } from '../helpers';

const rule = 'missing-context';

describe('rule: missing-context', () => {
  it('flags an invite that says nothing about how they know the recipient, on its first line', () => {
    // inv-038, https://pianorayk.wordpress.com/tag/breaking-the-ice/
    const source = "I'm always looking to build my network with great people.\nI hope you'll consider connecting!";
    const [finding] = findingsOf(rule, source);
    assert.equal(finding.severity, 'warning');
    assert.equal(finding.line, 1);
    assert.equal(coveredText(source, finding), "I'm always looking to build my network with great people.");
  });

  it('names the recipient from the front matter', () => {
    const [finding] = findingsOf(rule, '---\nname: Dana\n---\nHi {{name}}, would love to connect.');
    assert.match(finding.message, /how you know Dana/);
  });

  for (const [label, source] of [
    // inv-151, https://brandyourself.com/blog/social-media/social-media-strategy-social-media/social-media-etiquette-the-proper-way-to-send-and-accept-a-linkedin-invitation/
    ['a meeting', 'Hey Walt, we met last night at the SVASE networking event, where we spent some time talking about personal branding.'],
    // inv-210, https://github.com/createsomethingtoday/create-something-monorepo/blob/HEAD/packages/agency/content/templates/outreach/connection-request.md
    ['their post', 'Hi Sarah, saw your post about AI implementation challenges. Would be great to connect.'],
    // inv-172, https://github.com/SajalNeetable/leadiq-landing-page/blob/af27aeb576c4bdcd447abee168a8dd3ec69d7d9c/LeadIQ/ClientApp/src/blogs/rating-real-life-linkedin-connection-requests.md
    ['a named mutual contact', "I keep seeing your posts as I'm connected with Jeremy."],
    // inv-042, https://writespeaksell.com/how-to-write-a-linkedin-invitation
    ['a shared group', 'Good evening Jeannette, we are both members of NYEBN.'],
    // inv-201, https://origin-pre-prod.livemint.com/special-report/connect-with-one-old-colleague-or-boss-11730714268065.html
    ['a shared past', 'Was just in that Chinese place where we used to get lunch and it made me think of you,'],
    // inv-150, https://thingscareerrelated.com/tag/accepting-linkedin-invites/
    ['their talk', 'Hi Bob, I watched your webinar hosted by Jobscan.co and found your views compelling.'],
    ['the context variable', '---\ncontext: your talk at PyCon\n---\nHi, I enjoyed {{context}}.'],
  ] as const) {
    it(`stays quiet when the invite names ${label}`, () => {
      assert.deepEqual(findingsOf(rule, source), []);
    });
  }

  for (const [label, source] of [
    ['unnamed mutual connections', 'Hi Sam, I see we have some mutual connections. I always like networking with new people.'],
    ['a shared field', 'Hey Sam, I noticed we both work in the HR/Employee Experience field together. I would love to connect with you.'],
    ['a viewed profile', 'Hello Kate, I viewed your profile. Would you like to connect?'],
    ['vague praise', 'Hi Sam, your marketing work is great! Would love to connect and share tips!'],
  ] as const) {
    it(`still flags ${label}, which is not context`, () => {
      assert.equal(findingsOf(rule, source).length, 1);
    });
  }

  it('does not apply to replies and follow-ups', () => {
    assert.deepEqual(findingsOf(rule, '---\nkind: reply\n---\nHow can I help you?'), []);
    assert.deepEqual(findingsOf(rule, '---\nkind: follow-up\n---\nThanks for connecting!'), []);
  });

  it('says nothing about an empty document', () => {
    assert.deepEqual(findingsOf(rule, ''), []);
    assert.deepEqual(findingsOf(rule, '---\nname: Dana\n---\n\n'), []);
  });
});
