import type { WinkMethods } from 'wink-nlp';

/**
 * Context found by the note's structure rather than by remembered phrasings: a sentence that
 * speaks to the recipient (or of "we") and names something specific: a person, place,
 * organisation, event or piece of work (a proper noun), a time ("last Tuesday", "this week", the
 * 14th, 2019), a quoted title or a link, or a slot that stands for one of these. A sentence about
 * the sender alone, vague nouns ("your profile", "your work") and the recipient's job or company
 * on its own ("you're a VP at Acme") do not count.
 *
 * Parts of speech, dates and sentences come from wink-nlp with its light English model
 * (https://winkjs.org/wink-nlp/), loaded on first use, never during activation.
 */

// The core is bundled for Node and the browser: the library is required where it is first
// needed, so it is parsed and set up only when a note asks for it.
declare const require: (id: string) => unknown;
let english: WinkMethods | undefined;
function nlp(): WinkMethods {
  if (!english) {
    const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => WinkMethods;
    // Sentences, parts of speech and entities (dates, times) are all the checks read.
    english = winkNLP(require('wink-eng-lite-web-model'), ['sbd', 'pos', 'ner']);
  }
  return english;
}

/** Words that make a sentence speak to the recipient. */
const ADDRESSING = new Set(['you', 'your', 'yours', 'youre', 'ya', 'together']);
/**
 * "We" speaks of the two of them only about the past ("we met", "we were teammates"); in the
 * present it is mostly the sender's company ("we help B2B teams").
 */
const SHARED_WE = new Set(['we', 'us']);
/** Present and base forms of "be", "have" and "do", which are not past although they differ from their lemma. */
const NOT_PAST = new Set(['are', 'am', 'is', "'re", '’re', "'m", 'has', 'have', "'ve", 'does', 'do', 'can', 'will', "'ll", 'would', "'d", 'could', 'should', 'may', 'might', 'must']);
/** Openings that speak to the recipient without a pronoun: "Thanks for…", "Congrats on…", "Great game…". */
const ADDRESSING_OPENINGS = new Set(['thanks', 'thank', 'congrats', 'congratulations', 'great', 'loved', 'enjoyed', 'love']);
/** Capitalised words that name nothing specific to the two of them. */
const NOT_ANCHORS = new Set(['i', "i'm", 'i’m', 'im', 'linkedin', 'hi', 'hello', 'hey', 'dear', 'thanks', 'mr', 'ms', 'mrs', 'dr', 'ok', 'okay']);
/** Entity types that are a time. */
const TIMES = new Set(['DATE', 'TIME', 'ORDINAL']);
/**
 * The recipient's job or company on its own: "you're a VP at", "your role at", "you work for".
 * A proper noun right after such words is their employer, not something they share with the sender.
 */
const EMPLOYER_FRAME = /\b(?:you(?:'re|’re| are|re)|your|you (?:work|worked|are working)|your (?:role|position|job|title|work|experience|career|company|firm|business|team|background|profile|time))\b[^.!?]{0,40}?\b(?:at|with|for|in|of|a|an|the)\s*$|\b(?:our|my|i'm|i’m|i am|i work|we are|we're|we’re)\b[^.!?]{0,40}?\s$/i;
/** A name followed by "field" or "industry" is a line of work, which anyone in it shares. */
const FIELD = /^[\s\p{L}/&-]{0,30}?\b(?:field|industry|space|sector|market)\b/iu;
/** A slot that stands for a shared anchor: an event, a piece of work, a group, a mutual contact, a detail. */
export const ANCHOR_SLOT = /\b(?:event|conference|meetup|summit|topic|subject|post|article|talk|session|panel|project|podcast|episode|paper|book|webinar|workshop|course|class|school|university|college|mutual|contact|referr\w*|introduc\w*|group|club|community|detail|specific\w*|context|achievement|news|launch|award|insight|idea|point|date|day|place|where)\b/i;
const SLOT = /\[([^\]\n]{1,80})\]|<([A-Za-z][^<>\n]{0,60})>|\{\{?\s*([\w.]{1,60})\s*\}?\}/g;

/** How much of a note is read for its context, in UTF-16 units: about ten times the longest note. */
export const MAX_CONTEXT_READ = 4000;

/**
 * Whether the text shows any of the anchors looked for on its surface: a capital after the start
 * of a sentence, a digit, a quote, a link, a slot, a time word, "your …" with a topic, or a verb
 * of seeing or hearing (their news). Every anchor shows one of these, so a text without any
 * (most stock notes) needs no parse.
 */
function mayHoldAnchor(text: string): boolean {
  // A capital inside a sentence, but not the pronoun I or LinkedIn (see NOT_ANCHORS): case matters here.
  const name = /[^\s.!?] +(?!I\b|I['’]|LinkedIn\b)\p{Lu}/u.test(text);
  return name || /\d|["“”[<{]|https?:|www\.|\b(?:yesterday|today|tonight|week|month|year|morning|evening|night|ago|last|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b|\byour\b.{0,40}?\b(?:on|about|to|regarding)\b|\b(?:saw|see|seen|noticed|read|heard|spotted|learned)\b/i.test(text);
}

/** Words without which a line cannot speak to the recipient or of the two of them (see ADDRESSING and the rest). */
const SPEAKS_TO_THEM = /\b(?:you|your|yours|youre|ya|together|we|us|thanks|thank|congrats|congratulations|great|loved|enjoyed|love|saw|see|seen|noticed|read|heard|spotted|learned)\b|['’]s\b/i;

/**
 * Sentence boundaries by the Unicode rules (UAX #29), which also break at line ends. They split
 * after abbreviations ("Dr. Ito"), which wink-nlp's own splitting, run on what is kept, does not.
 */
const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' });

/** A token as the checks read it. */
interface Token {
  value: string;
  /** Universal part of speech: PROPN, VERB, AUX, PRON… */
  pos: string;
  /** wink-nlp's token type: word, punctuation, number, url… */
  type: string;
  /** The word's dictionary form, looked up when asked. */
  lemma: () => string;
}

/** What counted as a note's context: the sentence, as written. */
export interface ContextEvidence {
  sentence: string;
  /** The specific thing in it: a name, a time, a title, a link or a slot. */
  anchor: string;
}

/** The first sentence that ties the two of them to something specific, or undefined. */
export function contextByStructure(note: string): ContextEvidence | undefined {
  // A note's context is in its first lines; a pasted dump is read no further than this.
  // Only sentences that speak to the recipient and show an anchor can count, and only they are
  // parsed: parsing is most of a lint's time (the benchmark), and this halves what is parsed.
  const candidates = [...SENTENCES.segment(note.slice(0, MAX_CONTEXT_READ))]
    .map(({ segment }) => segment)
    .filter((sentence) => SPEAKS_TO_THEM.test(sentence) && mayHoldAnchor(sentence));
  if (candidates.length === 0) return undefined;
  const text = candidates.join('');
  const { its } = nlp();
  const doc = nlp().readDoc(text);
  // The whole document's tokens at once: wink-nlp reads them fastest as arrays.
  const values = doc.tokens().out() as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const types = doc.tokens().out(its.type) as string[];
  // A lemma costs a look-up of its own: it is asked for only for the few words that need it.
  const tokenItems = doc.tokens();
  const lemmaOf = (t: number) => () => (tokenItems.itemAt(t).out as (what: unknown) => string)(its.lemma);
  const sentenceSpans = doc.sentences().out(its.span) as unknown as [number, number][];
  const sentenceTexts = doc.sentences().out() as string[];
  const entities = doc.entities().out(its.detail) as unknown as { value: string; type: string }[];
  const entitySpans = doc.entities().out(its.span) as unknown as [number, number][];
  let evidence: ContextEvidence | undefined;
  sentenceSpans.forEach(([first, last], index) => {
    if (evidence) return;
    const tokens: Token[] = [];
    for (let t = first; t <= last; t++) tokens.push({ value: values[t], pos: pos[t], type: types[t], lemma: lemmaOf(t) });
    const sentenceText = sentenceTexts[index];
    const start = afterGreeting(tokens);
    // Words inside a slot (`[Firm Name]`) are the slot's, not names.
    const words = withoutSlots(tokens.slice(start)).filter((t) => t.type !== 'punctuation');
    if (words.length === 0) return;
    const lower = words.map((t) => t.value.toLowerCase().replace(/['’]/g, ''));
    const verbs = tokens.filter((t) => t.pos === 'VERB' || t.pos === 'AUX');
    const past = verbs.some((t) => isPast(t.value, t.lemma()));
    // "We" with a past verb of its own, within three words: "we met", "we both got stuck".
    const sharedWe = words.some((t, i) => SHARED_WE.has(t.value.toLowerCase()) && words.slice(i + 1, i + 4).some((next) => (next.pos === 'VERB' || next.pos === 'AUX') && isPast(next.value, next.lemma())));
    const possessiveName = words.some((t, i) => t.pos === 'PROPN' && (words[i + 1]?.value === "'s" || words[i + 1]?.value === '’s'));
    const news = theirNewsIn(tokens.slice(start));
    const addresses = lower.some((word) => ADDRESSING.has(word)) || sharedWe || ADDRESSING_OPENINGS.has(lower[0]) || possessiveName || news !== undefined;
    if (!addresses) return;
    // A time is shared when it is past ("last night", "on the 14th"), or in a sentence without a verb ("Great game on Sunday").
    const inSentence = entities.filter((_, e) => entitySpans[e][0] >= first && entitySpans[e][1] <= last);
    const time = past || verbs.length === 0 ? timeIn(inSentence) : undefined;
    const anchor = time ?? linkOrTitle(sentenceText) ?? slotIn(sentenceText) ?? properNounIn(words, sentenceText) ?? theirWorkIn(words) ?? news;
    if (anchor) evidence = { sentence: sentenceText.trim(), anchor };
  });
  return evidence;
}

/** Where the sentence starts after a greeting: "Hi Priya -", "Dear Ms. Ito,", "Hey!". */
function afterGreeting(tokens: readonly Token[]): number {
  if (!/^(?:hi|hello|hey|dear|hiya|greetings|morning)$/i.test(tokens[0]?.value ?? '')) return 0;
  const end = tokens.findIndex((t, i) => i > 0 && /^[,!:;–—-]$/.test(t.value));
  return end === -1 || end > 5 ? 1 : end + 1;
}

/** A time the sentence names: "last night", "this week", "on Sunday", "the 14th", "in 2019". */
function timeIn(entities: readonly { value: string; type: string }[]): string | undefined {
  // An ordinal is a time when it is a day ("the 14th"), not a rank ("the first").
  return entities.find((entity) => TIMES.has(entity.type) && (entity.type !== 'ORDINAL' || /\d/.test(entity.value)))?.value;
}

/** A quoted title or a link. */
function linkOrTitle(text: string): string | undefined {
  return /\bhttps?:\/\/\S+|\bwww\.\S+/.exec(text)?.[0] ?? /["“]([^"”\n]{3,80})["”]/.exec(text)?.[0];
}

/** A slot standing for an anchor: `[the event]`, `<topic>`, `{{context}}`; not one for their name, job or city. */
function slotIn(text: string): string | undefined {
  for (const match of text.matchAll(SLOT)) {
    if (ANCHOR_SLOT.test((match[1] ?? match[2] ?? match[3]).replace(/_/g, ' '))) return match[0];
  }
  return undefined;
}

/**
 * A piece of their work, named by what it is about: "your recent post about data-driven
 * marketing", "your approach to onboarding". Vague nouns ("your work in sales", "your
 * background") say nothing specific.
 */
function theirWorkIn(words: readonly Token[]): string | undefined {
  for (const [index, word] of words.entries()) {
    if (word.value.toLowerCase() !== 'your') continue;
    const noun = words.slice(index + 1, index + 5).findIndex((t) => t.pos === 'NOUN');
    if (noun === -1) continue;
    // The head of a compound is its last noun: "your blog post on …", "your conference talk about …".
    let at = index + 1 + noun;
    while (words[at + 1]?.pos === 'NOUN') at++;
    const about = words[at + 1];
    const topic = words[at + 2];
    if (VAGUE_NOUNS.has(words[at].lemma().toLowerCase()) || !about || !TOPIC_LINKS.has(about.value.toLowerCase()) || !topic) continue;
    if (topic.pos !== 'NOUN' && topic.pos !== 'PROPN' && topic.pos !== 'ADJ' && topic.pos !== 'VERB') continue;
    return words.slice(index, at + 3).map((t) => t.value).join(' ');
  }
  return undefined;
}

/** Verbs that take what the sender saw, read or heard. */
const PERCEIVING = new Set(['see', 'notice', 'read', 'hear', 'spot', 'learn']);
/**
 * Verbs that tell where they work or what they are, or a glance at a profile, not what they did:
 * "noticed you work there", "saw you're based in Austin", "noticed you checked out my profile".
 */
const NOT_NEWS = new Set(['be', 'have', 'work', 'base', 'look', 'seem', 'view', 'visit', 'check', 'follow', 'connect', 'know', 'share']);
/** Tokens that can stand for who did it: a pronoun, a name, a noun, or the start of a slot. */
const SUBJECT_POS = new Set(['PRON', 'PROPN', 'NOUN']);

/**
 * Their news or their doing, as the sender came to know it: a verb of seeing or hearing whose
 * clause has someone doing something, in the past or right now. "Saw you're scaling the team at
 * [Company]", "saw [Firm Name] invested in [Portfolio Company]", "saw you worked on [project]",
 * "saw {{company}} is hiring for {{role_title}}" (four public templates, from four sources). A
 * state, where they work or what they are, is not news; nor is a passive ("you're based in").
 */
function theirNewsIn(tokens: readonly Token[]): string | undefined {
  for (const [index, token] of tokens.entries()) {
    if (token.pos !== 'VERB' || !PERCEIVING.has(token.lemma().toLowerCase())) continue;
    let from = index + 1;
    if (tokens[from]?.value.toLowerCase() === 'that') from++;
    const verbAt = tokens.findIndex((t, i) => i > from && i <= from + 6 && t.pos === 'VERB');
    if (verbAt === -1) continue;
    const between = tokens.slice(from, verbAt);
    if (!between.some((t) => SUBJECT_POS.has(t.pos) || '[{<'.includes(t.value))) continue;
    if (between.some((t) => t.pos === 'VERB')) continue;
    const verb = tokens[verbAt];
    const lemma = verb.lemma().toLowerCase();
    if (NOT_NEWS.has(lemma)) continue;
    const afterBe = between.length > 0 && between[between.length - 1].pos === 'AUX' && between[between.length - 1].lemma().toLowerCase() === 'be';
    const progressive = afterBe && /ing$/i.test(verb.value);
    const past = !afterBe && isPast(verb.value, lemma);
    if (progressive || past) return tokens.slice(index, verbAt + 1).map((t) => t.value).join(' ');
  }
  return undefined;
}

/** Nouns that name nothing specific of theirs. */
const VAGUE_NOUNS = new Set(['profile', 'background', 'experience', 'work', 'career', 'company', 'role', 'industry', 'space', 'field', 'network', 'team', 'business', 'expertise', 'skill', 'journey', 'page', 'position', 'title', 'job', 'area', 'world', 'organization', 'firm', 'interest', 'view', 'opinion', 'thought', 'perspective', 'take', 'advice', 'insight', 'input', 'feedback', 'time', 'help']);
/** The words that tie a piece of work to its topic. */
const TOPIC_LINKS = new Set(['on', 'about', 'to', 'regarding']);

/** Whether a verb form is past: it differs from its lemma, and is not a present, an -ing or a modal form. */
function isPast(value: string, lemma: string): boolean {
  const word = value.toLowerCase();
  return word !== lemma.toLowerCase() && !NOT_PAST.has(word) && !/(?:ing|s)$/.test(word);
}

/**
 * A proper noun that names something specific: not the sentence's first word (capitalised
 * anyway), not "I" or "LinkedIn", and not their employer named on its own.
 */
function properNounIn(words: readonly Token[], sentenceText: string): string | undefined {
  let searchFrom = 0;
  let excluded = false;
  for (const [index, word] of words.entries()) {
    const at = sentenceText.indexOf(word.value, searchFrom);
    if (at !== -1) searchFrom = at + word.value.length;
    const name = index > 0 && word.pos === 'PROPN' && /^\p{Lu}/u.test(word.value) && !NOT_ANCHORS.has(word.value.toLowerCase());
    // A name their employer or field starts excludes the rest of it too ("in New York", "the HR Experience field").
    excluded = name && ((excluded && words[index - 1]?.pos === 'PROPN') || (at !== -1 && EMPLOYER_FRAME.test(sentenceText.slice(0, at))) || FIELD.test(sentenceText.slice(at + word.value.length)));
    if (name && !excluded) return word.value;
  }
  return undefined;
}

/** The tokens outside slots: what stands between `[` and `]`, `<` and `>` or braces is dropped. */
function withoutSlots(tokens: readonly Token[]): Token[] {
  const kept: Token[] = [];
  let depth = 0;
  for (const token of tokens) {
    if ('[<{'.includes(token.value)) depth++;
    else if (']>}'.includes(token.value)) depth = Math.max(0, depth - 1);
    else if (depth === 0) kept.push(token);
  }
  return kept;
}
