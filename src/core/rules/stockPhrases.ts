/**
 * Stock wording that tells the recipient nothing. Patterns are regular expressions over the
 * canonical text of normalize.ts: lower case, straight apostrophes, single spaces, and "I would"
 * written "i'd". Each entry says why it is flagged and carries examples that a unit test walks,
 * so a phrase cannot land untested. Examples quoted from public pages keep their source.
 *
 * `onlyWithoutContext`: wording that is harmless beside a real reason ("Great meeting you at
 * the summit. Looking forward to connecting!") and stock only when it is the whole reason.
 */
export interface StockPhrase {
  id: string;
  /** Matched against canonical text; written without flags. */
  pattern: RegExp;
  /** Why it is flagged, shown in the message and the hover. */
  reason: string;
  onlyWithoutContext: boolean;
  /** The language it is stock in; English when absent. */
  lang?: string;
  examples: readonly { text: string; source?: string }[];
  counterExamples: readonly string[];
}

const CORPUS = {
  defaultSentence: 'https://nigelpdaly.com/?p=666',
  defaultShort: 'https://marijeanjaggers.com/6-reasons-telling-add-professional-network-lame/',
  trust: 'https://customerthink.com/since_you_are_a_person_i_trust_i_wanted_to_invite_you_to_join_my_network_on_linkedin/',
  joinYourNetwork: 'https://highfieldpartners.com/i-dont-want-to-be-just-another-notch-on-your-linkedin-bedpost/',
  connectOnLinkedIn: 'https://alumni.opcd.wfu.edu/2021/03/how-not-to-linkedin/',
  trustOnceAWeek: 'http://www.theantisocialmedia.com/pets-on-linkedin/',
  addMeSubject: 'https://www.lireo.com/why-i-didnt-accept-linkedin-connection-request',
  addMeNote: 'http://www.staceylane.net/news/should-i-accept-all-linkedin-requests',
  likeMindedBot: 'https://github.com/AniketxDaksh/Linkedin-Connection-request-automation/blob/8967dd4a83e7a6dba95d424075f9ef7bae0f9aab/app.py',
  lookingForwardSoon: 'https://github.com/dviresh93/per_website/blob/HEAD/job-hunting/applications/_resources/networking-templates.md',
  findsYouWell: 'https://github.com/uliba3/resume_in_latex/blob/58d47d8311012b4b66427e2a79f73e4ba3e07c14/referral-message.md',
  groupsInCommon: 'https://www.socialmediabutterflyblog.com/2019/01/receive-linkedin-requests-people-dont-know/',
  quickChat: 'https://github.com/sachacoldiq/ColdIQ-s-GTM-Skills/blob/3049570c226950b2e7309a29ca36bfbd98a18a9d/skills/linkedin-campaign-complete/references/templates.md',
  phoneCall: 'https://www.unstuckbusinessacademy.com/linkedin-reconnect/',
  loveToConnect: 'https://www.byhandshake.com/blog/linkedin-connection-message-templates',
  followUpCall: 'https://github.com/claudiarockwell/moltbook_claudia_rockbot/blob/HEAD/templates/follow_up_sequence.md',
  buildNetwork: 'https://pianorayk.wordpress.com/tag/breaking-the-ice/',
  letsConnect: 'https://www.thevirtualhandshake.com/2010/02/16/writing-great-linkedin-invitations/',
  wantToConnect: 'https://salesflow.io/linkedin-connection-requests/',
  cameAcross: 'https://www.jfinder.co.nz/Blog/blogdetails/25',
  expandNetwork: 'https://github.com/joshiayush/inb/blob/3831e13c92240cc6072dbe8606dd8d508c2bfd24/docs/commence/message_templates/README.md',
  likeMinded: 'https://github.com/AnupCloud/linkedin_request_connection/blob/58d451cc7735d884ee98148d4a1904b57f0e427d/CONNECTION_REQUEST_GUIDE.md',
  viewedProfile: 'https://erichschmidt615.com/the-linkedin-invitation-mistake',
} as const;

/** Why a request for a call in a first note is flagged, in every language. */
export const QUICK_CALL_REASON = 'Asking for their time in the first note, before any introduction, is the most common reason invites are ignored.';

export const STOCK_PHRASES: readonly StockPhrase[] = [
  {
    id: 'linkedin-default',
    pattern: /\bi'd (?:like|love) to add you to my (?:professional )?(?:linkedin )?network\b(?: on linkedin\b)?/,
    reason: "LinkedIn's own default sentence; recipients see it hundreds of times and it says nothing about you or them.",
    onlyWithoutContext: false,
    examples: [
      { text: "I'd like to add you to my professional network on LinkedIn", source: CORPUS.defaultSentence },
      { text: "I'd like to add you to my professional network.", source: CORPUS.defaultShort },
      { text: "I would like to add you to my network on LinkedIn" },
      { text: "I’d love to add you to my professional network" },
    ],
    counterExamples: ["I'd like to add you to the speaker list for our meetup"],
  },
  {
    id: 'join-my-network',
    pattern: /\b(?:invite you to join|(?:like|love|want) you to join|to join) (?:my|your) (?:professional )?(?:linkedin )?network\b/,
    reason: 'An old LinkedIn default; it asks them to join your network without saying why.',
    onlyWithoutContext: false,
    examples: [
      { text: 'Since you are a person I trust, I wanted to invite you to join my network on LinkedIn', source: CORPUS.trust },
      { text: "Hi Tom, I'd like to join your LinkedIn network", source: CORPUS.joinYourNetwork },
    ],
    counterExamples: ['I’d love for you to join our reading group on Thursday'],
  },
  {
    id: 'person-i-trust',
    pattern: /\bsince you are a person i trust\b/,
    reason: "An old LinkedIn default that claims trust the note doesn't show.",
    onlyWithoutContext: false,
    examples: [
      { text: 'Since you are a person I trust, I wanted to invite you', source: CORPUS.trust },
      { text: 'Since you are a person I trust, I wanted to invite you to join my network on LinkedIn', source: CORPUS.trustOnceAWeek },
    ],
    counterExamples: ['You are a person whose judgement on hiring I trust after the panel'],
  },
  {
    id: 'grow-my-network',
    pattern: /\b(?:expand|expanding|grow|growing|build|building|broaden|extend) my (?:professional )?(?:linkedin )?(?:network|connections)\b/,
    reason: 'It is about your network, not about them; every recipient gets the same line.',
    onlyWithoutContext: false,
    examples: [
      { text: "I'm looking to expand my network with fellow business owners", source: CORPUS.expandNetwork },
      { text: "I'm always looking to build my network with great people", source: CORPUS.buildNetwork },
      { text: "I'm on a personal mission to grow my connections on LinkedIn", source: CORPUS.expandNetwork },
    ],
    counterExamples: ['we are growing our team in Lisbon', 'you helped me build my first network switch lab'],
  },
  {
    id: 'like-minded',
    pattern: /\blike-?minded (?:professionals|people|individuals)\b/,
    reason: 'A stock phrase that could go to anyone.',
    onlyWithoutContext: false,
    examples: [
      { text: 'expand my professional network with like-minded professionals', source: CORPUS.likeMinded },
      { text: 'am eager to connect with like-minded professionals like yourself', source: CORPUS.likeMindedBot },
    ],
    counterExamples: ['a like-minded reading of the paper'],
  },
  {
    id: 'please-connect',
    pattern: /\bplease (?:connect with me|add me to your (?:linkedin )?network|accept my (?:invitation|invite|request))\b/,
    reason: 'It asks without giving a reason to say yes.',
    onlyWithoutContext: false,
    examples: [
      // LinkedIn's old invitation e-mail put this in the subject line.
      { text: 'Deborah, please add me to your LinkedIn network', source: CORPUS.addMeSubject },
      { text: 'Stacey, please add me to your LinkedIn network', source: CORPUS.addMeNote },
      { text: 'Please connect with me.' },
      { text: 'Please accept my invitation' },
    ],
    counterExamples: ['please connect me with your recruiter friend after the talk'],
  },
  {
    id: 'came-across-profile',
    pattern: /\b(?:came across|stumbled (?:up)?on|found|viewed|noticed|was looking at|checked out) your (?:linkedin )?profile\b/,
    reason: "It says you saw their profile, which LinkedIn already tells them; it doesn't say why them.",
    onlyWithoutContext: true,
    examples: [
      { text: 'I came across your profile while researching opportunities in IT.', source: CORPUS.cameAcross },
      { text: 'I viewed your profile and based on your experience I feel you would make a great connection', source: CORPUS.viewedProfile },
    ],
    counterExamples: ['I came across your article on error budgets'],
  },
  {
    id: 'want-to-connect',
    pattern: /\b(?:i want|i'd like|i'd love|i wanted) to connect (?:with|to) you(?: on linkedin)?\b/,
    reason: 'The button already says this; the note is the place for why.',
    onlyWithoutContext: true,
    examples: [
      { text: 'I want to connect with you on LinkedIn.', source: CORPUS.wantToConnect },
      { text: 'Hi Allison, I’d like to connect with you on LinkedIn.', source: CORPUS.connectOnLinkedIn },
      { text: 'I would like to connect to you on LinkedIn.' },
    ],
    counterExamples: ['I want to connect you with my colleague Ana'],
  },
  {
    id: 'lets-connect',
    pattern: /\b(?:let's connect(?! (?:the|these|those|our|your|you with|me with|us with)\b)|would love to connect|i'd love to connect|would you like to connect|wanted to connect|happy to connect|hope you'll consider connecting)\b/,
    reason: 'The request already says you want to connect; on its own it gives no reason.',
    onlyWithoutContext: true,
    examples: [
      { text: "Hey, let's connect", source: CORPUS.letsConnect },
      { text: "I'd love to connect", source: CORPUS.loveToConnect },
      { text: 'Hi Sam! Would you like to connect?', source: CORPUS.expandNetwork },
    ],
    counterExamples: ["let's connect the dots on the migration plan"],
  },
  {
    id: 'looking-forward',
    pattern: /\blooking forward to (?:connecting|being connected|our connection)\b/,
    reason: 'A stock sign-off; fine after a real reason, empty without one.',
    onlyWithoutContext: true,
    examples: [
      { text: 'Looking forward to connecting!', source: CORPUS.likeMinded },
      { text: 'Looking forward to connecting soon.', source: CORPUS.lookingForwardSoon },
    ],
    counterExamples: ['Looking forward to your next post on pricing'],
  },
  {
    id: 'hope-doing-well',
    pattern: /\b(?:i )?hope (?:you're|you are|this (?:message|note) finds you) (?:doing )?(?:well|great|good)\b/,
    reason: 'A filler opener that uses up the note without saying anything.',
    onlyWithoutContext: true,
    examples: [
      { text: "I hope you're doing well.", source: CORPUS.expandNetwork },
      { text: 'I hope this message finds you well.', source: CORPUS.findsYouWell },
    ],
    counterExamples: ['I hope your launch went well'],
  },
  {
    id: 'vague-impressed',
    pattern: /\b(?:impressed|intrigued) (?:by|with) your (?:profile|background|experience|work|career|accomplishments|achievements)\b/,
    reason: 'Praise with nothing specific reads as mass outreach.',
    onlyWithoutContext: true,
    examples: [
      { text: 'I came across your profile and was impressed by your experience in sales.', source: CORPUS.likeMinded },
      { text: "I am truly impressed by your accomplishments and the impact you've made", source: CORPUS.likeMindedBot },
    ],
    counterExamples: ['impressed by your talk on retries'],
  },
  {
    id: 'unnamed-mutual',
    pattern: /\b(?:we have|we had|we share) (?:some |a few |many |several )?(?:(?:mutual|common|shared) (?:connections|contacts|friends|groups)|(?:linkedin )?(?:groups|connections) in common)\b/,
    reason: 'Mutual connections or groups without a name are not a reason; name the person or the group.',
    onlyWithoutContext: true,
    examples: [
      { text: 'I see we have some mutual connections.', source: CORPUS.expandNetwork },
      { text: 'noticed we had LinkedIn groups in common, was intrigued and would love to connect', source: CORPUS.groupsInCommon },
    ],
    counterExamples: ['our mutual friend Ana suggested I write'],
  },
  {
    id: 'quick-call',
    pattern: /\b(?:quick|brief|short|15-minute|15 minute|15-min|10-minute) (?:call|chat|phone call|zoom)\b/,
    reason: QUICK_CALL_REASON,
    onlyWithoutContext: true,
    examples: [
      { text: 'Would a 15-minute call make sense to explore this?', source: CORPUS.followUpCall },
      { text: 'Would you be open to a quick chat?', source: CORPUS.quickChat },
      { text: 'Do you have time for a quick phone call this week to reconnect?', source: CORPUS.phoneCall },
    ],
    counterExamples: ['thanks for the quick reply'],
  },
];
