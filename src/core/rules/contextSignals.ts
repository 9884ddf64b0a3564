import type { Rendering } from '../document';
import { contextByStructure } from './contextStructure';
import type { NoteLanguage } from '../language';
import { contextInOtherLanguages, OTHER_LANGUAGES, slotNamesAnAnchor } from './otherLanguages';

/**
 * Wording that names a concrete shared anchor: where or how you met, an event or talk, a
 * named mutual contact, a shared employer, school or group, or a specific piece of their work
 * or news (the corpus README's definition of context). Patterns are written for the canonical
 * text of normalize.ts (lower case, straight apostrophes, single spaces, "I would" as "i'd").
 * Sender-only facts, "I viewed your profile", a shared field or industry and unnamed "mutual
 * connections" are deliberately absent: they are not context.
 */
export interface ContextSignal {
  id: string;
  pattern: RegExp;
  examples: readonly string[];
  counterExamples: readonly string[];
}

export const CONTEXT_SIGNALS: readonly ContextSignal[] = [
  {
    id: 'met',
    pattern: /\b(?:we met|(?:great|good|nice|lovely|a pleasure) (?:meeting|to meet|talking|chatting|speaking) (?:with )?you|(?:met|meeting|spoke|speaking|talked|talking|chatted|chatting) (?:with )?you (?:at|during|after|on|last|yesterday|today|this)|enjoyed (?:our|meeting|talking|chatting)|(?:our|the) (?:conversation|chat|talk|discussion|call|coffee|meeting) (?:at|about|on|last|yesterday|today|this)|(?:taking|took) the time to (?:speak|talk|meet|chat)|(?:fun|great|good|nice|lovely) (?:sitting|chatting|talking|catching up|working|seeing you|running into you)|next to you (?:at|during)|you (?:interviewed|hired|mentored|taught|coached|helped|introduced|recommended|reviewed|advised|onboarded|supervised|managed) (?:me|us)|(?:interviewed|interned|worked|studied) (?:with|for|under) you|thanks? (?:you )?(?:so much |again )?for (?:answering|replying|helping|hosting|your (?:help|answer|reply|advice|feedback|time|comment|question)|the (?:help|answer|reply|advice|feedback|intro|introduction|chat|call|tips|tour|demo)))\b/,
    examples: ['you interviewed me for the SRE role last spring', 'it was fun sitting next to you at the Stripe Sessions dinner', 'thanks for answering my question in the Kubernetes Slack', 'It was great meeting you at the Tech Summit last week.', 'we met last night at the SVASE networking event', 'I enjoyed our discussion about pricing'],
    counterExamples: ["I don't think we have met", 'meeting new people is fun'],
  },
  {
    id: 'their-talk',
    pattern: /\byour (?:recent |latest |last |great |excellent |fantastic |brilliant |new )?(?:talk|session|keynote|presentation|panel|webinar|workshop|class|lecture|course|podcast|episode|interview|video|demo|lightning talk)\b|\b(?:speaking|presenting|talk) at \S|\bteaching us\b/,
    examples: ['I caught your session at KubeCon', 'saw you are speaking at [event]', 'Thanks for teaching us about LinkedIn today!', 'I watched your webinar hosted by Jobscan'],
    counterExamples: ['I speak at conferences myself'],
  },
  {
    id: 'their-writing',
    pattern: /\byour (?:recent |latest |last |great |excellent |thoughtful |new )?(?:post|posts|article|articles|blog|newsletter|essay|paper|book|thread|tweets?|comments?|content|insights? on|research|piece|write-?up|report|project|open[- ]source|library|repo|website)\b|\bthe (?:video|post|article|thread) (?:on|about)\b|\b(?:loyal |long-time |longtime )?follower (?:on|of)\b|\byour work on\b/,
    examples: ['loved your recent post about onboarding', "I've been following your content on pricing", 'your work on [specific project]', 'I saw the video on prospecting emails'],
    counterExamples: ['your marketing work is great!', 'I viewed your profile', "following [company]'s approach"],
  },
  {
    id: 'named-mutual',
    pattern: /\b(?:connected (?:to|with) (?!you\b|people\b|others\b|professionals\b)\S+|you and i both know|we both know|(?:mentioned|suggested|recommended) (?:that )?(?:i|we)\b|(?:introduced|referred) (?:me|us)\b|your name came up|(?:mutual|common) (?:friend|contact|colleague|connection) \S+|\bsays hi\b|told me (?:about|to))/,
    examples: ['[Mutual Name] mentioned we would have a lot to talk about', "I'm connected with Jeremy", 'you and I both know (so and so)', 'Ana suggested I reach out', 'your name came up'],
    counterExamples: ['we have some mutual connections', 'connected with people in fintech'],
  },
  {
    id: 'shared-place',
    pattern: /\b(?:we (?:are|were|'re) both (?:members|part|alumni|alums|graduates) of|we(?:'re| are) (?:both )?in (?:the )?(?:\S+ ){0,3}\[?(?:group|club|community|cohort|program|class|course|chapter|slack|association)|fellow (?:\S+ ){0,3}(?:members?|alum|alums|alumnus|alumna|alumni|classmates?|students?|volunteers?|speakers?|mentors?|attendees?|mba|grads?|graduates?|interns?|cohort)|overlapped (?:at|on|in|during)|both (?:volunteer|volunteered|work|worked|study|studied|teach|taught|mentor|serve|served) (?:with|at|for|on)|(?:working|work) (?:with|alongside) (?:you|your (?:team|group))|(?:worked|studied|served|volunteered) (?:together|with you)|(?:took|did|attended|shared|sat in|were in|was in) (?:\S+ ){0,8}?together|we (?:were|worked) (?:on|in) the same|(?:both|also) (?:studied|went|graduated) (?:at|to|from)|(?:we|i) used to (?:work|study|get|have|sit)|when we (?:worked|were|studied)|our time at|former (?:colleague|classmate|teammate|coworker|co-worker)s?|(?:same|your) (?:class|cohort|team|department|program) (?:at|in)|your (?:team|company's|group's) (?:work|launch|announcement|funding)|what your team is (?:shipping|building)|we used to)\b/,
    examples: ['we overlapped at Google on the Maps team', 'fellow Wharton MBA 2018 here', 'we both volunteer with Code for Boston', 'I will be working with your group on the Q3 launch', 'we took the distributed systems course together at TU Delft', 'we are both members of NYEBN', "we're both in [group]", 'Fellow [university] alum here', 'the Chinese place where we used to get lunch'],
    counterExamples: ['we both work in the HR field', 'fellow QA pro here!', 'fellow business owners', 'your experience at Google is impressive'],
  },
  {
    id: 'event',
    pattern: /\b(?:at|during|after|from) (?:the |this |last (?:week|month|year)'s |yesterday's )?(?:\S+ ){0,4}(?:conference|summit|meetup|meet-up|expo|hackathon|workshop|bootcamp|career fair|job fair|networking event|offsite|retreat|convention|symposium|fireside chat|dinner|happy hour|booth|panel|keynote|q&a)\b|\bour paths crossed\b|\byou (?:spoke|presented|talked) (?:at|on|about)\b/,
    examples: ['Good to see you at the DevOpsDays Berlin conference', "during last week's AWS Summit", 'our paths crossed at KubeCon', 'you spoke at the meetup'],
    counterExamples: ['I go to many conferences', 'a summit of ideas'],
  },
  {
    id: 'their-news',
    pattern: /\b(?:congrat(?:s|ulations) on|(?:saw|noticed|read|heard) (?:that )?(?:you(?:'re| are)|\S+ (?:is|are)|is) (?:now |just |recently )?(?:speaking|presenting|hiring|expanding|launching|raising|working on|involved|attending|building|moving)|(?:your|the) (?:promotion|new role|launch|funding|award|announcement)|your outreach|you reached out|reaching out about|i applied (?:for|to))\b/,
    examples: ['I noticed {{company}} is expanding in {{area}}', 'Congrats on the new role!', 'I appreciate your outreach regarding the role', 'I applied for the [role] position'],
    counterExamples: ["I'm currently exploring roles"],
  },
];

/**
 * Template variables whose names say they carry the context or a specific piece of their work:
 * `{{context}}`, `{{shared_context}}`, `{{event}}`, `{{specific_insight}}`. An author who wired such a slot
 * has said where the context goes; the placeholder rule flags it while it is still empty. Not French
 * `{{poste}}`, which is their job title.
 */
const CONTEXT_VARIABLE = /context|event|conference|mutual|referr|introduc|insight|post(?!e)|article|talk|session|webinar|project/i;

/** A note this short (UTF-16 units) that is too short to detect is read in every covered language: about a third of the longest note. */
const SHORT_NOTE = 100;

/**
 * What gives a rendering its context, shown to the user ("Context: …"), or undefined when it
 * has none. In English, a context signal, else the note's structure (contextStructure.ts); in
 * another covered language, its structure from word lists (otherLanguages.ts); then a slot
 * named for the context (`{{event}}`), which stands for it even while empty (the placeholder
 * rule flags that), in English or in the note's language (`{{evento}}`). `canonical` is the text in canonical form. A note too short to detect is
 * read in every covered language.
 */
export function findContext(rendering: Rendering, canonical: string, language: () => NoteLanguage): string | undefined {
  // English first: a note whose English reading finds context needs its language looked up no further.
  for (const signal of CONTEXT_SIGNALS) {
    const match = signal.pattern.exec(canonical);
    if (match) return match[0];
  }
  const structure = contextByStructure(rendering.note.text);
  if (structure) return structure.sentence;
  // A note too short to detect is read as English, and as each other covered language too: a
  // short note in any of them ("Adorei a palestra no RD Summit!") is not warned for being short.
  const { code, source } = language();
  const short = source === 'default' && rendering.note.text.length <= SHORT_NOTE;
  const others = short ? Object.keys(OTHER_LANGUAGES) : code === 'en' ? [] : [code];
  const sentence = others.length > 0 ? contextInOtherLanguages(rendering.note.text, others) : undefined;
  if (sentence) return sentence;
  // A variable named in the note's language counts as an English one does: `{{Veranstaltung}}`.
  const variable = rendering.variables.find((candidate) => CONTEXT_VARIABLE.test(candidate.name) || others.some((other) => other in OTHER_LANGUAGES && slotNamesAnAnchor(candidate.name, [OTHER_LANGUAGES[other].anchorSlot])));
  return variable && `{{${variable.name}}}`;
}
