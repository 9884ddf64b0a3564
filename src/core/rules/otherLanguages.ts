import { allMatches } from '../normalize';
import { ANCHOR_SLOT, MAX_CONTEXT_READ } from './contextStructure';
import { FILLER_LETTERS } from './placeholderPatterns';
import { QUICK_CALL_REASON, type StockPhrase } from './stockPhrases';

/**
 * What the wording rules know of German, French, Spanish, Portuguese, Dutch and Italian. The
 * English context check parses the note (contextStructure.ts); its library covers English only,
 * so these languages get the same structure from plain word lists. A sentence counts when it
 * speaks to the recipient (their pronouns, thanks, praise, what the sender saw or read of
 * theirs), or of the two of them ("we" with a past tense, "together", "we were colleagues", a
 * named person who sent the sender), and names something specific: a name (a capitalised word
 * inside a sentence; in German, where every noun is capitalised, see hasName), a year or a date,
 * a weekday, a month or a word for a recent time, a quoted title, a link, a piece of their work,
 * or a slot for an anchor. Congratulations on their news count on their own.
 *
 * The lists are the languages' own words, not translations of the English rules. Three reviews
 * by a second reader who reads all six languages (not the author) found gaps and false friends;
 * each finding fixed here has a test each way (test/unit/language.test.ts). Notes written blind
 * in each language measure them (`npm run eval`).
 */
export interface LanguageData {
  /** Pronouns that speak to the recipient. */
  speaking: RegExp;
  /**
   * "Like you", "like yours": a mass pitch's comparison ("empresas como la tuya", "des PME comme
   * la vôtre"), which speaks to everyone alike; its pronoun does not make a sentence speak to them.
   * Not "as you know" or "how are you" ("Olá Ana, como você está?"): see `comparison`. Global.
   */
  likeYou: RegExp;
  /**
   * Words that speak to them without a pronoun, as in English: thanks and congratulations, and
   * what the sender saw, read or heard of theirs (their news: "vi [LOGRO]").
   */
  addressing: RegExp;
  /**
   * Words that speak of the two of them without "we", as English "together" does: "together",
   * "former colleague" ("wir haben zusammen bei Bosch angefangen", "oud-collega van de Albert Heijn"),
   * the same course, team, school or table ("somos del mismo MBA", "nello stesso panel"), though
   * not the same sector or field, which is a same-field claim (`overlap`); "me too" with a past
   * ("yo también estudié en la UNAM", "anch'io ero al convegno"), where "me too" with a present is
   * a same-field claim (`overlap`); "do you remember…" ("te acuerdas del erasmus", "weet je nog").
   * The sender as the new one in their team is read beside it, in all six at once
   * (NEW_ONE_IN_THEIR_FIRM, NEW_ONE_AFTER_GREETING).
   */
  shared: RegExp;
  /**
   * A piece of their work, as English "your post", "your talk" (contextSignals.ts): an article,
   * post, talk, interview, book, or their job posting, as English reads "your job posting for…"
   * ("deine Stellenanzeige", "je vacature voor…"). In a sentence that speaks to them it is an
   * anchor, unless the sender's own possessive or an indefinite article comes just before it
   * ("mein Artikel", "una vacante"). Global: read with allMatches.
   */
  theirWork: RegExp;
  /**
   * The plural of a piece of their work ("Ihre Beiträge", "vos publications"): their output in
   * general, which praise of it does not make specific, so it counts only with its topic ("deine
   * Posts über Rust"). Tested on a `theirWork` match.
   */
  plural: RegExp;
  /** The sender's possessives ("my", "our"), which make a piece of work the sender's own. */
  mine: RegExp;
  /** Their possessives ("your"), which make a piece of work theirs: "tu publicación", "votre article". */
  your: RegExp;
  /** The words that tie a piece of work to its topic, as English "on" and "about": "über", "sobre", "sur". */
  about: RegExp;
  /**
   * Season's greetings ("Très belle année 2025 à vous !", "Tanti auguri per le feste!") and a
   * blessing ("Que Deus abençoe sua semana"): the same for everyone, so a sentence with them gives
   * no context, year and all.
   */
  wishes: RegExp;
  /**
   * A named person sent the sender to them, as English "Ana suggested I reach out" says
   * (contextSignals.ts): "La Dra. Paula Fuentes me sugirió contactarlo", or told the sender their
   * news ("soube pelo João que…", "ho saputo da Rosaria che…"). The sentence speaks of a mutual
   * contact; their name is its anchor.
   */
  referral: RegExp;
  /**
   * Both in one line of work or one city ("ambos trabajamos en el sector farmacéutico", "anch'io
   * sono di Napoli", "você também trabalha com ONGs"): a same-field claim, which the corpus
   * definition does not count, even with a city or a sector named in it.
   */
  overlap: RegExp;
  /**
   * A field or sector named after these words ("im Bereich Pharma und Life Sciences", "en el
   * sector farmacéutico") is a line of work, not a name, as English "the HR field" is
   * (contextStructure.ts); the next four words are read as the field. Global.
   */
  fieldFrame: RegExp;
  /**
   * A region the sender serves or seeks work in, and the places named in it: after "zona",
   * "regio", "na região de" ("cerco lavoro come magazziniere zona Verona", "vacature in regio
   * Utrecht") or after job openings ("várias vagas em Lisboa", "vacatures in de Randstad"), or
   * before "and surroundings" ("Brescia e provincia", "Zwolle en omgeving"). The sender's market
   * is no place the two of them share; stripped only in a sentence that does not speak of the two
   * of them. Undefined where no note showed one. Global.
   */
  region?: RegExp;
  /**
   * A role named after "as" ("als Senior Game Designer", "en tant que Head of Sales", "como
   * especialista en IA"): a job title, which names no one, as English reads "you're a VP at…"
   * (contextStructure.ts). The capitalised words after it are read as the role, or in the Romance
   * languages, which write roles in lower case, a word with a role's ending and its field. Global.
   */
  role: RegExp;
  /**
   * Where they work or live, named after "you work at" or "you are in" ("Sie arbeiten bei DHL im
   * Hub Leipzig", "trabalha na Sonae MC", "dass du bei SAP arbeitest", "veo que estás en
   * Monterrey", "vedo che lavora a Torino"): their company or their city alone, read off their
   * profile, which the corpus definition does not count, as English reads "you work at…"; and a
   * capitalised title read there ("je vois que vous êtes Directeur chez…"). Not their news ("du
   * bist jetzt bei Otto", "vi que ahora estás en…", "visto che adesso lavori in Pirelli"). Global.
   */
  theirEmployer: RegExp;
  /**
   * Praise that opens a sentence speaks to them without a pronoun, as English "Great talk at…"
   * does: "Cooler Talk auf der heise devSec letzte Woche!". Tested after the greeting.
   */
  praise: RegExp;
  /** Congratulations on something of theirs: their news, context on its own as English "Congrats on…" is. */
  congratulations: RegExp;
  /**
   * "It's [name] from the…", as a sender reminds them who she is by a group the two of them share
   * ("c'est mathis de la caserne", "soy la vicky del club", "é a bia do grupo de jovens"), up to
   * the preposition; a role in its name's place is no name ("sono la responsabile del…").
   * Context when a common noun in lower case follows: the group, not the sender's own firm
   * ("Aqui é o Bruno da Contafácil" is a pitch). Asked, too: "bist du der aus der 10b?", "¿sos el
   * de la cursada…?", "sei tu del liceo…?". Undefined where no note showed one.
   */
  reintroduction?: RegExp;
  /**
   * "From the…" opening a sentence after the greeting, as a sender says who she is by a group
   * the two of them share without "it's" ("Hola Nico, del coro de la UBA", "Hoi Eva, van de
   * volleybalclub in Zwolle"), or after "I am" and a name, its first group ("sono fede del corso
   * di inglese"). Anchored at the start; the group is read as `reintroduction`'s is.
   */
  fromTheGroup?: RegExp;
  /**
   * Words of a slot that stands for a shared anchor (an event, a topic, a piece of work, a
   * group, a mutual contact, a detail, a date or a place), as English `[the event]` does
   * (contextStructure.ts); word beginnings. A slot for their name, company, role, city or field
   * (`[Vorname]`, `[secteur]`, `[Área]`) names nothing the two of them share.
   */
  anchorSlot: RegExp;
  /** What everyone has: their profile, work, experience, career, company, role. */
  vague: RegExp;
  /**
   * A vague noun and "in", ending the text before a slot (trimmed): "tu trabajo en [TEMA]", "Ihre Erfahrung
   * im [Bereich]". The slot is then their field, which anyone in it shares, not an anchor; English
   * reads "your work in sales" the same way (contextStructure.ts, theirWorkIn).
   */
  fieldBeforeSlot: RegExp;
  /** The first person plural. */
  we: RegExp;
  /** A past tense, as "we" uses it: the perfect's auxiliary and participle, or a simple past. */
  past: RegExp;
  /**
   * Whether the verb alone says "we" (Spanish, Portuguese, Italian: "trabajamos juntos"), so its
   * past forms, all of the first person plural, need no pronoun.
   */
  dropsPronoun: boolean;
  /** Weekdays and months: a time, unless proposed (`upcoming`, or asked without a past tense). */
  days: RegExp;
  /**
   * "As we discussed" or "as agreed" with a call or a meeting ("conforme conversamos por
   * telefone", "zoals vanochtend telefonisch besproken", "come d'accordo al telefono"): the note
   * follows up one exchange the two of them had, which is its context.
   */
  asAgreed: RegExp;
  /** Words for a recent time ("gestern", "la semaine dernière", "ieri"): past, so never proposed. */
  recent: RegExp;
  /**
   * "Next", "coming": a weekday or month after it is proposed, not shared ("am nächsten Dienstag");
   * so is a month a sender wants to start from ("un stage à partir de janvier", "een stageplek voor
   * februari"); not German "ab März", where the sender mostly takes over something of theirs
   * ("ich übernehme ab März Ihre frühere Stelle").
   */
  upcoming: RegExp;
  /** "Today": a time only beside a past tense ("wir haben uns heute getroffen"); alone it mostly opens a pitch ("Heute möchte ich Ihnen…"). */
  today: RegExp;
  /** Whether every noun is capitalised, so a single capital says nothing. */
  capitalisesNouns: boolean;
  /**
   * Prepositions of place before an event, a school, a place or an employer: "beim", "en", "na",
   * "al", "bij"; not "de" or "di", which mostly tie two common nouns ("parte della sua rete"). In
   * a note typed all in lower case, as on a phone, the word after one stands where a capitalised
   * name would ("estuvimos juntas en enfermería", "beim hackathon in münchen").
   */
  prepositions: RegExp;
  /**
   * Words that name nothing, as a whole word: articles, pronouns, possessives, demonstratives and
   * quantities ("la", "mio", "dezelfde"), and the nouns of set phrases after a preposition ("en
   * contacto", "in Kontakt"). Neither after a preposition in lower case nor opening a referral
   * ("La Dra. Fuentes me sugirió…" opens with an article, "Marta me sugirió…" with a name).
   */
  closedClass: RegExp;
  stock: readonly StockPhrase[];
}

/** Where the examples below were quoted from (test/fixtures/corpus/invites-v2.jsonl has each note with its labels). */
const SOURCES = {
  deQuickCall: 'https://github.com/tomxxxxx/ai-company-02/blob/c3e9fc45f29d1da38e58459bb07d090ebc026c58/Archiv/outreach-templates.md',
  deShortCall: 'https://github.com/TaeGuNi/helloprompt.kr/blob/45eabb8b39c4897cbdf9f4c7070b3370264ba33e/src/content/posts/2026/02/coffee-chat-cold-email/index.de.md',
  deVernetzen: 'https://github.com/pas-ventures/unleash-venture-skills-public/blob/060efe3bbaf3781631836da9fba7ce915015be63/linkedin-outreach.md',
  frAuPlaisir: 'https://mesconstats.ca/2016/11/12/linkedin-et-plus-si-affinites/',
  esConectamos: 'https://github.com/OpenBlatam/Automation-StartUps/blob/40275b3e7f679a2386b00b2badc97bdcd4cdb310/01_marketing/08_ai_marketing/03_dm_ia_bulk_documentos_ultimate.md',
  esTeConectamos: 'https://github.com/OpenBlatam/Automation-StartUps/blob/40275b3e7f679a2386b00b2badc97bdcd4cdb310/01_marketing/08_ai_marketing/dms_curso_ia_webinars.md',
  ptExpandir: 'https://github.com/marllonDev/conecta-linkedIn/blob/036a1e7192713463113a5fce6e57e52e2cc16559/background.js',
  ptAmpliarmos: 'https://github.com/RenatoAsteri0/linkedin-network-bot-python/blob/8297414337cb96a1225535da8d5cc52a6199d646/README.md',
  nlFormal: 'https://github.com/elvatix/bubble/blob/18620f23e89d245a95cdb6bfb9a506ff8fc8928b/nextjs/app/module-connectieverzoeken/page.tsx',
  nlInformal: 'https://github.com/elvatix/bubble/blob/05b9cdaf9352510e4e984c37ce1281474cda9af8/nextjs/app/features/connections/page.tsx',
  nlNetwork: 'https://github.com/Gianni202202/elvatix-homepage/blob/58299b657ce12abd6884dc982620a3bfc52098a5/nextjs/app/features/connections/page.tsx',
  itDefault: 'https://www.ralph-dte.eu/tag/social-network/',
} as const;
/** LinkedIn's default sentence in the member's language, as it pre-fills the note; no public page quoting it was found. */
export const RECALLED_DEFAULT = "LinkedIn's own default sentence in this language; recipients see it every day and it says nothing about you or them.";

/**
 * A German participle of meeting, talking, working, studying or spending time together, which is
 * what "we" in the past says of the two of them: "getroffen", "kennengelernt", "unterhalten",
 * "zusammengearbeitet". The participles of a company's record ("wir haben … automatisiert",
 * "wir haben uns auf SAP spezialisiert") speak of the sender's firm, not of the two of them.
 */
const DE_PARTICIPLE = String.raw`\p{L}{0,10}?(?:getroffen|kennengelernt|kennen gelernt|gesprochen|unterhalten|begegnet|gesehen|ausgetauscht|gearbeitet|studiert|gesessen|geredet|geplaudert|gequatscht|gefachsimpelt|gefeiert|gereist|gelaufen|teilgenommen|besucht|diskutiert|telefoniert|geschrieben|gechattet|verabredet|gespielt|gesungen|trainiert|erlebt|verbracht|absolviert|gewesen|gegessen|gelernt|kenneglernt|glernt|gmacht|gange|gsi|gschaffet|troffe|gseh|gredt)`;
/** The same in Dutch: "ontmoet", "gesproken", "samengewerkt", "leren kennen". */
const NL_PARTICIPLE = String.raw`\p{L}{0,10}?(?:ontmoet|gesproken|gewerkt|gezien|gezeten|gepraat|gekletst|gereisd|gelopen|gefeest|leren kennen|gestudeerd|gedeeld|bezocht|deelgenomen|gebeld|gechat|gediscussieerd|besproken|gespeeld|meegemaakt|gekend|gegeten|geweest|gevolgd)`;
/**
 * What stands between a German or Dutch auxiliary and the participle that closes its clause: the
 * time, the place, the occasion and the topic all go in between ("wir haben uns am 3. Mai auf dem
 * Apothekertag in Leipzig am Stand von Medipharm kurz über … unterhalten"), so the bracket is
 * read up to 200 UTF-16 units, across the full stop of an ordinal or of a short abbreviation ("St.
 * Gallen", "Prof.") but no other sentence or clause end.
 */
const BRACKET = String.raw`(?:[^.!?,;]|(?<=\d|(?<![\p{L}\p{N}])\p{L}{1,4})\.(?=\s)){0,200}?`;

/**
 * The employer a role is held at, after the role ("als Vertriebsleiter der Müller GmbH", "como
 * Director de Ventas en Acme", "als Leiter des strategischen Einkaufs bei der Kesselring
 * Automotive AG", "Direttore Tecnico in Brembo"): with the role, a fact about its holder, not an anchor.
 */
const EMPLOYER = String.raw`(?:\s(?:der|des|bei|von|vom|im|in|presso|chez|de|du|en|di|del|della|da|do|na|no|van|bij)(?:\s(?:der|dem|den|des))?(?:\s\p{Ll}+)?(?:\s\p{Lu}[^\s.,;:!?()]*){1,4}){0,2}`;

/**
 * Who the two of them were to each other, not a role: "como excompañero de Telefónica", "comme
 * ancien collègue", and a customer of theirs ("sou cliente da tua clínica").
 */
const NOT_A_ROLE = String.raw`(?:ex-?)?(?:compa|colleg|collèg|coleg|camarad|amig|ami|anci|client|klant)`;
/**
 * Their possessives, after a role's preposition: "soy profesora de tu hija", "sou paciente da sua
 * clínica". The role is then the sender's tie to them, not a fact about the sender alone.
 */
const YOURS = String.raw`tu|tus|tua|tuas|teu|teus|sua|suas|seu|seus|su|sus|tuo|tuoi|tue|ton|ta|tes|votre|vos|je|jouw|uw|jullie`;
/**
 * A student: after "I am", their school is where the two of them may have met, so it stays ("soy
 * estudiante de la Ibero", "sou estudante da USP", "étudiante à HEC"); their subject does not
 * ("soy estudiante de último año de Ingeniería Industrial", "sono uno studente di Ingegneria
 * gestionale"), known by a plain "of" or "in" without an article after it.
 */
const STUDENT = String.raw`(?:estudiant|étudiant|estudant|student)`;
/** The articles that, after a student's "of" or "in", make the next words a school. */
const ARTICLE_AFTER_STUDENT = String.raw`(?:la|el|los|las|le|les|l['’]\p{L}*|il|lo|gli|i|a|o|as|os|de|het|der|die|das)`;

/**
 * Words that make "together" a proposal, not a past the two of them share: a modal or a
 * conditional ("Vielleicht können wir mal zusammen…", "J'aimerais qu'on puisse travailler
 * ensemble", "¿Podríamos colaborar juntos?", "Zullen we eens samen sparren?"), up to 40 UTF-16
 * units before it in its sentence. Pattern sources, read inside each language's `shared`.
 */
const FUTURE = {
  de: words(String.raw`können|könnten|würden|sollten|wollen|möchten|lass uns|lassen Sie uns|chönd|chönnted|chönnt|wänd|söttet`).source,
  fr: words(String.raw`pourrions|pourrait|pourrons|pourra|puissions|puisse|aimerais|aimerait|voudrais|souhaiterais|allons|faudrait|envie de|hâte de`).source,
  es: words(String.raw`podríamos|podemos|podamos|podrían|podremos|hagamos|me gustaría|nos gustaría|me encantaría`).source,
  pt: words(String.raw`podemos|poderíamos|possamos|poderemos|vamos|gostaria|adoraria`).source,
  nl: words(String.raw`zullen|kunnen|zouden|laten we|willen`).source,
  it: words(String.raw`potremmo|possiamo|potremo|vorrei|vorremmo|mi piacerebbe|ci piacerebbe|facciamo`).source,
} as const;

/**
 * The sender's arrival in their firm, in the six languages, which speaks of the two of them as
 * `shared` does: "I am the new one" alone ("ich bin die Neue.", "soy la nueva de administración",
 * "je suis la nouvelle de l'équipe achats"), a colleague or intern ("sou a nova colega"), or a
 * role at a unit of a firm within five words ("soy la nueva responsable de compras en la planta de
 * Martorell", "il nuovo responsabile qualità dello stabilimento di Ivrea"). Not a firm's new
 * representative for a region ("soy el nuevo ejecutivo de cuentas de BBVA Empresas para la zona de
 * Valencia", "ik ben de nieuwe accountmanager van KPN voor de regio Utrecht", "nuova nel team di
 * Fastweb Business per la zona di Verona"): a sales introduction sent to many.
 */
const NEW_ONE = String.raw`(?:neue|nouveau|nouvelle|nouvel|nuevo|nueva|novo|nova|nieuwe|nuovo|nuova)(?![\p{L}\p{N}])(?![^.!?]{0,120}?(?<![\p{L}])(?:per|para|pour|für|voor|nella|en|dans|na)\s(?:(?:la|le|l['’]|a|o|die|das|der|de|het|il|el|den)\s?)?(?:zona|zone|región|region|regio|região|gebiet|territorio|territoire|secteur|sector|provincia|province|provincie|bezirk)(?![\p{L}]))(?=\s*(?:[.,;:!?…]|$)|\s(?:de|del|della|dell['’]|du|des|van|aus|from)(?![\p{L}])|\s(?:kolleg|praktikant|azubi|collègue|stagiaire|alternant|compañer|practicante|becari|colaborador|colega|estagiári|collega|stagiair|stagista|tirocinante|collaborat)|(?:\s[^\s.,;:!?]+){0,5}?\s(?:en|à|dans|a|in|im|am|bij|na|no|nel|nello|nella|dello|della|dell['’]|do|da|de|del|du|des|op|at)\s(?:(?:la|le|el|l['’]|il|lo|o|a|de|het|der|dem|den)\s?)?(?:planta|fábrica|fabrica|usine|werk|fabriek|stabilimento|oficina|escritório|bureau|büro|ufficio|kantoor|agence|agencia|agência|agenzia|filiale|sucursal|vestiging|standort|sede|equipo|equipa|équipe|team|squadra|afdeling|abteilung|reparto|servizio|service|departamento|département|dipartimento|servicio|serviço|magazzino|almacén|armazém|entrepôt|magazijn|lager|hospital|hôpital|ospedale|ziekenhuis|krankenhaus|clinique|clínica|clinica|klinik|colegio|école|scuola|schule|escola|obra|chantier|cantiere|baustelle|tienda|loja|magasin|negozio|winkel|laden)(?![\p{L}]))`;
/** After "I am": "soy la nueva de administración", "ik ben de nieuwe planner bij…". */
const NEW_ONE_IN_THEIR_FIRM = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:ich bin|je suis|soy|sou|ik ben|sono)(?: (?:(?:el|la|o|a|il|lo|der|die) )?\p{L}+,?)? (?:der|die|le|la|el|o|a|de|il|lo) ${NEW_ONE}`, 'iu');
/**
 * A sentence's opening up to the greeting's comma, "!" or colon, in up to three words ("Salut
 * Camille,", "Hi Chris,"): what the sender says of herself right after it needs no "I am".
 */
const GREETING_AND_NAME = String.raw`^\s*(?:\p{L}+\s){0,2}\p{L}+[,!:]`;

/** The new one right after the greeting, without "I am": "Salut Camille, nouvelle recrue de l'équipe data…", "Bonjour Antoine, nouveau dans l'équipe Data…". */
const NEW_ONE_AFTER_GREETING = new RegExp(String.raw`${GREETING_AND_NAME}\s+(?:(?:der|die|le|la|el|o|a|il|lo) )?${NEW_ONE}`, 'iu');

/**
 * "Now", "already", in the six languages: beside "you are in…" or "you work at…", the news of a
 * move ("vi que ahora estás en…", "ho visto che ora sei a Londra", "visto che adesso lavori in
 * Pirelli"), which counts, not their city or employer read off a profile.
 */
const NOW = String.raw`ahora|ya|recién|agora|já|ora|adesso|ormai|maintenant|désormais|nu|inmiddels|jetzt|mittlerweile|inzwischen`;
/** A city or an employer read off their profile, unless "now" comes within a few words before or after. */
function notNews(opening: string): string {
  return String.raw`(?<!(?<![\p{L}])(?:${NOW})\s(?:\p{L}+\s){0,2})(?:${opening})(?![^.!?]{0,40}(?<![\p{L}])(?:${NOW})(?![\p{L}]))`;
}

/**
 * "I see that you are…" before a title or a business read off their profile ("veo que eres gerente
 * de compras en Bimbo", "j'ai vu que vous étiez Directeur Commercial chez Orange", "notei que você é
 * Gerente de Vendas"): in `theirEmployer` before a capitalised title, in `role` before a lower-case
 * one, as the sender's own "soy gerente de…" is read. Not news: `notNews` applies.
 */
const SEEN_ON_PROFILE = {
  fr: String.raw`(?<=(?:[Vv]ois|vu|remarqué|constate|noté) que )(?:vous êtes|tu es|vous étiez|tu étais)`,
  es: String.raw`(?<=(?:[Vv]eo|[Vv]i|[Nn]oto|[Nn]oté) que )(?:eres|es|usted es)`,
  pt: String.raw`(?<=(?:[Vv]ejo|[Vv]i|[Nn]oto|[Nn]otei|[Rr]eparei) que )(?:você é|vc é|és|é)`,
  it: String.raw`(?<=(?:[Vv]edo|visto|notato) che )(?:sei|è|lei è)`,
} as const;

/**
 * Dutch "I see that you are [title] at…", the verb last: "ik zie dat u eigenaar bent van een slagerij
 * in Amersfoort", "ik zie dat je HR-manager bent in Utrecht": up to three words before "bent", and
 * what follows a preposition after it. Not news ("dat je nu…", "bent geworden"), nor "also" ("dat je
 * ook…"), which claims something shared.
 */
const DUTCH_TITLE_SEEN = String.raw`(?<=(?:[Zz]ie|[Zz]ag) )dat (?:je|jij|u) (?!(?:[^\s.,;:!?]+ ){0,3}?(?:${NOW}|ook|net als)(?![\p{L}]))(?:[^\s.,;:!?]+ ){1,3}bent(?! (?:geworden|begonnen|gestart|overgestapt|gegaan)(?![\p{L}]))(?: (?:bij|in|van|voor)(?: [^\s.,;:!?()]+){1,5})?`;

/** What everyone has, in each language: their profile, work, experience, career, company, role. */
const VAGUE = {
  de: String.raw`profil|arbeit|erfahrung\p{L}*|expertise|tätigkeit|hintergrund|karriere|werdegang|unternehmen|firma|position|rolle`,
  fr: String.raw`profil|travail|expérience|expertise|parcours|carrière|activité|entreprise|poste|rôle`,
  es: String.raw`perfil|trabajo|experiencia|trayectoria|carrera|labor|empresa|puesto|cargo|rol`,
  pt: String.raw`perfil|trabalho|experiência|trajetória|carreira|atuação|empresa|cargo|função`,
  nl: String.raw`profiel|werk|ervaring|expertise|achtergrond|carrière|loopbaan|bedrijf|functie|rol`,
  it: String.raw`profilo|lavoro|esperienza|percorso|carriera|attività|azienda|ruolo|posizione`,
} as const;

/** Words after a German preposition that are no noun: articles, pronouns, possessives, quantities ("in der", "mit dir", "bei so"). */
const GERMAN_FUNCTION_WORDS = /^(?:der|die|das|dem|den|des|ein|eine|einem|einen|einer|eines|mir|mich|dir|dich|uns|euch|ihnen|ihm|ihr|ihre\p{L}*|dein\p{L}*|mein\p{L}*|unser\p{L}*|euer|eure\p{L}*|sein\p{L}*|diese\p{L}*|jede\p{L}*|alle\p{L}*|viel\p{L}*|so|wie|was|kurzem|zwei|drei|vier|letzte\p{L}*|nächste\p{L}*|welche\p{L}*|sie|es|ich|wir|man|einige\p{L}*|mehrere\p{L}*|beide\p{L}*|andere\p{L}*|etwas|nichts|gleiche\p{L}*|selbe\p{L}*|dieselbe\p{L}*|dasselbe)$/u;

export const OTHER_LANGUAGES: Readonly<Record<string, LanguageData>> = {
  de: {
    // The polite forms only capitalised: lower case, "sie" and "ihr" are "she", "they" and "her".
    speaking: words(String.raw`[Dd](?:u|ich|ir|ein\w*|ini\w*)|[Ee](?:uch|u(?:er|re)\w*)|Sie|Ihnen|Ihr\w*|DU|DICH|DIR|SIE|IHNEN`, 'u'),
    // Nouns are capitalised, so the comparison is known by the noun before it: "Unternehmen wie Ihres".
    likeYou: new RegExp(String.raw`(?<![\p{L}\p{N}])[Ww]ie(?<=\p{Lu}\p{Ll}+\s[Ww]ie) (?:(?:die|der|das) (?:Ihre|Ihrige|deine)|Ihres|Ihrer|Ihrem|Ihnen|Sie|deines|deiner|deinem|du|dich|dir|DU)(?![\p{L}\p{N}])`, 'gu'),
    addressing: words(String.raw`danke|vielen dank|bedanke|herzlichen dank|besten dank|tausend dank|dankeschön|glückwunsch|gratuliere|gesehen|gelesen|bemerkt|gehört(?!\s+zu[mr]?(?![\p{L}\p{N}]))|glückwünsche`),
    shared: words(String.raw`unser(?:em|es|en)? (?:gespräch|telefonat|treffen|austausch|kennenlernen)|(?:kennengelernt|getroffen|gesprochen|wiedergesehen|wiedergetroffen|unterhalten) zu haben|kennen uns (?:vom|von|aus|über)|(?:gleichen|selben|demselben|derselben|die gleiche|dieselbe|das gleiche|dasselbe|den gleichen|denselben) (?:kurs|klasse|team|schule|uni|universität|hochschule|firma|büro|projekt|master|mba|programm|gruppe|tisch|panel|verein|chor|abteilung|jahrgang|semester|seminar|studiengang|unternehmen|ausbildung|studium|standort|gymnasium|workshop|stockwerk|etage|gebäude|flur)|zusammen(?:ge)?(?:arbeitet|studiert|spielt)|(?<!${FUTURE.de}[^.!?]{0,40})(?:zäme|zusammen|gemeinsam)(?!\s+mit\s+(?!(?:ihnen|dir|euch)(?![\p{L}\p{N}])))|wir kennen uns|kannten uns|(?<!mein\p{L}*\s)(?:ehemalige[rn]?|frühere[rn]?|alte[rn]?|ex-?)\s?\p{L}*kolleg\p{L}*(?!\s+(?:von mir|von uns|meine[rs]?)(?![\p{L}\p{N}]))|(?:Ihre|deine|Ihr|dein) nachbar(?:in)?|wir (?:sind|waren) (?:\p{L}+ ){0,3}(?:nachbar\p{L}*|kolleg\p{L}*|kommiliton\p{L}*|teamkolleg\p{L}*)|war [^.!?]{0,80}?(?:kennenzulernen|zu treffen|getroffen zu haben)|war (?:(?:echt|sehr|wirklich|total|mega|voll|richtig|so|einfach) )?(?:schön|toll|super|lässig|nett|cool|lustig|klasse|genial|gemütlich|witzig)(?=\s(?:gestern|vorgestern|neulich|letzte\p{L}*|am|beim|bei|auf|im|in|mit)(?![\p{L}\p{N}]))|erinnerst du dich|erinnern sie sich (?:noch )?an (?:mich|uns|unser\p{L}*)|wei(?:ß|ss)t du noch|wisst ihr noch|kannst du dich [^.!?]{0,60}?erinnern|lange nicht gesehen|lang ist['’]?s her|lange nichts (?:voneinander )?gehört|(?:nichts|nix) mehr (?:voneinander |von dir |von euch )?gehört|(?:wir sind|sind wir) beide (?:im|in der|beim|bei den) \p{L}*(?:verein|club|klub|chor|gruppe|netzwerk|verband|kreis)|(?:ist )?(?:ewig|lange) her(?=\s*[!.,…]|$)|(?:hat|hätte) mich (?:sehr |echt |wirklich )?gefreut,? (?:dich|sie|euch) [^.!?]{0,60}?(?:kennenzulernen|zu treffen|wiederzusehen)`),
    // The head of a compound names the piece too: "Gastbeitrag", "Fachartikel".
    theirWork: words(String.raw`\p{L}*(?:artikel|beitr[aä]g\p{L}*|posts?|karussells?|paper|studien?|publikation(?:en)?|veröffentlichung(?:en)?|interviews?|videos?|episoden?|kolumnen?|blogs?|vortrag|vorträge|talks?|keynotes?|podcast\p{L}*|buch|bücher|kommentar\p{L}*|präsentation\p{L}*|webinar\p{L}*|newsletter|stellenanzeige\p{L}*|stellenausschreibung\p{L}*|ausschreibung\p{L}*)`, 'giu'),
    plural: /(?:beiträgen?|posts|vorträgen?|talks|keynotes|büchern?|kommentaren?|präsentationen|webinaren?|stellenanzeigen|publikationen|veröffentlichungen|studien|interviews|videos|episoden|kolumnen|blogs|podcasts|artikeln)$/iu,
    mine: words(String.raw`mein\p{L}*|unser\p{L}*`),
    your: words(String.raw`dein\p{L}*|ihr\p{L}*|euer|eure\p{L}*`),
    about: words(String.raw`über|zu[mr]?|rund um`),
    wishes: words(String.raw`(?:frohe|schöne|fröhliche|gesegnete) (?:weihnachten|feiertage|ostern)|(?:ein )?(?:frohes|gutes|gesundes|erfolgreiches) neues jahr|guten rutsch|frohes fest`),
    referral: words(String.raw`(?:kontakt|namen|nummer|kontaktdaten|profil)\s(?:gegeben|weitergegeben|geschickt|vermittelt|genannt|weitergeleitet)|auf (?:empfehlung|anraten) von|auf (?:dich|sie|ihr profil|dein profil) aufmerksam (?:gemacht|geworden)|hat mir geraten|empfohlen|empfahl|vorgeschlagen|schlug (?:mir )?vor|verwiesen|verwies|(?:mir|uns)\s[^.!?]{0,60}?erzählt|(?:hat|haben) erzählt,? dass (?:du|sie|ihr)|meinte,? ich (?:soll|sollte|solle)|riet mir|(?:hat|haben) uns (?:einander |miteinander )?(?:vorgestellt|bekannt gemacht)|stellte uns (?:einander )?vor`),
    overlap: words(String.raw`wir (?:arbeiten|sind) beide|beide (?:in|im) [^.!?]{0,40}?(?:tätig|unterwegs|aktiv) sind|(?:in der gleichen|in derselben) branche|ich (?:bin )?auch (?:in|im|bei|aus)|(?:sie|du) (?:sind|bist)? ?(?:auch|ebenfalls) (?:in|im|aus)`),
    fieldFrame: followedByWords(String.raw`im bereich|in der branche|im sektor|im umfeld|im raum|in der region|aus dem raum`),
    role: capitalisedAfter(String.raw`[Aa]ls|(?:suchen|sucht|suche) (?:einen|eine|ein)`),
    theirEmployer: employer(String.raw`(?:Sie|[Dd]u) (?:arbeiten|arbeitest) (?:aktuell |derzeit |momentan )?(?:bei|für)(?: der| die| dem| den| das)?|(?:Sie|[Dd]u) (?:wohnen|wohnst|leben|lebst) (?:in|aus)|(?:[Ww]ohnen|[Ll]eben) Sie in|(?:[Ww]ohnst|[Ll]ebst) du in`, String.raw`dass (?:Sie|du) (?:aktuell |derzeit |momentan )?(?:bei|für|in|aus)(?: der| die| dem| den| das)?`, 'arbeiten|arbeitest|tätig|angestellt|wohnen|wohnst|leben|lebst|kommen|kommst'),
    // "It's me, Melanie from nursing school", "are you the Tobi from vocational school?": the group
    // after the article is a capitalised noun in German; without an article ("von Acme") a firm.
    reintroduction: phrase(String.raw`(?:ich bin['’]?s,?|(?:ich )?bin (?:der|die)|bist du (?:der|die)|sind Sie (?:der|die)) (?!\p{L}*(?:führer|leiter|inhaber|gründer|partner|berater|manager|chef|vorstand|direktor|referent|beauftragte|verantwortliche|kolleg|mitarbeiter)(?:in|e|en)?[\s,]|neue[nr]?\s)(?:\p{L}+,? )?(?:vom|beim|aus (?:der|dem|den)|von (?:der|dem|den))\s`),
    praise: opening(String.raw`(?:(?:sehr|echt|wirklich|richtig|mega|total)\s)?(?:toll|super|klasse|stark|cool|großartig|genial|spannend|interessant|inspirierend|beeindruckend|gelungen|hervorragend)\p{L}*`),
    congratulations: words(String.raw`(?:herzliche[n]? )?glückw(?:unsch|ünsche) zu[mr]?|gratuliere(?: dir| ihnen| euch)? zu[mr]?|gratulation zu[mr]?`),
    anchorSlot: stems(String.raw`veranstaltung|event|konferenz|messe|meetup|kongress|tagung|thema|themen|beitrag|artikel|post(?![\p{L}])|posts|vortrag|talk|projekt|podcast|buch|webinar|workshop|kurs|schule|universität|hochschule|gruppe|verein|community|kontakt|gemeinsam|empfehlung|detail|konkret|spezifisch|anlass|datum|erfolg|neuigkeit|meldung|gespräch|treffen|jahr|monat`),
    vague: words(VAGUE.de),
    fieldBeforeSlot: ending(String.raw`(?:${VAGUE.de})\s(?:im|in der|in|bei|mit)`),
    we: words(String.raw`wir|uns|unser\w*|üs|eus|mir(?= (?:händ|hend|hei)(?![\p{L}\p{N}]))`),
    // The perfect of meeting, talking or working together: its participle ends the clause, after
    // the auxiliary ("haben uns … getroffen") or before it ("dass wir uns … kennengelernt haben"),
    // or follows the auxiliary within a few words. Or a simple past.
    past: words(String.raw`(?:haben|hatten|sind|waren|händ|hend|hei)(?![\p{L}\p{N}])${BRACKET}(?<![\p{L}\p{N}])${DE_PARTICIPLE}(?=\s*(?:[.!?,;:()–—]|\s-\s|$))|${DE_PARTICIPLE}\s(?:haben|hatten|sind|waren)|trafen|sprachen|redeten|plauderten|saßen|standen|gingen|liefen|fuhren|sahen uns|unterhielten|begegneten|kannten|arbeiteten|studierten|lernten|hatten|waren|(?:haben|sind)\s(?:[\p{L}\p{N}.\[\]{}<>]+\s){0,25}?${DE_PARTICIPLE}`),
    days: words(String.raw`montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember`),
    asAgreed: words(String.raw`wie (?:(?:eben|gerade|heute|gestern|vorhin) )?(?:telefonisch |am telefon )?(?:besprochen|vereinbart|versprochen|abgesprochen)`),
    recent: words(String.raw`gestern(?:abend)?|vorgestern|neulich|kürzlich|letztens|vor kurzem|(?:letzte|vergangene|vorige)[nrs]? (?:woche|monat|jahr|semester|quartal|wochenende|sommer|winter|herbst|frühling|frühjahr)|vor (?:ein paar|einigen|wenigen|zwei|drei|\d+) (?:tagen|wochen|monaten)|vor (?:einer woche|einem monat)|vorletzte[nrs]? woche`),
    upcoming: words(String.raw`nächste[nrs]?|kommende[nrs]?`),
    today: words(String.raw`heute`),
    dropsPronoun: false,
    capitalisesNouns: true,
    prepositions: whole(String.raw`bei|beim|von|vom|mit|für|zum|zur|in|im|am|aus|an|auf|nach|seit`),
    closedClass: GERMAN_FUNCTION_WORDS,
    stock: [
      {
        id: 'de-linkedin-default',
        pattern: /\bich (?:möchte|würde) (?:sie|dich) gern(?:e)? (?:zu|in) mein(?:em)? (?:beruflichen |professionellen )?netzwerk(?: auf linkedin)? hinzufügen\b/,
        reason: RECALLED_DEFAULT,
        onlyWithoutContext: false,
        examples: [{ text: 'Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.' }],
        counterExamples: ['Ich möchte Sie gerne zu unserem Meetup in Köln einladen.'],
      },
      {
        id: 'de-vernetzen',
        pattern: /\b(?:(?:würde mich|freue mich) (?:sehr )?(?:freuen)?,? (?:mich |uns )?(?:mit (?:ihnen|dir) )?(?:zu )?vernetzen|gerne,? (?:würde ich )?(?:mich |uns )?(?:mit (?:ihnen|dir) )?(?:zu )?vernetzen|lass(?:en sie)? uns,? (?:uns )?vernetzen|mich über (?:eine|die) vernetzung (?:freuen|gefreut))\b/,
        reason: 'It asks to connect without giving a reason to say yes.',
        onlyWithoutContext: true,
        examples: [
          { text: 'Würde mich freuen, mich zu vernetzen.', source: SOURCES.deVernetzen },
          { text: 'Ich würde mich sehr freuen, mich mit Ihnen zu vernetzen.' },
          { text: 'Ich würde mich über eine Vernetzung freuen.' },
        ],
        counterExamples: ['Schön, dass wir uns in Berlin vernetzt haben.'],
      },
      {
        id: 'de-quick-call',
        pattern: /\b(?:(?:an|auf|für|zu) (?:einen|ein|einem|eine) kurze[nmrs]?|15[- ]?min(?:ütige[nmrs]?|\.)?) (?:austausch|telefonat|call|gespräch|anruf|videocall)\b/,
        reason: QUICK_CALL_REASON,
        onlyWithoutContext: true,
        examples: [
          { text: 'Interesse an einem kurzen Austausch (15 Min)?', source: SOURCES.deQuickCall },
          { text: '15 Min Call um zu zeigen wie?', source: SOURCES.deQuickCall },
          { text: 'Wann hätten Sie Zeit für ein kurzes Telefonat?', source: SOURCES.deShortCall },
        ],
        counterExamples: ['Danke für das kurze Gespräch gestern in Köln.'],
      },
    ],
  },
  fr: {
    // "t'" before the verb it is elided into: "je t'ai vu", "t'ajouter".
    speaking: words(String.raw`tu|te|toi|ton|ta|tes|vous|votre|vos|t['’]\p{L}+|tien(?:ne)?s?|vôtres?`),
    likeYou: comparison('comme', String.raw`(?:le|la|les) (?:tien(?:ne)?s?|vôtres?)`, 'toi|vous', String.raw`à|a|au|aux|dans|pour|qui|et|ou|de|du|des|en|avec|sur`),
    addressing: words(String.raw`merci|remercie|f[ée]licitations|bravo|vu(?!\s+que)|lu|remarqué|(?<!bien )entendu|appris|écouté|assisté`),
    shared: words(String.raw`(?:on s['’]est|nous nous sommes) perdue?s de vue|tu te (?:souviens|rappelles)|vous vous (?:souvenez|rappelez)|(?:notre|nos) (?:rencontre|échange|discussion|conversation|entretien|rendez-vous)s?|(?:étais|été) moi aussi|on se croise (?:tous|toutes|chaque|souvent|parfois|régulièrement)|on se croisait|nous nous croisions|moi aussi,? (?:j['’]ai (?:étudié|travaillé|fait)|j['’]étais)|je rejoins (?:l['’]équipe|le service|votre équipe|ton équipe)|(?:votre|ton|ta) voisine?|(?<!${FUTURE.fr}[^.!?]{0,40}|l['’]|d['’]|un\s)ensemble(?!,?\s+nous\s+(?!avons|étions))(?!\s+(?:de|des|du|d['’])(?![\p{L}\p{N}]))|suite à (?:notre|nos) (?:échange|rencontre|discussion|conversation|appel|entretien)s?|on se conna[iî]t|nous nous connaissons|(?:la )?même promo(?:tion)?|(?:le|la|les|au|du|aux|des) mêmes? (?:cours|classe|équipe|école|lycée|fac|université|boîte|projet|stage|formation|master|chorale|club|entreprise|service|groupe|prépa|asso|association|département|salle)|camarades? de promo|(?<!(?:mes|mon|ma|nos|notre)\s)(?:ancien(?:ne)?s?|ex-?)\s?collègues?(?!\s+(?:à moi|de mon|de ma|de mes)(?![\p{L}\p{N}]))|(?:nous sommes|nous étions|on était|on est) (?:\p{L}+ )?(?:voisins|voisines|collègues|camarades)|(?:ce fut|c['’]était|c['’]est) un (?:vrai )?plaisir d['’](?:échanger|avoir échangé)|(?:ce fut|c['’]était) un (?:vrai )?plaisir de (?:discuter|parler|partager)|ravie? d['’]avoir (?:échangé|discuté|parlé|fait (?:votre|ta) connaissance)|ravie? de (?:vous|t['’]) ?avoir (?:rencontré|croisé|revu|vu)e?s?|(?:ce fut|c['’]était) un (?:vrai |grand )?plaisir de (?:vous |te )?(?:rencontrer|revoir|voir)|ancien(?:ne)?s? de (?:chez )?[^.!?\n]{1,60}moi aussi|ça fait (?:longtemps|un bail|une paye|un moment|des années|une éternité)(?=\s*(?:[!.,…]|$)|\s+(?:qu['’]on|que nous|depuis)(?![\p{L}\p{N}]))|c['’]?[eé]tait (?:(?:trop|vraiment|super|très|tellement|hyper) )?(?:bien|sympa|génial|genial|top|cool|chouette|agréable)(?=\s(?:(?:de|avec|à|au|aux|hier|ce|cet|cette|lors)(?![\p{L}\p{N}])|d['’]))`),
    theirWork: words(String.raw`articles?|publications?|posts?|carrousels?|conférences?|interventions?|podcasts?|livres?|commentaires?|billets?|keynotes?|talks?|webinaires?|vidéos?|newsletters?|épisodes?|offres? d['’]emploi|annonces?`, 'giu'),
    plural: /^\p{L}+[sx](?![\p{L}])/iu,
    mine: words(String.raw`mon|ma|mes|notre|nos`),
    your: words(String.raw`ton|ta|tes|votre|vos`),
    about: words(String.raw`sur|à propos d(?:e|u|es|['’])|autour d(?:e|u|es|['’])`),
    wishes: words(String.raw`(?:bonne|belle|très belle|excellente) année|(?:joyeuses|bonnes) fêtes|joyeux noël|meilleurs vœux|meilleurs voeux`),
    referral: words(String.raw`m['’]a (?:suggéré|conseillé|recommandé|orienté|filé|passé)e?|m['’]a (?:donné|transmis) (?:ton|ta|tes|votre|vos|le|les) (?:contact|nom|numéro|coordonnées|profil|mail|adresse)|m['’]a parlé de (?:toi|vous|ton|ta|tes|votre|vos)|de la part d['’]|de la part de|sur (?:les )?conseils? de|sur (?:la )?recommandation d(?:e|['’])|m['’]a mise? en (?:relation|contact)|j['’]ai eu (?:ton|votre) contact (?:par|via)|m['’]a dit de (?:te|vous)|j['’]ai (?:su|appris) par|nous (?:a|ont) présenté(?:e?s)?`),
    overlap: words(String.raw`(?:nous|on) (?:travaillons|travaille|sommes|est) tous (?:les )?deux|dans le même (?:secteur|domaine)|moi aussi|(?:vous|toi) aussi (?:dans|en|à)`),
    fieldFrame: followedByWords(String.raw`dans (?:le|l['’]) ?(?:secteur|domaine|industrie|univers)(?: de| d['’]| des| du)?`),
    region: region(String.raw`(?:dans )?(?:la|votre|ta|sa) région(?: de)?|en région|(?:opportunités|postes) (?:à|en|sur)`, String.raw`et (?:sa|ses) régions?|et (?:ses )?environs`),
    role: capitalisedAfter(String.raw`[Ee]n tant que|en qualité de|[Cc]omme|poste de|opportunité de|(?:recrutons|recherchons|cherchons|recrute|recherche) (?:une?|un\(e\)|un·e)`, { endings: String.raw`iste|eur|euse|rice|ant|ante|ien|ienne|aire|ier|ière|logue|able|chargée?`, prepositions: String.raw`en|de|du|des|chez|dans|pour`, self: String.raw`[Jj]e suis(?: une?)?|${notNews(SEEN_ON_PROFILE.fr)}` }),
    theirEmployer: employer(String.raw`${SEEN_ON_PROFILE.fr}|(?:[Vv]ous travaillez|[Tt]u travailles) (?:actuellement )?(?:chez|pour|à|au|aux)(?: la| le| l['’])?|(?:[Vv]ous êtes|[Tt]u es|[Vv]ous habitez|[Tt]u habites|[Vv]ous vivez|[Tt]u vis)(?: basée?s?| basé\(e\))? (?:à|en|sur)`),
    praise: opening(String.raw`(?:(?:très|vraiment|super)\s)?(?:super|excellent\p{L}*|génial\p{L}*|superbe|bel(?:le)?|beau|bon(?:ne)?|joli\p{L}*|passionnant\p{L}*|intéressant\p{L}*|inspirant\p{L}*|chouette|top)|quel(?:le)?s?\s(?:bel(?:le)?|beau|super|excellente?|bonne?|jolie?)|j['’]ai (?:beaucoup |vraiment )?(?:adoré|aimé|apprécié)|adoré`),
    congratulations: words(String.raw`f[ée]licitations (?:à (?:toi|vous) )?(?:pour|à)|bravo (?:à (?:toi|vous) )?pour`),
    reintroduction: phrase(String.raw`c['’]?est (?!(?:un|une|le|la|les|moi|ça|vrai\p{L}*|gentil|dommage|important|intéressant|difficile|facile|rare|super|sympa|génial|top|normal|possible|clair|dur|drôle|bien|cool)\s)\p{L}+(?:-\p{L}+)?,? (?:de (?:la |l['’])|du |des )`),
    fromTheGroup: new RegExp(String.raw`^(?:je suis (\p{L}+),?\s+)?(?:(?:du|de la)\s|de l['’])`, 'iu'),
    anchorSlot: stems(String.raw`événement|évènement|event|conférence|salon|meetup|congrès|sujet|thème|article|publication|post(?![\p{L}])|posts|intervention|talk|projet|podcast|livre|webinaire|atelier|cours|école|université|groupe|association|communauté|contact|mutuel|en commun|recommandation|détail|précis|spécifique|date|lieu|où|réussite|actualité|rencontre|échange|discussion|année|mois`),
    vague: words(VAGUE.fr),
    fieldBeforeSlot: ending(String.raw`(?:${VAGUE.fr})\s(?:dans|en|avec)(?:\s(?:le|la|les|l['’]))?`),
    we: words(String.raw`nous|notre|nos|on`),
    // The passé composé of the verbs of meeting, talking and working together, after "nous" or
    // "on" ("nous avons échangé", "nous nous sommes vus", "on s'est croisés"), or the imperfect;
    // not "nous sommes ravis", "nous avons plus de 10 ans".
    past: words(String.raw`(?:avons|avions|sommes|étions|on a|on avait|on s['’]est|on s['’]était)\s(?:\p{L}+\s)?(?:(?:jas|rencontr|crois|parl|discut|échang|travaill|collabor|particip|assist|étudi|partag|retrouv|connect)(?:é|ée|és|ées)|vus?|connus?|eu(?:e|s|es)?|été|fait|suivi|pu)|travaillions|étudiions|collaborions|étions|on était`),
    days: words(String.raw`lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre`),
    asAgreed: words(String.raw`comme (?:convenu|discuté|promis|évoqué|vu)`),
    recent: words(String.raw`hier(?: soir)?|avant-hier|l['’]autre jour|r[ée]cemment|derni[èe]rement|(?:la semaine|le mois|l['’]an(?:née)?) (?:derni(?:er|[èe]re)|pass[ée]e?)|il y a (?:quelques|deux|trois|peu de|\d+) (?:jours|semaines|mois)|il y a (?:une semaine|un mois|quinze jours|huit jours)|il y a peu|(?:cet|l['’]) (?:[ée]t[ée]|hiver|automne)(?: derni(?:er|ère))?|ce printemps|le (?:printemps|semestre) dernier|le semestre pass[ée]`),
    upcoming: words(String.raw`prochaine?s?|(?:pour|[àa] partir de|[àa] partir du mois de|dès) (?:le )?(?:mois de )?(?:\d{1,2} )?(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)`),
    today: words(String.raw`aujourd['’]hui|ce matin`),
    dropsPronoun: false,
    capitalisesNouns: false,
    prepositions: whole(String.raw`à|au|aux|chez|dans|en|lors`),
    closedClass: whole(String.raw`le|la|les|l|un|une|des|du|de|d|mon|ma|mes|ton|ta|tes|son|sa|ses|notre|nos|votre|vos|leur|leurs|ce|cet|cette|ces|je|j|moi|tu|toi|il|lui|elle|elles|ils|nous|vous|eux|on|c|ça|cela|tout|toute|tous|toutes|même|mêmes|plus|contact|ligne|temps|retard|effet|fait|nouveau|commun|général|personne|ville|coin|plaisir|bientôt|tant|train|recherche|propos|sujet|lien|niveau|qui|quoi|chaque|quelques|autre|autres|linkedin`),
    stock: [
      {
        id: 'fr-linkedin-default',
        pattern: /\bje (?:souhaiterais|souhaite|voudrais|veux) (?:vous|t['’]) ?(?:inviter à rejoindre|ajouter à) mon réseau(?: professionnel)?(?: sur linkedin)?\b/,
        reason: RECALLED_DEFAULT,
        onlyWithoutContext: false,
        examples: [{ text: 'Je souhaiterais vous inviter à rejoindre mon réseau professionnel sur LinkedIn.' }],
        counterExamples: ['Je souhaiterais vous inviter à notre atelier de mardi.'],
      },
      {
        id: 'fr-au-plaisir',
        // French elides "de" before a vowel: "au plaisir d'échanger".
        pattern: /\bau plaisir (?:d['’]échanger|de (?:faire (?:votre |ta )?connaissance|se connecter|vous lire))\b/,
        reason: 'A stock sign-off; fine after a real reason, empty without one.',
        onlyWithoutContext: true,
        examples: [{ text: 'au plaisir de faire connaissance !!!', source: SOURCES.frAuPlaisir }, { text: "Au plaisir d'échanger avec vous !" }],
        counterExamples: ['au plaisir de vous revoir à Lyon'],
      },
    ],
  },
  es: {
    // "Su" is also "his" or "their", but in a note mostly the polite "you" ("su charla").
    // "You" joined to an infinitive counts: "conocerte".
    speaking: words(String.raw`tú|tu|tus|te|ti|vos|contigo|usted|(?<=(?:^|[,.!¡¿;:]|(?<![\p{L}])(?:que|yo|ya|también|hoy|ayer|me))\s*)le (?:(?!\p{L}+(?:aré|eré|iré)(?![\p{L}]))\p{L}{2,}(?:é|í)|hice|dije|puse|traje|di)|que le (?:\p{L}{2,}ó|hizo|dijo|puso|trajo|dio)|ustedes|su|sus|vosotr[oa]s|os|vuestr[oa]s?|(?!charlas?(?![\p{L}]))\p{L}{2,}(?:ar|er|ir|ár|ér|ír)(?:te|le|les|lo|la|los|las)|(?:ver|dar|oír)(?:te|le|les|lo|la|los|las)|(?!triste|chiste|contraste|desgaste|embiste)\p{L}{2,}(?:aste|iste)|\p{L}{2,}abas|tuy[oa]s?|suy[oa]s?`),
    likeYou: comparison('como', String.raw`(?:el|la|los|las) (?:tuy|suy|vuestr)[oa]s?`, String.raw`tú|tu|usted|ustedes|vos|vosotr[oa]s`, String.raw`a|al|en|para|que|y|e|o|de|del|con|por`),
    addressing: words(String.raw`gracias|agradezco|felicidades|enhorabuena|vi|leí|noté|escuché|visto|leído|veo|felicitaciones|felicito`),
    shared: words(String.raw`somos de la (?:generación|promo(?:ción)?|camada)|te (?:acuerdas|acordás)|se acuerda (?:usted )?de|nuestr[oa] (?:conversación|charla|reunión|plática|encuentro|llamada)|(?<!(?:si|cuando)\s)nos cruzamos(?![^.!?,]{0,120}\?)|nos cruzábamos|yo también (?:estudié|estuve|fui|trabajé|estaba|estudiaba|trabajaba)|(?:el|la|los|las|del|al) mism[oa]s? (?:curso|clase|equipo|escuela|colegio|instituto|universidad|u|facultad|empresa|oficina|proyecto|máster|master|mba|programa|generación|grupo|mesa|panel|club|coro|turno|erasmus|intercambio)|(?<!${FUTURE.es}[^.!?]{0,40})(?:juntos|juntas)|(?:años|tiempo|etapa|momentos|experiencias) compartid[oa]s?|(?<!(?:mi|mis|nuestr[oa]s?)\s)(?:ex-?\s?compañer[oa]s?|excompañer[oa]s?|ex-?\s?colegas?|excolegas?)(?!\s+(?:mí[oa]s?|de mi|de mis)(?![\p{L}\p{N}]))|(?:somos|fuimos|éramos|eramos) (?:\p{L}+ )?(?:compañer[oa]s|colegas|vecin[oa]s)|(?:su|tu) vecin[oa]|nos conocemos (?:de|desde)|(?:la )?misma promo(?:ción)?|(?<!(?:sería|será|seria|sera)\s)(?:(?:fue|ha sido)\s)?un (?:gusto|placer|honor) (?:coincidir|conocer\p{L}*|platicar|hablar|charlar|conversar|compartir)|echo de menos|cuánto tiempo(?=\s*(?:[!.,…]|$)|\s+(?:sin|desde)\s)|(?:tanto|mucho) tiempo (?:sin verte|desde)`),
    theirWork: words(String.raw`artículos?|publicaci(?:ón|ones)|posts?|carrusel(?:es)?|charlas?|ponencias?|conferencias?|intervenci(?:ón|ones)|podcasts?|libros?|comentarios?|hilos?|webinars?|vídeos?|videos?|episodios?|ofertas? de (?:empleo|trabajo)|vacantes?`, 'giu'),
    plural: /^\p{L}+s(?![\p{L}])/iu,
    mine: words(String.raw`mi|mis|nuestr[oa]s?`),
    your: words(String.raw`tu|tus|su|sus|vuestr[oa]s?`),
    about: words(String.raw`sobre|acerca de`),
    wishes: words(String.raw`feliz (?:año(?: nuevo)?|navidad|navidades)|felices (?:fiestas|pascuas)|próspero año|(?:que )?dios (?:te |le |lo |la |los )?bendiga`),
    referral: words(String.raw`me (?:sugirió|recomendó|comentó|dijo)|me habló de (?:ti|usted|vos|tu|su)|me (?:pasó|dio) (?:tu|su) (?:contacto|nombre|perfil|número|mail|correo)|me ha (?:sugerido|recomendado|hablado|pasado|dado)|de parte de|por recomendación de|me (?:puso|ha puesto) en contacto|supe por|me enteré por|nos (?:presentó|presentaron|ha presentado|han presentado)`),
    overlap: words(String.raw`(?:ambos|ambas|los dos|las dos) (?:trabajamos|estamos|somos)|en el mismo sector|yo también|(?:tú|usted) también (?:trabajas|trabaja|estás|está|eres|es)|también (?:trabajas|estás|eres|vives|estamos|somos|trabajamos|trabajo|laburo|soy|estoy|vivo)`),
    fieldFrame: followedByWords(String.raw`en el (?:sector|[áa]mbito|[áa]rea|campo|mundo)(?: de| del)?|en la industria(?: de| del)?`),
    region: region(String.raw`en (?:la|su|tu) (?:zona|región)(?: de)?|(?:oportunidades|vacantes) en`, String.raw`y (?:alrededores|área metropolitana|zona metropolitana|zona conurbada)`),
    role: capitalisedAfter(String.raw`[Cc]omo|en calidad de|puesto de|posición de|vacante (?:de|para)|cargo de|oportunidad (?:de|como)|(?:buscamos|estamos buscando|solicitamos|busco) (?:una?|un\(a\))`, { endings: String.raw`ista|or|ora|ero|era|ente|ante|ario|aria|ogo|oga|ivo|iva|able|abogad[oa]|jef[ea]|encargad[oa]`, prepositions: String.raw`en|de|del|para`, self: String.raw`[Ss]oy(?: una?)?|${notNews(SEEN_ON_PROFILE.es)}(?: una?)?` }),
    theirEmployer: employer(String.raw`${SEEN_ON_PROFILE.es}|[Tt]rabaj(?:as|a) (?:actualmente )?(?:en|para)(?: el| la| los| las)?|(?:[Ee]stás|[Ee]stá|[Vv]ives|[Vv]ive|[Ee]res|[Ss]os|[Rr]esides|[Rr]eside|[Rr]adicas|[Rr]adica|te encuentras|se encuentra) (?:en|de)`),
    praise: opening(String.raw`(?:(?:muy|realmente|súper|super)\s)?(?:gran|genial|excelente|buen[ao]?(?!,)|incre[ií]ble|espectacular|interesant\p{L}*|buenísim[ao]|estupend[ao]|fantástic[ao])|me (?:encant[oó]|gust[oó])|qué (?:gran|buen[ao]?|interesante)`),
    congratulations: words(String.raw`(?:felicidades|felicitaciones|enhorabuena) por|(?:te|le|los|les) felicito por|felicitarte por`),
    reintroduction: phrase(String.raw`(?:soy|sos|eres) (?:la|el) (?!\p{L}*(?:ista|dor|dora|tor|tora|sor|sora|ero|era|ente|ante|ario|aria|ogo|oga|able)\s)(?!(?:mejor|primer[oa]|únic[oa]|mism[oa]|dueñ[oa]|soci[oa]|jef[ae]|ceo|founder|head)\s)(?:\p{L}+,? )??(?:del |de (?:la |los |las )?)`),
    fromTheGroup: new RegExp(String.raw`^(?:soy (\p{L}+),?\s+)?(?:(?:el|la) )?(?:del|de la|de los|de las)\s`, 'iu'),
    anchorSlot: stems(String.raw`evento|conferencia|congreso|feria|meetup|tema|asunto|artículo|publicación|post(?![\p{L}])|posts|charla|ponencia|proyecto|podcast|libro|webinar|taller|curso|escuela|universidad|grupo|asociación|comunidad|contacto|mutuo|en común|recomendación|detalle|específic|concret|fecha|lugar|dónde|logro|noticia|reunión|conversación|año|mes`),
    vague: words(VAGUE.es),
    fieldBeforeSlot: ending(String.raw`(?:${VAGUE.es})\s(?:en|dentro de|con)(?:\s(?:el|la|los|las))?`),
    we: words(String.raw`nosotros|nosotras|nos|nuestr[oa]s?`),
    // The perfect, or a simple past that cannot be a present ("trabajamos en Acme" is both, and mostly the sender's company).
    past: words(String.raw`(?:hemos|habíamos)\s\p{L}+(?:ado|ido|isto|echo|icho|rito|uesto)|\p{L}+(?:amos|imos)\s(?:juntos|juntas)|\p{L}{3,}(?:amos|imos)\s(?:\p{L}+\s)?(?:ayer|anoche|anteayer|la semana pasada|el mes pasado|el año pasado)|fuimos|estuvimos|tuvimos|hicimos|pudimos|conocimos|vimos|coincidimos(?!\s+en\s+que)|[eé]ramos|est[aá]bamos`),
    days: words(String.raw`lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|enero|febrero|marzo|abril|mayo|junio|julio|agosto|se(?:p)?tiembre|octubre|noviembre|diciembre`),
    asAgreed: words(String.raw`(?:como|según) (?:hablamos|quedamos|acordamos|conversamos|platicamos|lo acordado|lo hablado|lo conversado)`),
    recent: words(String.raw`ayer|anteayer|anoche|el otro día|hace poco|recién|(?:la semana|el mes|el año) pasad[oa]|hace (?:unos|unas|un par de|algunos|algunas|dos|tres|pocos|pocas|\d+) (?:días|dias|semanas|meses)|hace (?:una semana|un mes)|recientemente`),
    upcoming: words(String.raw`próxim[oa]s?|que viene|(?:para|a partir de) (?:el )?(?:mes de )?(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|se(?:p)?tiembre|octubre|noviembre|diciembre)`),
    today: words(String.raw`hoy|esta mañana`),
    dropsPronoun: true,
    capitalisesNouns: false,
    prepositions: whole(String.raw`en|al|desde`),
    closedClass: whole(String.raw`el|la|los|las|lo|un|una|unos|unas|mi|mis|tu|tus|su|sus|nuestro|nuestra|nuestros|nuestras|vuestro|vuestra|este|esta|estos|estas|ese|esa|esos|esas|eso|esto|aquel|aquella|yo|tú|él|ella|ellos|ellas|nosotros|nosotras|usted|ustedes|vos|mí|ti|me|te|se|le|les|nos|os|cualquier|cualquiera|todo|toda|todos|todas|mismo|misma|más|contacto|tiempo|vez|hecho|verdad|acuerdo|nuevo|vuelta|común|general|persona|línea|serio|comun|ciudad|zona|busca|búsqueda|espera|breve|momento|cada|otro|otra|otros|otras|que|linkedin`),
    stock: [
      {
        id: 'es-linkedin-default',
        pattern: /\bme gustaría (?:añadirte|agregarte|añadirle|agregarle) a mi red(?: profesional)?(?: (?:de|en) linkedin)?\b/,
        reason: RECALLED_DEFAULT,
        onlyWithoutContext: false,
        examples: [{ text: 'Me gustaría añadirte a mi red profesional de LinkedIn.' }],
        counterExamples: ['Me gustaría añadirte a la lista de ponentes del meetup.'],
      },
      {
        id: 'es-conectamos',
        // Often without the opening "¿" in chat.
        pattern: /(?:¿\s*|(?:^|[.!,;:] +))(?:nos |te )?conectamos(?: por aquí)?\s*\?/,
        reason: 'The request already says you want to connect; on its own it gives no reason.',
        onlyWithoutContext: true,
        examples: [
          { text: 'Hola [Nombre], trabajo con equipos que escalan automatizando documentos. ¿Conectamos?', source: SOURCES.esConectamos },
          { text: '¿Te conectamos?', source: SOURCES.esTeConectamos },
          { text: '¿Nos conectamos?' },
          { text: 'Trabajo en ventas B2B. Conectamos?' },
        ],
        counterExamples: ['¿Conectamos los dos servicios el lunes?'],
      },
    ],
  },
  pt: {
    // "You" joined to a verb counts: "conhecê-lo", "adicionar-te".
    speaking: words(String.raw`voc[eê]s?|vcs?|tu|te|ti|contigo|consigo|convosco|teu|tua|teus|tuas|seu|sua|seus|suas|o senhor|a senhora|\p{L}+-(?:te|l[oa]s?)|lhe|lhes|vosso|vossa|vossos|vossas`),
    // "O seu" is both "yours" and "your": "como o seu time lida…" asks how their team works.
    likeYou: comparison('como', '', String.raw`você|vocês|vc|vcs|tu|(?:o|a|os|as) (?:seu|sua|seus|suas|teu|tua|teus|tuas|vosso|vossa)`, String.raw`a|à|ao|em|no|na|para|que|e|ou|de|do|da|com|por`),
    addressing: words(String.raw`obrigad[oa]|agradeço|parab[eé]ns|vi|li|notei|reparei|ouvi|vejo|visto|assisti|valeu`),
    shared: words(String.raw`nossa (?:conversa|reunião|ligação|chamada)|(?:você|vc|tu) (?:se )?lembra(?:s)? d[aoe]|(?:te )?lembras(?:-te)? d[aoe]|nosso (?:encontro|papo|bate-papo)|saudades? d[ao]s? noss[oa]s?|(?<!(?:se|caso|quem)\s)(?:você|vc|tu) também (?:se |me )?(?:fez|fizeste|estudou|estudaste|trabalhou|trabalhaste|estagiou|estagiaste|foi|foste|esteve|estiveste|passou|passaste|formou|formaste|participou|participaste|cursou|morou)(?![^.!?,]{0,120}\?)|eu também (?:estudei|estive|estava|fui|trabalhei|estudava|trabalhava)|(?:você|vc|tu) também (?:estava|esteve|estudou|foi|trabalhou|estavas|estiveste|foste)|lembra(?:s|-se|s-te)? de (?:mim|nós)|lembra(?:s|-se|s-te)?(?=\s*\?)|adorei (?:te conhecer|conhecer você|(?:o )?nosso papo)|(?:o|a|os|as|do|da|no|na|ao) mesm[oa]s? (?:curso|classe|equipe|equipa|escola|colégio|faculdade|universidade|empresa|escritório|projeto|mestrado|mba|programa|grupo|mesa|painel|clube|coral|turno|intercâmbio|estágio)|(?<!${FUTURE.pt}[^.!?]{0,40})(?:juntos|juntas)|(?:anos|tempo|momentos) (?:compartilhad|partilhad)[oa]s?|(?<!(?:meu|minha|meus|minhas|noss[oa]s?)\s)(?:ex-?\s?colegas?|antig[oa]s? colegas?)(?!\s+(?:meu|minha|meus|minhas)(?![\p{L}\p{N}]))|(?:somos|fomos|éramos) (?:\p{L}+ )?(?:colegas|companheir[oa]s|vizinh[oa]s)|(?:sua|seu|tua|teu) vizinh[oa]|(?:a )?mesma turma|foi (?:um prazer|ótimo|muito bom|bom) (?:te |lhe )?(?:conversar|conhec\p{L}*|falar|trocar|estar)|quanto tempo(?=\s*(?:[!.,…]|$)|\s+(?:sem|desde)\s)|que saudades?`),
    theirWork: words(String.raw`artigos?|publicaç(?:ão|ões)|posts?|carross(?:el|éis)|palestras?|podcasts?|livros?|comentários?|lives?|vídeos?|episódios?|vagas?`, 'giu'),
    plural: /^\p{L}+s(?![\p{L}])/iu,
    mine: words(String.raw`meu|minha|meus|minhas|noss[oa]s?`),
    your: words(String.raw`teu|tua|teus|tuas|seu|sua|seus|suas|vosso|vossa`),
    about: words(String.raw`sobre|acerca de`),
    wishes: words(String.raw`feliz (?:ano novo|natal|páscoa)|boas festas|próspero ano|(?:que )?deus (?:te |lhe |o |a |os )?abençoe`),
    referral: words(String.raw`(?<!(?:você|vc|tu|senhora?)\s)(?:me )?(?:sugeriu|recomendou|indicou|falou)|me passou|por (?:indicação|recomendação) d[aoe]|fiquei sabendo de (?:você|vc|ti|voc[eê]s) (?:pel[oa]|por|através d[oa])|me (?:colocou|pôs) em contato|me encaminhou|(?:passou|deu|disse|indicou|recomendou)-me|soube (?:pel[oa]|por|através d[oa])|fiquei a saber (?:pel[oa]|por)|nos (?:apresentou|apresentaram)|(?:apresentou|apresentaram)-nos`),
    overlap: words(String.raw`(?:ambos|ambas|nós dois|nós duas|os dois|as duas) (?:trabalhamos|atuamos|estamos|somos)|no mesmo setor|na mesma área|eu também|(?:você|vc|tu) também`),
    fieldFrame: followedByWords(String.raw`no (?:setor|ramo|mundo|campo)(?: de| d[oa]s?)?|na (?:[áa]rea|ind[úu]stria)(?: de| d[oa]s?)?`),
    region: region(String.raw`na (?:sua |tua )?(?:região|zona)(?: de| d[oa])?|(?:oportunidades|vagas) (?:em|no|na)`, String.raw`e região|e arredores|e grande região`),
    role: capitalisedAfter(String.raw`[Cc]omo|na qualidade de|vaga(?: \p{Ll}+)? (?:de|para)|cargo de|posição de|função de|oportunidade (?:de|como)|(?:buscamos|procuramos|estamos buscando|estamos procurando|contratamos|estamos contratando) (?:uma?|um\(a\))`, { endings: String.raw`ista|or|ora|eiro|eira|ente|ante|ário|ária|logo|loga|ivo|iva|advogad[oa]|chefe|encarregad[oa]`, prepositions: String.raw`em|de|da|do|das|dos|na|no|nas|nos|para`, self: String.raw`[Ss]ou(?: uma?)?|${notNews(SEEN_ON_PROFILE.pt)}(?: uma?)?` }),
    theirEmployer: employer(String.raw`${SEEN_ON_PROFILE.pt}|(?:[Tt]rabalha|[Aa]tua)s? (?:atualmente )?(?:na|no|em|para)(?: a| o)?|(?:(?:[Vv]ocê|[Vv]c|[Tt]u) (?:é|está|tá|mora|vive)|[Ee]stás|[Mm]oras|[Vv]ives|que (?:mora|vive)) (?:de|em|no|na)`),
    praise: opening(String.raw`(?:(?:muito|super)\s)?(?:[óo]tim[oa]|excelente|incr[íi]vel|grande|bel[ao]|bo[am]|sensacional|legal|fantástic[oa]|maravilhos[oa]|interessante)|show(?: de bola)?|adorei|amei|gostei(?: muito)?|que (?:[óo]tim[oa]|bel[ao]|palestra|aula|live|post)`),
    congratulations: words(String.raw`parab[eé]ns (?:pel[oa]s?|por)`),
    reintroduction: phrase(String.raw`(?:(?<=(?:^|[,.!?:]|(?<!\p{L})(?:aqui|quem fala|oi|olá|ola|opa|e aí)(?:\s+\p{L}+)?)\s*)é|sou) (?:a|o) (?!\p{L}*(?:ista|dor|dora|tor|tora|sor|sora|eiro|eira|ente|ante|ário|ária|logo|loga|ável)\s)(?!(?:melhor|maior|primeir[oa]|únic[oa]|mesm[oa]|pessoa|empresa|hora|vez|don[oa]|sóci[oa]|chefe|ceo|founder|head)\s)\p{L}+,? (?:d[oa]s? |de )`),
    fromTheGroup: new RegExp(String.raw`^(?:sou (?:[ao] )?(\p{L}+),?\s+)?(?:do|da|dos|das)\s`, 'iu'),
    anchorSlot: stems(String.raw`evento|conferência|congresso|feira|meetup|tema|assunto|tópico|artigo|publicação|post(?![\p{L}])|posts|palestra|projeto|podcast|livro|webinar|oficina|curso|escola|universidade|faculdade|grupo|associação|comunidade|contato|mútuo|em comum|indicação|detalhe|específic|data|lugar|onde|conquista|notícia|reunião|conversa|ano|mês`),
    vague: words(VAGUE.pt),
    fieldBeforeSlot: ending(String.raw`(?:${VAGUE.pt})\s(?:em|no|na|nos|nas|com)`),
    we: words(String.raw`nós|nos|nosso|nossa|nossos|nossas|a gente`),
    // A simple past that cannot be a present, or one beside "together" ("trabalhamos na Acme" is both).
    // Not "conhecemos" alone ("conhecemos bem o mercado" is "we know"), nor "podemos juntos".
    past: words(String.raw`(?!podemos|vamos|devemos|queremos)\p{L}+(?:amos|emos|imos)\s(?:juntos|juntas)|\p{L}{3,}(?:amos|emos|imos)\s(?:\p{L}+\s)?(?:ontem|anteontem|na semana passada|no mês passado|no ano passado)|fomos|estivemos|tivemos|fizemos|pudemos|nos conhecemos|a gente se \p{L}+(?:ou|eu|iu)|a gente (?:foi|era|estava|fez|fazia|conversou|falou|conheceu|encontrou|trabalhou|estudou|jogou|viu|cruzou|trocou|dividiu|dividia|estudava|trabalhava|jogava|treinava)|[eé]ramos|est[aá]vamos|trabalh[aá]vamos|t[ií]nhamos|nos (?:vimos|falamos|encontramos|cruzamos|esbarramos)|\p{L}+ámos|\p{L}+ámo-nos|conhecemo-nos|vimo-nos`),
    // The weekdays' names are also ordinals ("pela segunda vez"): a weekday is one with "-feira" or after "na", "nesta", "última"…
    days: words(String.raw`(?:segunda|terça|quarta|quinta|sexta)-feira|(?:na|nesta|desta|última) (?:segunda|terça|quarta|quinta|sexta)|s[aá]bado|domingo|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro`),
    asAgreed: words(String.raw`(?:como|conforme) (?:conversamos|combinamos|falamos|combinado|conversado|falado)`),
    recent: words(String.raw`ontem|anteontem|outro dia|(?:na )?última semana|(?:semana|mês|ano) passad[oa]|(?:há|faz) (?:alguns|algumas|poucos|poucas|uns|umas|dois|duas|três|\d+) (?:dias|semanas|meses)|há (?:uma semana|um mês)|há pouco|recentemente|(?:segunda|terça|quarta|quinta|sexta)(?:-feira)? passada|m[eê]s passado`),
    upcoming: words(String.raw`próxim[oa]s?|que vem|(?:para|a partir de) (?:o )?(?:mês de )?(?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)`),
    today: words(String.raw`hoje`),
    dropsPronoun: true,
    capitalisesNouns: false,
    // Not "nos", which is also "us": "nos falamos", "nos conhecemos".
    prepositions: whole(String.raw`em|no|na|nas|ao|à`),
    closedClass: whole(String.raw`o|a|os|as|um|uma|uns|umas|me|te|se|lhe|lhes|nos|meu|minha|meus|minhas|teu|tua|teus|tuas|seu|sua|seus|suas|nosso|nossa|nossos|nossas|este|esta|esse|essa|isso|isto|aquele|aquela|eu|tu|você|vc|ele|ela|eles|elas|nós|mim|ti|todo|toda|todos|todas|mesmo|mesma|mais|contato|contacto|tempo|vez|fato|verdade|acordo|novo|comum|geral|pessoa|linha|cidade|região|disposição|aguardo|breve|busca|momento|área|relação|vocês|vcs|voce|esses|essas|estes|estas|algum|alguma|outro|outra|cada|que|linkedin|qualquer`),
    stock: [
      {
        id: 'pt-linkedin-default',
        pattern: /\bgostaria de (?:adicioná-l[oa]|adicionar você|te adicionar) (?:à|a) minha rede(?: profissional)?(?: n[oa] linkedin)?\b/,
        reason: RECALLED_DEFAULT,
        onlyWithoutContext: false,
        examples: [{ text: 'Gostaria de adicioná-lo à minha rede profissional no LinkedIn.' }],
        counterExamples: ['Gostaria de adicionar você ao grupo do evento de sábado.'],
      },
      {
        id: 'pt-expandir-rede',
        pattern: /\b(?:para )?(?:expandir|ampliar(?:mos)?|aumentar|crescer) (?:a |o )?(?:minha|nossa|meu|nosso) (?:rede(?: profissional)?|networking)\b/,
        reason: 'It is about your network, not about them; every recipient gets the same line.',
        onlyWithoutContext: false,
        examples: [{ text: 'gostaria de me conectar com você para expandir minha rede profissional.', source: SOURCES.ptExpandir }, { text: 'Olá, gostaria de me conectar para ampliarmos nosso networking!', source: SOURCES.ptAmpliarmos }],
        counterExamples: ['vamos expandir o projeto em São Paulo'],
      },
    ],
  },
  nl: {
    // Flemish "ge" and "gij" too: "ge hebt vorige week die talk gegeven".
    speaking: words(String.raw`je|jij|jou|jouw|u|uw|jullie|jezelf|uzelf|ge|gij`),
    likeYou: comparison(String.raw`zoals|als(?= (?:de|het) (?:jouwe|uwe))`, String.raw`(?:de|het) (?:jouwe|uwe)|die van (?:u|jou|jullie)`, 'u|jij|jou|je|jullie', 'in|bij|voor|die|en|of|met|op|te|om|uit|aan|binnen'),
    addressing: words(String.raw`bedankt|bedank|dank je|dank u|gefeliciteerd|proficiat|gezien(?!\s+(?:de|het)(?![\p{L}\p{N}]))|gelezen|gehoord|zag|las|felicitaties|dankjewel|dankuwel|dank jullie`),
    shared: words(String.raw`ons (?:gesprek|kennismakingsgesprek|telefoongesprek|overleg)|weet (?:je|jij|u) (?:nog|het nog)|(?:jij|je|u) ook [^.!?]{0,40}?(?:(?:hebt|heeft) (?:${NL_PARTICIPLE}|gedaan)|(?:bent|is) (?:afgestudeerd|begonnen|geweest))|(?:dezelfde|hetzelfde) (?:cursus|klas|team|school|universiteit|hogeschool|opleiding|bedrijf|kantoor|project|master|mba|programma|groep|tafel|panel|club|koor|afdeling|jaarclub|dispuut|stage|minor)|samen(?:gewerkt|gestudeerd)|(?<!${FUTURE.nl}[^.!?]{0,40})samen(?!\s+met\s+(?!(?:jou|je|u)(?![\p{L}\p{N}])))|(?:we|wij) kennen elkaar|kennen (?:we|wij) elkaar|kenden elkaar|(?<!(?:mijn|m['’]n|onze)\s)(?:(?:oud|ex)-?\s?collega(?:'s|s)?|voormalige? collega(?:'s|s)?)(?!\s+van (?:mij|me|ons)(?![\p{L}\p{N}]))|(?:je|jouw|uw) (?:buurvrouw|buurman)|(?:we|wij) (?:zijn|waren) (?:\p{L}+ )?(?:buren|collega['’]s|studiegenoten|klasgenoten|teamgenoten)|(?:was|vond het) (?:leuk|fijn|mooi|goed) (?:om )?(?:je |u |jou )?(?:te )?(?:spreken|ontmoeten|praten)|was (?:(?:echt|erg|heel|super|zo|best) )?(?:gezellig|leuk|fijn|mooi|tof|gaaf|goed)(?=\s(?:gisteren|eergisteren|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|vorige|afgelopen|op|bij|in|met|tijdens)(?![\p{L}\p{N}]))|lang geleden(?=\s*[!,.]|$)|lang niet gezien|lang niet gesproken|lang niets van elkaar gehoord`),
    // The head of a compound names the piece too: "podcastaflevering", "gastcolumn".
    theirWork: words(String.raw`\p{L}*(?:artikel(?:en)?|posts?|carrousels?|lezingen?|presentaties?|talks?|keynotes?|podcasts?|boeken?|blogs?|columns?|webinars?|bijdragen?|aflevering(?:en)?|video['’]?s?|vacatures?)`, 'giu'),
    plural: /(?:s|en|['’]s)$/iu,
    mine: words(String.raw`mijn|ons|onze`),
    your: words(String.raw`je|jouw|uw|jullie`),
    about: words(String.raw`over`),
    wishes: words(String.raw`gelukkig nieuwjaar|fijne (?:feestdagen|kerst)|prettige (?:feestdagen|kerstdagen)|(?:een )?goed(?:e)? (?:nieuw )?jaar`),
    referral: words(String.raw`(?:raadde|tipte|verwees) (?:me|mij)|zei (?:dat|me|mij)|vertelde (?:me|mij)|kreeg (?:je|jouw|uw) (?:naam|nummer|gegevens)|heeft (?:me|mij) (?:aangeraden|getipt|doorverwezen)|op (?:aanraden|advies) van|(?:je|jouw|uw) (?:naam|contactgegevens|gegevens) (?:gegeven|doorgegeven|doorgekregen|gekregen)|bracht ons in contact|noemde (?:je|jouw|uw) naam|(?:hoorde|hoorde ik|gehoord) (?:van|via)(?!\s+(?:je|jouw|uw|het|de|een)(?![\p{L}\p{N}]))|(?:heeft|hebben) ons (?:aan elkaar )?voorgesteld|stelde ons (?:aan elkaar )?voor`),
    overlap: words(String.raw`(?:we|wij) (?:werken|zitten|zijn) (?:allebei|beiden)|in dezelfde (?:branche|sector)|(?<=(?:^|[.!?,;:])\s*)ik ook(?![\p{L}\p{N}])(?! (?:al|weer|nog|graag)(?![\p{L}\p{N}]))|ik (?:werk|zit|ben) ook (?:actief |werkzaam )?(?:in|bij)|ook (?:actief|werkzaam) in|(?:jij|u) ook (?:in|bij)|je ook in`),
    fieldFrame: followedByWords(String.raw`(?:in|binnen) de (?:sector|branche|wereld)(?: van)?`),
    region: region(String.raw`(?:in )?(?:de )?regio|vacatures in(?: de)?`, String.raw`en omgeving|e\.o\.`),
    role: capitalisedAfter(String.raw`[Aa]ls|vacature(?: \p{Ll}+)?(?: voor| van)?|functie van|rol van|(?:zoeken|zoek|zoekt) (?:naar )?een`, { endings: String.raw`eur|ist|ant|ent|coach|manager|recruiter|ondernemer|trainer|ontwikkelaar|designer|medewerker|makelaar|eigenaar|leider`, prepositions: String.raw`bij|in|voor|van`, self: String.raw`[Ii]k ben(?: een)?` }),
    theirEmployer: new RegExp(String.raw`${employer(String.raw`(?:(?:[Jj]e|[Jj]ij|[Uu]) werkt|[Ww]erk (?:je|jij)|[Ww]erkt u) (?:momenteel |nog steeds |nog )?(?:bij|voor)(?: de| het)?|(?:[Jj]e|[Jj]ij|[Uu]) (?:woont|bent|zit) in|[Ww]oon (?:je|jij) in|[Ww]oont u in|(?:[Jj]e|[Jj]ij|[Uu]) (?:komt )?uit`, String.raw`dat (?:je|jij|u) (?:momenteel |nog steeds |nog )?(?:bij|voor|in)(?: de| het)?`, 'werkt|werkzaam|woont|bent|zit').source}|${DUTCH_TITLE_SEEN}`, 'gu'),
    praise: opening(String.raw`(?:(?:heel|erg|echt|super|wat een)\s)?(?:mooi|sterk|leuk|goed|geweldig|top|super|gaaf|tof|interessant|inspirerend|knap|prachtig)\p{L}*`),
    congratulations: words(String.raw`(?:gefeliciteerd|proficiat|felicitaties) met`),
    reintroduction: phrase(String.raw`(?:het is|hier is|ben (?:jij|je|u) (?:die|de)) (?!(?:een|één|jammer|zonde|lief|aardig|mooi|leuk|fijn|goed|tof|top|handig|belangrijk|onderdeel|deel|afhankelijk|tijd)\s)\p{L}+,? van (?:de |het )?`),
    fromTheGroup: new RegExp(String.raw`^(?:ik ben (\p{L}+),?\s+)?van (?:de|het)\s`, 'iu'),
    anchorSlot: stems(String.raw`evenement|event|congres|conferentie|beurs|meetup|onderwerp|thema|artikel|bericht|post(?![\p{L}])|posts|lezing|talk|project|podcast|boek|webinar|workshop|cursus|opleiding|school|universiteit|hogeschool|groep|vereniging|community|contact|gemeenschappelijk|gedeeld|aanbeveling|detail|specifiek|concreet|datum|plek|waar|nieuws|aankondiging|gesprek|ontmoeting|jaar|maand`),
    vague: words(VAGUE.nl),
    fieldBeforeSlot: ending(String.raw`(?:${VAGUE.nl})\s(?:in|binnen|met)(?:\s(?:de|het))?`),
    we: words(String.raw`we|wij|ons|onze`),
    // The perfect of meeting, talking or working together: its participle ends the clause, after
    // the auxiliary or before it ("dat we elkaar gesproken hebben"), so "we zijn gevestigd in
    // Utrecht" is no past; "hebben elkaar leren kennen"; or a simple past.
    past: words(String.raw`(?:hebben|hadden|zijn|waren)(?![\p{L}\p{N}])${BRACKET}(?<![\p{L}\p{N}])${NL_PARTICIPLE}(?=\s*(?:[.!?,;:()–—]|\s-\s|$))|${NL_PARTICIPLE}\s(?:hebben|hadden|zijn|waren)|leren kennen|leerden|spraken|werkten|studeerden|ontmoetten|troffen|zagen|zaten|stonden|liepen|gingen|praatten|kletsten|kwamen|(?:hebben|hadden)\s(?:\p{L}+\s){0,4}?${NL_PARTICIPLE}|hadden|waren`),
    days: words(String.raw`maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december`),
    asAgreed: words(String.raw`zoals (?:(?:net|vandaag|vanochtend|vanmiddag|gisteren) )?(?:telefonisch )?(?:besproken|afgesproken|beloofd)`),
    recent: words(String.raw`gisteren|gisteravond|eergisteren|laatst|onlangs|(?:vorige|afgelopen) (?:week|maand|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)|vorig jaar|afgelopen jaar|(?:een paar|paar|enkele|twee|drie|\d+) (?:dagen|weken|maanden) geleden|een (?:week|maand) geleden|(?:vorig|afgelopen) weekend|kort geleden|recent`),
    upcoming: words(String.raw`volgende|komende|(?:voor|vanaf) (?:\d{1,2} )?(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)`),
    today: words(String.raw`vandaag|vanochtend|vanmorgen`),
    dropsPronoun: false,
    capitalisesNouns: false,
    prepositions: whole(String.raw`bij|op|in|tijdens|naar|sinds`),
    closedClass: whole(String.raw`de|het|een|n|mijn|je|jouw|uw|zijn|haar|ons|onze|hun|die|dat|deze|dit|ik|jij|u|hij|zij|ze|we|wij|jullie|mij|me|jou|hem|hen|elkaar|alles|iets|niets|dezelfde|hetzelfde|meer|contact|tijd|tijdje|buurt|zoek|voorbaat|principe|stad|regio|interesse|gesprek|welke|zo['’]?n|m['’]?n|z['’]?n|d['’]?r|t|elk|elke|ieder|iedere|alle|andere|beide|dienst|korte|vragen|overleg|basis|linkedin`),
    stock: [
      {
        id: 'nl-linkedin-default',
        // The sources quote it cut short ("Ik wil u graag toevoegen..."): it ends there, or goes on to "my network".
        pattern: /\b(?:ik (?:wil|zou) (?:u|je|jou) graag (?:toevoegen(?: aan mijn (?:professionele |linkedin-)?netwerk(?: op linkedin)?\b|(?=\s*(?:\.|…|!|$)))|aan mijn (?:professionele |linkedin-)?netwerk toevoegen\b)|graag (?:wil|zou) ik (?:u|je|jou) toevoegen aan mijn (?:professionele |linkedin-)?netwerk\b)/,
        reason: "LinkedIn's own default sentence in Dutch, quoted as the standard request wording.",
        onlyWithoutContext: false,
        examples: [
          { text: 'Ik wil u graag toevoegen...', source: SOURCES.nlFormal },
          { text: 'Ik zou je graag toevoegen', source: SOURCES.nlInformal },
          { text: 'Hallo, ik wil je graag toevoegen aan mijn netwerk.', source: SOURCES.nlNetwork },
          { text: 'Ik wil je graag aan mijn netwerk toevoegen.' },
          { text: 'Graag wil ik je toevoegen aan mijn netwerk.' },
        ],
        counterExamples: ['Ik wil je graag toevoegen aan de sprekerslijst van de meetup.'],
      },
    ],
  },
  it: {
    // Not "le": far more often the plural article ("le PMI") than "to you". "Lei" and "suo" are
    // also "she" and "his", but in a note they are mostly the polite "you" ("il suo intervento").
    // "You" joined to an infinitive counts: "conoscerti", "contattarLa".
    speaking: words(String.raw`tu|ti|te|tuo|tua|tuoi|tue|lei|suo|sua|suoi|sue|voi|vi|vostr[oaie]|(?!esperti|aperti|coperti|offerti|inserti|scoperti|sofferti)\p{L}{2,}(?:ar|er|ir)(?:ti|vi|la)|hai`),
    // "Il tuo" is both "yours" and "your": "come il tuo team gestisce…" asks how their team works.
    likeYou: comparison('come', '', String.raw`te|lei|voi|(?:il|la|i|le) (?:tuo|tua|tuoi|tue|suo|sua|suoi|sue|vostro|vostra|vostri|vostre)`, String.raw`a|ad|in|nel|nella|per|che|e|o|di|del|della|dei|con|su|da`),
    addressing: words(String.raw`grazie|ringrazio|complimenti|congratulazioni|visto|letto|notato|sentito|vedo|ascoltato|partecipato`),
    shared: words(String.raw`nostro (?:incontro|colloquio|scambio)|ti ricordi|nostra (?:chiacchierata|conversazione|telefonata|riunione)|(?:anch['’]io|anche io) (?:ero|c['’]ero|sono stat[oa]|ho studiato|ho lavorato|studiavo|lavoravo)|(?:c['’])?ero anch['’]io|(?:la sua|il suo|la tua|il tuo) vicin[oa]|(?:lo|la|gli|le|allo|alla|nello|nella|dello|della) stess[oa] (?:corso|classe|squadra|team|scuola|liceo|università|facoltà|azienda|ufficio|progetto|master|mba|programma|gruppo|tavolo|panel|club|coro|turno|erasmus|stage|reparto)|(?:anni|tempo|momenti) condivis[io]|(?<!${FUTURE.it}[^.!?]{0,40})insieme(?!\s+(?:ad?|ai|agli|alle)\s+(?:un|una|uno|mio|mia|miei|mie|altri|altre|colleghi|colleghe|amici|amiche)(?![\p{L}\p{N}]))|ci conosciamo (?:da|dai|dal|dall['’])|(?<!(?:mio|mia|miei|mie|nostr[oaie])\s)ex[- ]?colleg(?:a|hi|he)(?!\s+(?:mio|mia|miei|mie)(?![\p{L}\p{N}]))|(?:siamo|eravamo|siamo stati) (?:\p{L}+ )?(?:vicini|vicine|colleghi|colleghe|compagni|compagne)|(?:mi ha fatto|che) piacere (?:conoscerti|conoscerla|incontrarti|incontrarla|rivederti|rivederla)|piacere di averti (?:conosciut|incontrat)[oa]|(?:è|e['’]?) stata una bella chiacchierata|(?:è stato|e['’]? stato) (?:un )?(?:piacere|bello|onore) (?:conoscer\p{L}*|parlare|chiacchierare|incontrar\p{L}*)|(?:da )?quanto tempo(?=\s*(?:[!.,…]|$)|\s+che non\s)|che nostalgia`),
    theirWork: words(String.raw`articol[oi]|post|carosell[oi]|intervent[oi]|talk|keynote|podcast|libr[oi]|comment[oi]|pubblicazion[ei]|webinar|video|episodi[oi]?|annunci[oi]|offert[ae] di lavoro`, 'giu'),
    plural: /^(?:\p{L}+i|offerte)(?![\p{L}])/iu,
    mine: words(String.raw`mio|mia|miei|mie|nostr[oaie]`),
    your: words(String.raw`tuo|tua|tuoi|tue|suo|sua|suoi|sue|vostr[oaie]`),
    about: words(String.raw`su|sul|sulla|sullo|sugli|sulle|riguardo`),
    wishes: words(String.raw`buon (?:anno|natale)|buone feste|(?:tanti )?auguri (?:per le feste|di buon)|felice anno nuovo`),
    referral: words(String.raw`mi ha (?:suggerito|consigliato|parlato|passato|indicato)|mi ha detto (?:che|di)|mi ha dato (?:il tuo|il suo|i tuoi|i suoi) (?:contatto|nome|nominativo|numero|riferimento)|su (?:consiglio|suggerimento|indicazione) di|mi ha (?:girato|segnalato) (?:il tuo|il suo|i tuoi|i suoi)|mi ha fatto il tuo nome|mi ha messo in contatto|ho avuto il tuo contatto da|da parte di|ho saputo da|ci (?:ha|hanno) (?:presentati|presentate|presentato)|ci (?:ha|hanno) fatto conoscere`),
    overlap: words(String.raw`(?:entrambi|entrambe|tutti e due) (?:lavoriamo|siamo)|lavoriamo entrambi|nello stesso settore|anch['’]io|anche io|anche (?:tu|lei) (?:lavori|lavora|sei|è|a|in|nel|nella)`),
    fieldFrame: followedByWords(String.raw`nel (?:settore|campo|mondo)(?: di| del| della)?|nell['’](?:ambito|industria)(?: di| del| della)?`),
    region: region(String.raw`(?:in |nella )?zona(?: di)?|in provincia di|nell['’]area di|(?:opportunità|posizioni aperte) (?:a|in)`, String.raw`e provincia|e dintorni|e hinterland`),
    role: capitalisedAfter(String.raw`[Cc]ome|in qualità di|posizione (?:\p{Ll}+ )?(?:di|da)|ruolo (?:di|da)|figura (?:di|da)|opportunità (?:di|come)|(?:cerchiamo|stiamo cercando|ricerchiamo|selezioniamo|cerco) (?:una?|uno|un['’])`, { endings: String.raw`ista|ore|rice|ente|ante|ario|aria|iere|iera|logo|loga|ivo|iva|abile|ingegnere|avvocat[oa]|architett[oa]`, prepositions: String.raw`di|del|della|dello|dei|degli|in|presso|per|a`, self: String.raw`[Ss]ono(?: una?| uno| un['’])?|${notNews(SEEN_ON_PROFILE.it)}` }),
    theirEmployer: employer(String.raw`${SEEN_ON_PROFILE.it}|[Ll]avor(?:i|a) (?:attualmente |ancora )?(?:in|presso|per|da|a|alla|allo|al|nella|nello|nel|per la|per il)|(?:[Vv]iv|[Aa]bit)(?:i|e|a) (?:a|in)|[Ss]ei (?:di|a)`),
    praise: opening(String.raw`(?:(?:molto|davvero|super)\s)?(?:ottim[oa]|bell(?:[oa]|issim[oa])|bel|grande|gran|splendid[oa]|fantastic[oa]|super|interessant(?:e|issim[oa])|stupend[oa]|brav(?:[oa]|issim[oa]))|bell['’]\p{L}+|che bell(?:[oa]|['’]\p{L}+)|mi è piaciut[oa]`),
    congratulations: words(String.raw`(?:complimenti|congratulazioni) per`),
    reintroduction: phrase(String.raw`sono (?:la|il|lo|l['’]) ?(?!\p{L}*(?:ista|ore|rice|ente|ante|ario|aria|iere|iera|logo|loga|abile)\s)(?!(?:migliore|prim[oa]|unic[oa]|stess[oa]|titolare|manager|capo|soci[oa]|avvocat[oa]|ceo|founder|head)\s)\p{L}+,? (?:del|dello|della|dei|degli|delle|dal|dalla|di) |sei (?:proprio )?tu (?:quell[oa] )?(?=[^.!?]{0,80}\?)(?:del|dello|della|dei|degli|delle|di) `),
    fromTheGroup: new RegExp(String.raw`^(?:sono (\p{L}+),?\s+)?(?:(?:del|dello|della|dei|degli|delle|dal|dalla)\s|dall['’])`, 'iu'),
    anchorSlot: stems(String.raw`evento|conferenza|convegno|fiera|meetup|tema|argomento|articolo|pubblicazione|post(?![\p{L}])|posts|intervento|talk|progetto|podcast|libro|webinar|workshop|corso|scuola|università|gruppo|associazione|comunità|contatto|in comune|reciproc|dettagli|specific|concret|data|luogo|dove|risultato|traguardo|notizia|incontro|conversazione|anno|mese`),
    vague: words(VAGUE.it),
    fieldBeforeSlot: ending(String.raw`(?:${VAGUE.it})\s(?:in|nel|nella|nello|nei|nelle|nell['’]|con)`),
    we: words(String.raw`noi|ci|nostr[oaie]`),
    // The passato prossimo of the verbs of meeting, talking and working together ("abbiamo lavorato",
    // "ci siamo visti"), not any word in -ato ("siamo specializzati"), or the imperfect.
    past: words(String.raw`(?:abbiamo|avevamo|siamo|eravamo)\s(?:\p{L}+\s)?(?:(?:lavor|collabor|parl|incontr|studi|partecip|chiacchier|frequent)at[oaie]|sentit[oaie]|(?:condivis|discuss|lett|vist|fatt|dett|scritt|avut|conosciut|incrociat|ritrovat|seguit)[oaie])|lavoravamo|studiavamo|collaboravamo|eravamo|siamo stati`),
    days: words(String.raw`luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre`),
    asAgreed: words(String.raw`come (?:d['’]accordo|concordato|promesso|anticipato|ci siamo detti|detto)`),
    recent: words(String.raw`ieri(?: sera)?|l['’]altro (?:ieri|giorno)|di recente|(?:la settimana|il mese) scors[oa]|(?:la |lo )?scors[oa] (?:settimana|mese|anno)|l['’]anno scorso|settimana scorsa|(?:qualche|pochi|poche|alcuni|alcune|due|tre|\d+) (?:giorni|settimane|mesi) fa|(?:una settimana|un mese) fa|poco fa|recentemente`),
    upcoming: words(String.raw`prossim[oaie]|(?:a partire da|per) (?:il mese di )?(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)`),
    today: words(String.raw`oggi|stamattina`),
    dropsPronoun: true,
    capitalisesNouns: false,
    prepositions: whole(String.raw`al|allo|alla|ai|agli|alle|in|nel|nello|nella|nei|negli|nelle|sul|sullo|sulla|sui|sugli|sulle|presso`),
    closedClass: whole(String.raw`il|lo|la|l|i|gli|le|mi|ti|si|ci|vi|ne|un|uno|una|mio|mia|miei|mie|tuo|tua|tuoi|tue|suo|sua|suoi|sue|nostro|nostra|nostri|vostro|vostra|questo|questa|quel|quello|quella|io|tu|lui|lei|noi|voi|loro|me|te|tutto|tutta|tutti|tutte|stesso|stessa|più|contatto|tempo|volta|fatto|nuovo|privato|presto|comune|generale|persona|linea|città|zona|momento|ricerca|attesa|prossima|prossimo|qualità|merito|frattempo|particolare|futuro|quanto|che|ogni|qualche|alcuni|alcune|altro|altra|altri|altre|questi|queste|quei|quelle|quegli|nostre|vostri|vostre|linkedin|qualsiasi|qualunque`),
    stock: [
      {
        id: 'it-linkedin-default',
        pattern: /\bvorrei aggiunger(?:ti|la|e) (?:alla|nella) mia rete(?: professionale)?(?: su linkedin)?\b/,
        reason: "LinkedIn's own default sentence in Italian, quoted as the base message LinkedIn sets.",
        onlyWithoutContext: false,
        examples: [{ text: 'Raffaele, vorrei aggiungerti alla mia rete professionale su LinkedIn.', source: SOURCES.itDefault }],
        counterExamples: ['vorrei aggiungerti al gruppo del meetup di Milano'],
      },
    ],
  },
};

/** A firm, in the six languages: "c'est Marc de la société Optima" names the sender's own. */
const FIRM = /^(?:société|entreprise|boîte|agence|cabinet|firme|compagnie|start-?up|empresa|compañía|companhia|agencia|agência|consultora|consultoria|firma|azienda|società|agenzia|ditta|bedrijf|bureau|kantoor|agentschap|unternehmen|agentur|kanzlei)$/iu;

/** A phrase that starts a word and may end inside the next one ("de l'" before "ESMOD"), in any case. */
function phrase(alternatives: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})`, 'iu');
}

/** One whole word, in any case: for words already split on white space. */
function whole(alternatives: string): RegExp {
  return new RegExp(`^(?:${alternatives})$`, 'iu');
}

/**
 * A pattern for any of the words (an alternation), matched whole in any script: JavaScript's
 * `\b` knows ASCII letters only, so "tú" or "você" would never end a word. Case is ignored
 * unless `flags` says otherwise.
 */
function words(alternatives: string, flags = 'iu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, flags);
}

/**
 * A pattern for words (an alternation, case as written), then either the up to four capitalised
 * words after them and an employer after those, or a role in lower case, known by its ending
 * (`lowerCaseRole`: "especialista", "consultor", "responsable"), with an adjective, a preposition
 * and up to five words of its field, employer or place after it ("Como especialista en IA aplicada
 * al marketing", "soy asesor financiero en CABA"), up to "and" or their possessive ("soy profesora
 * de tu hija Sofía" keeps Sofía). The sender's own "I am" (`lowerCaseRole.self`) opens only the
 * lower-case role ("soy Raúl" names the sender, which is no job title), and not before "where"
 * ("soy profesor en la Ibero, donde fuiste mi alumna" keeps the Ibero). A student's subject
 * opening the sentence after a greeting is the sender's too, without "I am": "Bonjour, étudiante en
 * Master RH, je cherche…". Global.
 */
function capitalisedAfter(alternatives: string, lowerCaseRole?: { endings: string; prepositions: string; self: string }): RegExp {
  const lowerCase = lowerCaseRole
    ? String.raw`\s(?!${NOT_A_ROLE})(?=\p{Ll}{4})\p{Ll}*(?:${lowerCaseRole.endings})(?![\p{L}\p{N}])(?:(?:\s\p{Ll}+)?\s(?:${lowerCaseRole.prepositions})(?![\p{L}\p{N}])(?!\s(?:${YOURS})(?![\p{L}\p{N}]))(?:\s(?!(?:y|e|et|und|ed|and)\s)[^\s.,;:!?()]+(?![^\s.,;:!?()])){1,5})?`
    : undefined;
  const capitalised = String.raw`(?:\s\p{Lu}[^\s.,;:!?()]*){1,4}${EMPLOYER}`;
  const afterAlternatives = `(?<![\\p{L}\\p{N}])(?:${alternatives})(?:${capitalised}${lowerCase ? `|${lowerCase}` : ''})`;
  // A student is a role only with a subject after "in", not a school after an article ("estudiante de la UNAM").
  const studentOfASubject = String.raw`\s${STUDENT}\p{L}*\s(?:de|en|di|in|em)\s(?!${ARTICLE_AFTER_STUDENT}\s)`;
  const afterSelf = lowerCaseRole ? String.raw`|(?<![\p{L}\p{N}])(?:${lowerCaseRole.self})(?=\s(?!${STUDENT})|${studentOfASubject})${lowerCase}(?![,\s]+(?:donde|onde|où|dove|waar|wo)(?![\p{L}\p{N}]))` : '';
  const afterGreeting = lowerCaseRole ? String.raw`|(?<=${GREETING_AND_NAME})(?=${studentOfASubject})${lowerCase}` : '';
  return new RegExp(afterAlternatives + afterSelf + afterGreeting, 'gu');
}

/**
 * Where they work, as `theirEmployer` reads it, global: after `opening` ("trabajas en", "Sie
 * arbeiten bei der"), up to four capitalised words and an employer (capitalisedAfter); or, in
 * German and Dutch, where the verb ends the clause, the capitalised words between `verbFinal` and
 * one of `verbs` ("dass du bei SAP arbeitest", "dat je bij ASML werkt").
 */
function employer(opening: string, verbFinal?: string, verbs?: string): RegExp {
  const final = verbFinal ? String.raw`|(?<![\p{L}\p{N}])(?:${verbFinal})(?:\s\p{Lu}[^\s.,;:!?()]*){1,4}(?=\s(?:${verbs})(?![\p{L}\p{N}]))` : '';
  return new RegExp(capitalisedAfter(notNews(opening)).source + final, 'gu');
}

/**
 * "Like you" in a pitch's comparison ("ayudamos a empresas como la suya", "profili come il suo per
 * aziende clienti"), global: `like` after a word, not at a sentence's start, after a comma or
 * after the sender's own "I", where it asks or reminds ("Como usted sabe", "Olá Ana, como você
 * está?") or compares the two of them ("je travaille comme vous…" is a same-field claim for
 * `overlap`). Then `yours`, a possessive pronoun, or one of `ambiguous`, a pronoun that may be
 * the subject of "how you…" or a possessive before its noun ("como tu equipo"), only where the
 * comparison ends: at punctuation, at the end, or before one of the words `then`.
 */
function comparison(like: string, yours: string, ambiguous: string, then: string): RegExp {
  const ends = String.raw`(?=\s*(?:[^\p{L}\p{N}\s]|$)|\s+(?:${then})(?![\p{L}\p{N}]))`;
  const forms = [yours && String.raw`(?:${yours})(?![\p{L}\p{N}])`, `(?:${ambiguous})${ends}`].filter(Boolean).join('|');
  // The words before are looked at only once `like` is found.
  const after = String.raw`(?<=\p{L}\s(?:${like}))(?<!(?<![\p{L}\p{N}])(?:je|moi|yo|eu|ik|io)\s(?:${like}))`;
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${like})${after} (?:${forms})`, 'giu');
}


/**
 * A region (`region`): the up to four words after `after` ("zona", "regio"), or the word before
 * `before` ("e provincia", "en omgeving"). Global.
 */
function region(after: string, before: string): RegExp {
  return new RegExp(`${followedByWords(after).source}|(?<![^\\s.,;:!?()])[^\\s.,;:!?()]+\\s(?:${before})(?![\\p{L}\\p{N}])`, 'giu');
}

/** A pattern for words (an alternation) and the up to four words after them, to the next punctuation. Global. */
function followedByWords(alternatives: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?:\\s[^\\s.,;:!?()]+){1,4}`, 'giu');
}

/**
 * A sender's family tie to someone named, in the six languages: "ik ben de nicht van Roos",
 * "c'est Juliette, la cousine de Nathan Girard", "sono Elisa, la mamma di Tommaso". The named
 * relative is a mutual contact, as a referrer is.
 */
const RELATIVE_OF = /(?<![\p{L}\p{N}])(?:[Cc]ousine?|[Nn]ièce|[Nn]eveu|[Ss]œur|[Ff]rère|[Ff]ille|[Ff]ils|[Mm]ère|[Pp]ère|[Nn]icht|[Nn]eef|[Zz]us|[Bb]roer|[Dd]ochter|[Zz]oon|[Mm]oeder|[Vv]ader|[Pp]rim[oa]|[Ss]obrin[oa]|[Hh]erman[oa]|[Hh]ij[oa]|[Mm]adre|[Pp]adre|[Ii]rmã|[Ii]rmão|[Ff]ilh[oa]|[Mm]ãe|[Pp]ai|[Cc]ugin[oa]|[Nn]ipote|[Ss]orella|[Ff]ratello|[Ff]igli[oa]|[Mm]amma|[Pp]apà|[Mm]aman|[Mm]amá|[Pp]apá|[Mm]amãe|[Pp]apai|[Mm]ama|[Pp]apa|[Nn]ichte|[Nn]effe|[Ss]chwester|[Bb]ruder|[Tt]ochter|[Ss]ohn|[Mm]utter|[Vv]ater)(?: (?:de|di|do|da|van|von|della|dello|del)| d['’]) ?\p{Lu}\p{Ll}+/u;

/**
 * A relative of theirs, or of both, by family title and first name, as family and old friends name
 * them: "sag Opa Heinz…", "Diz pro Tio Carlos…", "je tante Lies", "Hallo Onkel Werner". Portuguese
 * "Opa" opening a sentence is "hey" ("Opa Rafael, valeu…"), so "Opa" counts only inside one.
 */
const KIN_NAMED = /(?<![\p{L}\p{N}])(?:[Oo]nkel|[Tt]ante|[Oo]ma|[Tt]ío|[Tt]ía|[Tt]io|[Tt]ia|[Zz]io|[Zz]ia|[Nn]onno|[Nn]onna|[Tt]onton|[Oo]ncle|[Mm]amie|[Pp]apy|[Oo]om|[Aa]buel[oa]|[Aa]v[ôó]|(?<=\p{L}[,;]?\s)[Oo]pa)\s\p{Lu}\p{Ll}+/u;

/**
 * A farewell that names the day the two of them next see each other, opening a sentence: "À mardi,
 * et ramène les clés", "Ci vediamo giovedì alle prove!", "tot zaterdag bij de hockey", "bis
 * Montag", "nos vemos el jueves en el cumple", "Até segunda!". People who will see each other on a
 * weekday share a life; a deadline ("schicke ich Ihnen bis Freitag das Angebot") opens no sentence.
 * A sentence opens after an emoji too ("…data scientist 😂 Ci vediamo giovedì"). Read without the
 * greeting; what follows the day must be a short place (FAREWELL_PLACE) and no question, so a
 * deadline that opens a sentence ("Bis Freitag gibt es noch Tickets", "Hasta el viernes tienes 30%")
 * and a Portuguese ordinal ("A segunda edição do MBA…") are no farewell.
 */
const SEE_YOU_ON = /(?:^|(?<=[.!…]\s|\p{Extended_Pictographic}\uFE0F?\s))(?:bis|à|a|hasta|até|tot|ci vediamo|ci si vede|nos vemos|on se voit|wir sehen uns|we zien elkaar|a gente se vê|te vejo)\s(?:(?:el|este|ce|nächsten|am|na|no)\s)?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|lunes|martes|miércoles|jueves|viernes|sábado|domingo|mañana|segunda|terça|quarta|quinta|sexta|amanhã|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|domani)(?![\p{L}\p{N}-])/iu;
/** What may follow a farewell's day: nothing, or a place in up to five words without a number ("au foot", "bij de hockey", "beim Training"). */
const FAREWELL_PLACE = /^(?:\s+(?:au|aux|à|chez|pour|en|al|alla|alle|allo|ai|a|da|in|im|am|beim|bei|zum|zur|auf|bij|op|langs|na|no|nos|nas|el|la)(?:\s+[^\s\d.,;:!?…]+){1,5})?\s*(?:$|[.,;:!?…]|\p{Extended_Pictographic})/iu;

/**
 * Surprise that they are on LinkedIn at all: "non sapevo avessi linkedin", "nem sabia que vc tinha
 * linkedin", "wusste gar nicht, dass du auf LinkedIn bist". Only someone who knows them off it says so;
 * not "I didn't know how to reach you but on LinkedIn" ("non sapevo come contattarla…").
 */
const DID_NOT_KNOW_YOU_WERE_HERE = /(?<![\p{L}\p{N}])(?:non sapevo|nem sabia|não sabia|no sab[ií]a|je (?:ne )?savais (?:pas|même pas)|j['’]savais pas|j['’]ignorais|wusste (?:gar |echt |ja )?nicht|wist (?:niet|eens niet|niet eens))(?![\p{L}\p{N}])(?!,?\s+(?:come|comment|cómo|como|wie|hoe|how|se|si|si je|ob|of)(?![\p{L}\p{N}]))[^.!?]{0,40}linkedin/iu;

/**
 * They are here too, at last, in the informal "you": "endlich bist du auch hier", "dass du jetzt
 * auch hier bist", "ma sei anche qui", "je te retrouve enfin ici", "jij ook hier". Said of
 * someone the sender knows off LinkedIn; a pitch says "Sie" or "vous".
 */
const YOU_ARE_HERE_TOO = /(?<![\p{L}\p{N}])(?:bist du (?:jetzt |nun |endlich )?auch hier|(?:na,? )?(?:auch endlich|endlich auch) hier(?=\s*[?!])|du (?:jetzt |nun |endlich )?auch hier bist|sei (?:anche|pure) (?:tu )?qui|anche tu qui|(?:je )?te retrouve (?:enfin |aussi )?ici|t['’]es (?:enfin |aussi )?(?:ici|là)|tu es (?:enfin )?(?:ici|là) aussi|(?:tú )?también (?:estás )?por (?:aquí|acá)|tu também (?:está )?por aqui|você também (?:está )?por aqui|jij (?:bent )?ook hier|dich (?:endlich |auch )?hier gefunden|achei (?:vc|você|te|tu) aqui|eindelijk (?:ook )?op linkedin)(?![\p{L}\p{N}])/iu;

/**
 * Regards to or from someone named, or to their family: "grüß Lena von mir", "Grüß die Kinder",
 * "Bises à Léa et aux petits", "a D. Fátima manda cumprimentos", "doe de groeten aan Eva",
 * "saluta Marco"; not the greetings "Grüß Gott", "Grüß dich". Only people who know each other's people say so.
 */
const REGARDS = /(?<![\p{L}\p{N}])(?:(?:[Gg]rü(?:ß|ss)(?![\p{L}])(?!\s+(?:Gott|[Dd]ich|[Ee]uch|Sie)(?![\p{L}]))(?:\smir)?|[Ll]iebe [Gg]rüße an|[Vv]iele [Gg]rüße an|[Bb]ises à|[Bb]isous à|[Ss]aluta|[Ss]alutami|[Ss]aludos a|[Dd]ale saludos a|[Dd]oe de groeten aan|[Dd]e groeten aan|[Gg]roetjes aan|[Bb]eijos (?:pra|para|à|ao)|[Aa]braço (?:pra|para|à|ao))\s(?:(?:die|den|der|la|le|a|o|al|à|aan|tua|tu|tus|ta|tes|je)\s)?(?:\p{Lu}\p{Ll}+|kinder|familie|eltern|petits|enfants|famille|parents|niños|familia|papás|crianças|família|kinderen|bambini|famiglia|ragazzi)|(?:\p{Lu}\p{Ll}+|[Dd]\.\s\p{Lu}\p{Ll}+|(?:minha|mi|ma|mia|meine?|mijn) (?:mãe|pai|mamá|papá|mère|mamma|mutter|moeder|madre|padre)) (?:manda(?:m|ou)?|te manda|envoie|schickt|stuurt) (?:cumprimentos|beijos|um beijo|saudações|abraços|lembranças|saludos|un saludo|besos|un beso|bises|grüße|groetjes|saluti))(?![\p{L}\p{N}])/u;

/**
 * Taking over from someone named, as a new counterpart says: "je reprends le dossier du RPI après
 * M. Bouchet", "assumi os processos que estavam com o Sr. Antônio", "neem ik het dossier over van
 * collega Koen Smit", "la pratica avviata dalla collega Pedrotti", "ik neem het team van Karel
 * over". The predecessor is a mutual contact, named with a title or a colleague's word, or after
 * "après", "van", "dalla", "dal" (not German "von", where every noun is capitalised: "die Beratung
 * von Unternehmen"). Dutch "neem" counts only with its "over" ("neem gerust contact op" is no
 * take-over).
 */
const TAKING_OVER = /(?<![\p{L}\p{N}])(?:reprends|reprendrai|succède|remplace|assumi|assumo|assumir|substituo|neem(?=[^.!?]{0,80}?\sover(?![\p{L}]))|overgenomen|overneem|overnemen|vervang|seguirò|subentro|sostituisco|reemplazo|sustituyo|asumo|asumí|übernehme|übernimmt|übernommen|[Nn]achfolger(?:in)?|vertrete)(?![\p{L}\p{N}])[^.!?]{0,100}?(?:(?:après|van|von|dalla|dal|della|del|com|de|da|à|a)\s(?:(?:o|a|la|il|el)\s)?(?:M\.|Mme|Mr\.?|Herrn|Frau|Sr\.|Sra\.|[Dd]ott\.(?:ssa)?|collega|colega|collègue|Kollegin|Kollegen|mevrouw|meneer|de heer|dhr\.|mevr\.|la señora|el señor|la signora|il signor|a senhora|o senhor)\s?\p{Lu}\p{Ll}+|(?:après|van|dalla|dal)\s\p{Lu}\p{Ll}+)/u;

/**
 * Whom they lived or played with, named by the word for it, as "former colleague" is: a flatmate or
 * housemate ("ehemaliger Mitbewohner aus der WG…", "Huisgenoot uit het studentenhuis…", "nos deux
 * ans de coloc", "il tuo ex coinquilino") or a teammate ("teamgenoot van VV Zwaluwen"). Not one
 * sought: after "a" or "new", or within three words of "looking for", as a team that recruits or a
 * flat-share service writes ("een nieuwe teamgenoot", "¿Buscas compañero de piso?").
 */
const HOUSEMATE_OR_TEAMMATE = /(?<!(?:een|nieuwe|a|un|una|um|uma|des|unos|unas|uns|umas|dei|degli|delle|nouveau|nouveaux|nouvel|nouvelle|nouvelles|nuevo|nuevos|nueva|nuevas|novo|novos|nova|novas|nuovo|nuovi|nuova|nuove|neue[nrs]?|einen|eine)\s)(?<!(?:busc|cherch|such|zoek|cerc|procur|recrut|reclut|recluta)\p{L}*\s(?:\p{L}+\s){0,2})(?<![\p{L}\p{N}])(?:mitbewohner(?:in)?|wg(?:-\p{L}+)?(?![.\p{L}\p{N}])|huisgeno(?:ot|te)n?|teamgeno(?:ot|te)n?|ploeggeno(?:ot|te)n?|clubgeno(?:ot|te)n?|coloc(?:ataire)?s?|coéquipi(?:er|ère)s?|compañer[oa]s? de (?:piso|cuarto|habitación|depa|equipo)|coinquilin[oaie]|colegas? de (?:casa|quarto|república|equipa)|companheir[oa]s? de (?:casa|quarto|equipa|time)|compagn[oaie] di squadra)(?![\p{L}\p{N}])/iu;

/**
 * The two of them in the same named group, as members or volunteers: "somos os dois voluntários da
 * Refood em Lisboa", "facciamo entrambe parte di Donne Impresa Coldiretti", "ambos formamos parte
 * del consejo asesor de TECHO". The group is named (capitalised, within three words of "of"); being
 * both in a sector is a same-field claim (`overlap`), and a LinkedIn group is anyone's.
 */
const BOTH_IN_A_NAMED_GROUP = /(?<![\p{L}\p{N}])(?:[Oo]s dois|[Aa]s duas|[Aa]mbos|[Aa]mbas|[Ll]os dos|[Ll]as dos|[Tt]ous les deux|[Tt]outes les deux|[Tt]ous deux|[Tt]outes deux|[Ee]ntrambi|[Ee]ntrambe|[Tt]utti e due|[Tt]utte e due|[Aa]llebei|[Bb]eiden|[Bb]eide)(?:\s\p{L}+){0,2}?\s(?:voluntári[oa]s|voluntari[oa]s|vrijwilligers?|bénévoles|volontari|volontarie|[Ee]hrenamtlich\p{L}*|membros|miembros|membres|membri|leden|lid|[Mm]itglied\p{L}*|parte|partie|sócios|sócias|socios|socias|soci|socie)\s(?:(?:d[aoe]s?|del|della|dello|delle|dei|di|du|des|van|bij|im|der|von|de la|al|alla|allo|alle|ai|nel|nella|nello|en(?: el| la)?|in(?: de| het| der)?|na|no|à(?: la)?|au|aux)\s|(?:de l|d|all|nell|à l)['’])(?:\p{Ll}+\s){0,3}(?!LinkedIn)\p{Lu}/u;

/**
 * Their neighbour, by floor or house number: "votre voisine du 3e ici", "buurvrouw van nummer 14
 * hier", "hier je buurvrouw van nr. 23". Where the two of them live is their tie; it counts on its own.
 */
const NEIGHBOUR_AT = /(?<![\p{L}\p{N}])(?:voisine?s?|buurman|buurvrouw|buren|vecin[oa]s?|vizinh[oa]s?|vicin[oa]|vicini|nachbar|nachbarin|nachbarn)\s(?:du|de|van|op|del|do|da|di|dal|dello|della|aus(?: dem)?|von)\s(?:(?:de|het|la|le|el|der|dem)\s)?(?:(?:nr\.?|nummer|numéro|número|numero|n[º°o]\.?)\s?)?\d/iu;

/**
 * Glad to find them here again, as friends say when a friend turns up on LinkedIn: "trop contente
 * de te retrouver ici", "che bello ritrovarti qui", "qué ilusión verte por aquí", "que bom ver-te
 * por aqui", "zo tof om je hier te zien". In the informal "you", and formal Spanish "verlo por acá";
 * not "we'd love to see you here at our webinar" ("nos encantaría verte por aquí en…"), an invitation.
 */
const GLAD_TO_SEE_YOU_HERE = /(?<!(?:encantaría|gustaría|esperamos|adoraríamos|gostaríamos|esperamos|speriamo|piacerebbe|serions|espérons|hoffen|hopen)\s(?:\p{L}+\s){0,2})(?<![\p{L}\p{N}])(?:(?:(?:de )?te retrouver|te revoir|(?:de )?vous retrouver|ritrovarti|rivederti|vederti|trovarti|verte|verlo|verla|encontrarte|encontrarlo|ver-te|te ver|te encontrar|te achar|rever-te)\s(?:(?:por|par)\s)?(?:aqu[ií]|ac[aá]|ici|qui|(?:sur|su|en|no) linkedin)|(?:dich|je|jou) hier (?:weer |op linkedin |wieder)?(?:zu |te )?(?:sehen|finden|treffen|zien|vinden|tegen te komen)|dich hier wiederzusehen)(?![\p{L}\p{N}])/iu;

/**
 * Their leaving a place the sender knew them at, their news as only someone near them hears it:
 * "Então saíste da EDP…", "agora que você saiu do time financeiro…", "depuis que t'as quitté la
 * Société Générale", "da quando hai lasciato Luxottica", "Vi que dejaste Globant", "seit du bei
 * Zalando weg bist", "dass du nimma bei der Raiffeisen bist", "nu je weg bent bij…". Not their
 * job in general ("Vous avez quitté votre emploi ?"), not "no longer" before anything else ("tu
 * n'es plus seul", "damit du nicht mehr bei jeder Rechnung…"): a name or a workplace follows
 * within a few words, or in German stands before the verb ("¿Te has ido de vacaciones sin…?" is
 * no news).
 */
const THEY_LEFT = /(?<![\p{L}\p{N}])(?:(?:[Dd]u|Sie) (?:nicht mehr|nimma|nimmer|nümm) (?:bei|beim|im|in|an|am) (?=[^.!?,]{0,40}?\p{Lu})[^.!?,]{0,40}?(?:bist|sind)|(?:[Dd]u|Sie) (?=[^.!?,]{0,40}?\s\p{Lu})(?:\p{L}+ ){1,5}weg (?:bist|sind)|(?:(?:(?:[Vv]ocê|[Vv]c|[Tt]u) (?:saiu|saíste|deixou|deixaste)|[Ss]aíste|(?:[Tt]e fuiste|[Dd]ejaste|[Tt]e marchaste|[Tt]e has ido|[Hh]as dejado)|(?:[Tt]u as|[Tt]['’]as|[Vv]ous avez) quitté|[Hh]ai lasciato|[Tt]e ne sei andat[oa])(?=(?:\s+[^\s.!?]+){0,4}?\s+(?:\p{Lu}|(?:time|equipo|equipa|équipe|team|squadra|oficina|escritório|bureau|büro|ufficio|kantoor|empresa|entreprise|firma|azienda|bedrijf|afdeling|reparto|departamento|service|servizio|obra|chantier|cantiere|loja|tienda|magasin|negozio|winkel)(?![\p{L}]))))|(?:[Jj]e|[Jj]ij|[Uu]) (?:bent|is) (?:weg|vertrokken) bij|(?:[Jj]e|[Jj]ij|[Uu]) (?:bent|zit|werkt) (?:nu )?niet meer bij)(?![\p{L}\p{N}])(?!\s(?:votre|ton|ta|tu|su|seu|sua|il tuo|la tua|dein\p{L}*|Ihr\p{L}*|je|jouw|uw)\s(?:poste|emploi|job|travail|trabajo|empleo|emprego|trabalho|lavoro|posto|Stelle|Job|baan|entreprise|empresa|azienda)(?![\p{L}]))/u;

/**
 * Welcoming them to the sender's team, as a new colleague does: "Bienvenue dans l'équipe compta",
 * "bem-vindo ao time de Produto", "Welkom bij het team in Zwolle", "benvenuto in Enel". Not "welcome
 * to my network" ("Benvenuto nella mia rete"), a stock line.
 */
const WELCOME_TO_THE_TEAM = /(?<![\p{L}\p{N}])(?:[Bb]em-vind[oa]s?|[Bb]ienvenid[oa]s?|[Bb]ienvenue|[Bb]envenut[oa]|[Ww]elkom|[Ww]illkommen)\s(?:a[oa]s?|al|à|au|dans|nel|nella|nello|in|im|bij|an|na|no|en)\s(?:(?:l['’]|le|la|el|o|a|het|de|der|dem)\s?)?(?:(?:time|equipo|equipa|équipe|team|squadra|afdeling|abteilung|reparto|servizio|departamento|département|dipartimento|club|clube)(?![\p{L}])|(?<=(?:in|en|na|no|bij)\s)\p{Lu}\p{L}+)/u;

/**
 * Their parent, sibling, grandparent, aunt or uncle, as "your mother" ("ik ben de buurvrouw van je
 * moeder", "Tu padre y el mío hicieron negocios", "salutami tua sorella", "die Rezepte von deiner
 * Mutter"): only someone who knows them or their family says it. Not their children, whom a
 * pitch to parents may name ("Votre fils cherche un stage ?"), nor in a question, as a care
 * service asks ("Zoekt u zorg voor uw moeder?").
 */
const YOUR_RELATIVE = /(?<![\p{L}\p{N}])(?:tu|su|tua|sua|teu|seu|ta|ton|votre|je|jouw|uw|dein(?:e|er|em|en)?|ihr(?:e|er|em|en)?)\s(?:madre|padre|mamá|papá|hermano|hermana|abuel[oa]|mamma|papà|fratello|sorella|nonn[oa]|mãe|pai|irmão|irmã|avó|avô|mère|père|maman|papa|frère|sœur|moeder|vader|broer|zus|oma|opa|mutter|vater|bruder|schwester|mama|tante|oom|tía|tío|zia|zio|tia|tio|oncle)(?![\p{L}\p{N}])(?![^.!?]{0,200}\?)/iu;

/**
 * A call or a meeting, in the six languages and English: "as agreed" with one is the follow-up
 * of that exchange (`asAgreed`).
 */
const CALL = /(?<![\p{L}\p{N}])(?:telefon\p{L}*|téléphon\p{L}*|telefone|teléfono|telefono|phone|call|chamada|llamada|ligação|appel|anruf|gesprek|gespräch|reunião|reunión|riunione|réunion|meeting|termin|videocall|visio|zoom)(?![\p{L}\p{N}])/iu;

/** A pattern for words (an alternation) that open the text. */
function opening(alternatives: string): RegExp {
  return new RegExp(`^(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu');
}

/** A pattern for words beginning with any of the stems, without their accents: "específic" finds "especifica" and "específico" once both are stripped. */
function stems(alternatives: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${withoutAccents(alternatives)})`, 'iu');
}

/** A pattern for words (an alternation) that end the text; trim the text first. */
function ending(alternatives: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})$`, 'iu');
}

/**
 * A firm's seat and the up to four words after it, in the six languages: "con sede a Napoli", "mit
 * Sitz in Graz", "basée à Lyon", "gevestigd in Utrecht", or the sender's own firm and where it is
 * ("nuestra firma de inversiones inmobiliarias en Miami", "ons bureau in Rotterdam"). The sender's
 * firm is where it is; its city names nothing the two of them share. Global.
 */
const SEAT = followedByWords(String.raw`con sede (?:a|en|in)|com sede (?:em|no|na)|sediad[ao]s? (?:em|no|na)|mit sitz in|gevestigd (?:in|te)|basée?s? (?:à|en)|(?:ubicad[oa]s?|situad[oa]s?) en|localizad[oa]s? em|(?:implantée?s?|située?s?|installée?s?) (?:à|en)|situat[oa] (?:a|in)|(?:nuestr[oa]|nostr[oa]|noss[oa]|notre|onze|ons|unser\p{L}*) (?:empresa|firma|agencia|agência|agenzia|azienda|società|consultora|consultoria|start-?up|société|entreprise|agence|cabinet|bureau|kantoor|bedrijf|kanzlei|agentur|unternehmen|oficina|escritório|ufficio|studio|estudio|despacho)(?: \p{Ll}+){0,3} (?:en|a|in|em|à|no|na)`);

/**
 * "At <firm> we help…": the sender's firm, named before "we" and a present verb of what it does
 * ("En Crecemás ayudamos a empresas…", "na VendeMais ajudamos empresas…", "Chez Lexia nous
 * aidons…"). Global.
 */
const AT_OUR_FIRM = /(?<![\p{L}\p{N}])(?:[Ee]n|[Nn]a|[Nn]o|[Cc]hez|[Bb]ei|[Bb]ij|[Dd]a|[Pp]resso)\s\p{Lu}[\p{L}\d&-]*(?:\s\p{Lu}[\p{L}\d&-]*){0,3},?\s(?:(?:nous|wir|wij|we)\s)?(?:ayudamos|ofrecemos|acompañamos|trabajamos|creamos|desarrollamos|ajudamos|oferecemos|trabalhamos|criamos|desenvolvemos|aidons|accompagnons|proposons|travaillons|créons|développons|helfen|unterstützen|bieten|begleiten|entwickeln|helpen|ondersteunen|bieden|ontwikkelen|aiutiamo|offriamo|supportiamo|accompagniamo|sviluppiamo|lavoriamo)(?![\p{L}\p{N}])/gu;

/** A quoted title, a link, a year or a date (its month 1 to 12: "Industria 4.0" is none): language-neutral anchors. */
const NEUTRAL_ANCHOR = /["“«][^"”»\n]{3,80}["”»]|\bhttps?:\/\/\S+|\bwww\.\S+|\b(?:19|20)\d\d\b|\b\d{1,2}[./](?:0?[1-9]|1[0-2])\b/u;
/** A slot: `[Nombre]`, `<evento>`, `{{evento}}`, `{topic}`; the same forms as the English check reads (contextStructure.ts). */
const SLOT = /\[([^\]\n]{1,80})\]|<(\p{L}[^<>\n]{0,60})>|\{\{?([^{}\n]{1,60})\}\}?/gu;
const SENTENCES = new Intl.Segmenter(undefined, { granularity: 'sentence' });
/**
 * "Remember me?", "is it you?", asked in a sentence of its own: "¿te acuerdas de mí?", "lembra de
 * mim?", "tu te souviens de moi ?", "ti ricordi di me?", "erkennst du mich noch?", "weet je nog
 * wie ik ben?", "ma sei tu?", "é tu mesmo?".
 */
const REMEMBER_ME = /(?<![\p{L}\p{N}])(?:te acuerdas de mí|te acordás de mí|se acuerda de mí|lembra(?:s)?(?:-te)? de mim|(?:tu te|vous vous) souvenez? de moi|ti ricordi di me|si ricorda di me|erkennst du mich(?: noch)?|erinnerst du dich (?:noch )?an mich|weet je nog wie ik ben|ken je me nog|sei (?:proprio )?tu|(?:é|és) (?:tu|você|vc) mesmo|eres tú|c['’]est (?:bien )?toi)[?!\s]*\?[?!\s]*$/iu;
/** An emoji, then a capital: where the segmenter ran a sentence on ("…famiglia 😍 Anche io…"). */
const EMOJI_BEFORE_CAPITAL = /(?<=\p{Extended_Pictographic}\uFE0F?)\s+(?=\p{Lu})/u;

/** A text that ends with an ordinal's full stop, or with a title's or a saint's abbreviation, in the six languages. */
const ABBREVIATION_ENDS = /(?<![\p{L}\p{N}])(?:\d{1,2}|M|Mme|Mlle|Me|Dr|Dra|Prof|Pr|Hr|Fr|Sr|Sra|Srta|Dña|Lic|Licda|Mtro|Mtra|Dott|Ing|Eng|Arq|Arch|Geom|Avv|Sig|Egr|Dhr|Mevr|St|Ste|Sto|Sta|Mr|Mrs|Ms|prof|dr|dott|ing|arch|geom|avv|sig|sr|sra|dra|lic)\.\s*$/u;

/**
 * The sentence that gives a note its context in the first of the languages (codes of
 * OTHER_LANGUAGES) that finds one, or undefined. The note is split into sentences once, however
 * many languages read it.
 */
export function contextInOtherLanguages(text: string, languages: readonly string[]): string | undefined {
  // As in English, a note's context is in its first lines; a pasted dump is read no further.
  const read = text.slice(0, MAX_CONTEXT_READ);
  // A note typed all in lower case, as on a phone, names things without capitals (hasName).
  const lowerCase = !/\p{Lu}/u.test(read.replace(GREETING, ''));
  const sentences: string[] = [];
  for (const { segment } of SENTENCES.segment(read)) {
    // The segmenter ends a sentence only before a capital; typed in lower case, a full stop
    // ends one too ("zag je dinsdag op de oefening. connecten?").
    for (const piece of lowerCase ? segment.split(/(?<=[.!?…])\s+(?=\p{Ll})/u) : [segment]) {
      // A German ordinal, a title or "St." ends with a full stop the segmenter takes for a
      // sentence's end: "am 14. September", "Sr. Castillo", "M. Girard", "in St. Gallen".
      if (sentences.length > 0 && ABBREVIATION_ENDS.test(sentences[sentences.length - 1])) sentences[sentences.length - 1] += piece;
      else sentences.push(piece);
    }
  }
  // "Remember me?" asks; the next sentence says from where: "¿Te acuerdas de mí? Juanma, de la
  // fábrica de Ebro…", "Erkennst du mich noch? Zivi im Altenheim St. Josef, 2009". The question
  // is read with it; the next sentence is still read on its own too.
  for (let i = 0; i < sentences.length - 1; i++) {
    if (REMEMBER_ME.test(sentences[i])) sentences[i] = `${sentences[i]} ${sentences[i + 1]}`;
  }
  // Read without their closing formulas, once for every language that reads them.
  // Thanks for something, put first, still thank them: "Per la chiacchierata di ieri, grazie mille!".
  const readable = sentences.map((sentence) => (THANKS_FOR_FIRST.test(sentence) ? sentence : sentence.replace(CLOSINGS, ' ')));
  for (const language of languages) {
    const data = OTHER_LANGUAGES[language];
    // Regards are read with their closing words ("a D. Fátima manda cumprimentos").
    // A sentence the segmenter ran on past an emoji is also read in its parts, so a claim after the
    // emoji ("😅 Vi que también eres ingeniero") does not undo what came before it.
    const reads = (sentence: string) => givesContext(sentence, data, lowerCase) || (EMOJI_BEFORE_CAPITAL.test(sentence) && sentence.split(EMOJI_BEFORE_CAPITAL).some((part) => givesContext(part, data, lowerCase)));
    const found = data ? readable.findIndex((sentence, i) => REGARDS.test(sentences[i]) || reads(sentence)) : -1;
    if (found !== -1) return sentences[found].trim();
  }
  return undefined;
}

/**
 * Whether one sentence speaks to them, or of the two of them, and names something specific.
 * `lowerCase`: the note is typed all in lower case.
 */
function givesContext(segment: string, data: LanguageData, lowerCase: boolean): boolean {
  // Congratulations on something of theirs is their news, as English "Congrats on…" is; on
  // their career or profile it is flattery ("complimenti per il suo percorso"). A new role is
  // news, though "role" alone is vague ("Glückwunsch zur neuen Position").
  const congratulations = data.congratulations.exec(segment);
  const congratulated = congratulations && segment.slice(congratulations.index + congratulations[0].length).split(/\s+/).slice(0, 4).join(' ');
  if (congratulated && (NEW.test(congratulated) || !data.vague.test(congratulated))) return true;
  if (reintroducedByGroup(segment, data, lowerCase)) return true;
  // "As we discussed on the phone": the follow-up of one exchange the two of them had.
  if (data.asAgreed.test(segment) && CALL.test(segment)) return true;
  const greeted = segment.replace(GREETING, '').trimStart();
  if (saysATie(segment, greeted)) return true;
  // The past tense is the dearest test: it is asked for only where the answer matters.
  let pastTense: boolean | undefined;
  const past = () => (pastTense ??= data.past.test(segment));
  const shares = () => data.shared.test(segment) || NEW_ONE_IN_THEIR_FIRM.test(segment) || NEW_ONE_AFTER_GREETING.test(segment);
  const ofUs = () => shares() || data.referral.test(segment) || ((data.dropsPronoun || data.we.test(segment)) && past());
  const addressed = data.addressing.test(segment);
  // A slot's words are no pronoun: "soy [tu nombre] de…".
  const speaks = data.speaking.test(segment.replace(SLOT, ' ').replace(data.likeYou, ' ')) || addressed || data.praise.test(greeted) || ofUs();
  // A same-field claim ("ambos trabajamos en…", "eu também") is no context, unless the sentence
  // also says what the two of them share ("ancien de chez Decathlon moi aussi") or who sent the
  // sender ("Ana sugeriu que eu falasse com você, já que você também trabalha com…").
  const sameField = data.overlap.test(segment) && !shares() && !(data.referral.test(segment) && !UNNAMED_REFERRER.test(segment));
  if (!speaks || sameField || data.wishes.test(segment)) return false;
  // The sender's firm and the region served name nothing the two of them share, unless the
  // sentence speaks of the two of them ("trabajamos juntas en nuestra oficina en Polanco"). A role
  // is blanked with a dash, so the word after it does not open the sentence ("soy profesor en la
  // Ibero" keeps "Ibero" inside it).
  const ownPlacesOut = () => {
    const unslotted = segment.replace(SLOT, '');
    if (ofUs()) return unslotted;
    const seatOut = unslotted.replace(SEAT, ' ').replace(AT_OUR_FIRM, ' ');
    return data.region ? seatOut.replace(data.region, ' ') : seatOut;
  };
  // A day or a month proposed for a call ("am nächsten Dienstag", "¿una llamada el martes?") is not shared.
  const proposed = () => data.upcoming.test(segment) || (segment.includes('?') && !past());
  const time = (data.days.test(segment) && !proposed()) || data.recent.test(segment) || (data.today.test(segment) && past());
  return time || NEUTRAL_ANCHOR.test(segment) || anchorSlotIn(segment, data) || theirWorkIn(segment, data)
    || hasName(ownPlacesOut().replace(data.fieldFrame, ' ').replace(data.role, ' – ').replace(data.theirEmployer, ' ').replace(FILLER_LETTERS, ''), data, addressed || ofUs(), lowerCase)
    || referrerNamed(segment, data, lowerCase);
}

/**
 * Whether a sentence says, in words of any of the six languages, a tie only people who know each
 * other have, which counts on its own: a relative named ("la cousine de Nathan Girard"), a
 * farewell naming the day they next meet (SEE_YOU_ON, with at most a short place after it and no
 * question), surprise or gladness to find them on LinkedIn, "you're here too", a neighbour by
 * number, taking over from a named predecessor, a relative of theirs by name ("sag Opa Heinz…"),
 * saying they left a place named, welcoming them to the sender's team, naming their mother or
 * brother. `greeted` is the sentence without its greeting.
 */
function saysATie(segment: string, greeted: string): boolean {
  const seeYou = SEE_YOU_ON.exec(greeted);
  const farewell = seeYou !== null && !greeted.slice(seeYou.index).includes('?') && FAREWELL_PLACE.test(greeted.slice(seeYou.index + seeYou[0].length));
  return farewell || [RELATIVE_OF, KIN_NAMED, DID_NOT_KNOW_YOU_WERE_HERE, GLAD_TO_SEE_YOU_HERE, YOU_ARE_HERE_TOO, NEIGHBOUR_AT, HOUSEMATE_OR_TEAMMATE, BOTH_IN_A_NAMED_GROUP, TAKING_OVER, THEY_LEFT, WELCOME_TO_THE_TEAM, YOUR_RELATIVE].some((tie) => tie.test(segment));
}

/**
 * Whether a sender reminds them who she is by a group the two of them share: "It's Léa from the
 * brigade" (`reintroduction`), or "(I'm Fede,) from the choir" opening the sentence after the
 * greeting (`fromTheGroup`), where the group is a common noun in lower case, not a firm ("Aqui é
 * o Bruno da Contafácil" is a pitch). After "I am", the name is capitalised, or in a note typed
 * all in lower case (`lowerCase`) a word that is neither closed-class nor an adjective.
 */
function reintroducedByGroup(segment: string, data: LanguageData, lowerCase: boolean): boolean {
  const reintroduced = data.reintroduction?.exec(segment);
  // The greeting's name ends at its comma or "!": "Hola Nico, del coro…".
  const greeting = GREETING.exec(segment);
  const opening = (greeting && /[,!:]$/u.test(greeting[0]) ? segment.slice(greeting[0].length) : segment).trimStart();
  const from = data.fromTheGroup?.exec(opening);
  const introduced = from && (from[1] === undefined || introducedName(from[1], data, lowerCase));
  const rests = [reintroduced && segment.slice(reintroduced.index + reintroduced[0].length), introduced && opening.slice(from[0].length)];
  // A common noun: in lower case, but in German, where every noun is capitalised, in either.
  const commonNoun = data.capitalisesNouns ? /^\p{L}{3,}/u : /^\p{Ll}{3,}/u;
  return rests.some((rest) => {
    const group = typeof rest === 'string' ? withoutPunctuation(rest.trimStart().split(/\s+/)[0] ?? '') : '';
    // A school class is a group too: "bist du der aus der 10b?".
    return (commonNoun.test(group) && !data.closedClass.test(group) && !FIRM.test(group) && !NOT_A_GROUP.test(group)) || SCHOOL_CLASS.test(group);
  });
}

/** A school class: "10b", "5B", "3ª". */
const SCHOOL_CLASS = /^\d{1,2}(?:\p{L}|ª)$/u;

/** Whether a word after "I am" is a name: capitalised, or in a lower-case note not closed-class and no adjective. */
function introducedName(word: string, data: LanguageData, lowerCase: boolean): boolean {
  const named = /^\p{Lu}\p{Ll}+$/u.test(word) || (lowerCase && /^\p{Ll}{2,}$/u.test(word));
  return named && !data.closedClass.test(word) && !NOT_A_NAME.test(word);
}

/**
 * After "I am", what is no name: adjectives and participles ("sono contenta del…", "soy nueva
 * del…"), what a member is ("ik ben lid van de…", "sono parte del team") and an owner's or a
 * head's role ("sou o dono da padaria").
 */
const NOT_A_NAME = /^(?:\p{L}*(?:at[oaie]|ut[oaie]|os[oaie]|ent[ei]|ant[ei]|bile|ice|nt[oa])|part|parte|membro|miembro|lid|soci[oa]|sóci[oa]|fan|client[ea]?|alumn[oa]|alun[oa]|alunn[oa]|nuev[oa]|nov[oa]|nuov[oa]|nieuw|nouveau|nouvelle|don[oa]|dueñ[oa]|titolare|eigenaar|propriétaire|chef|chefe|jef[ae]|capo|ceo|founder|head|manager|gerente|responsable|direct(?:eur|or|ora)|diret(?:or|ora)|dirett(?:ore|rice)|fundador[a]?|fondat(?:eur|rice|ore)|oprichter)$/iu;

/** After "from the", what is no group: "de la part de" someone, "van de week". */
const NOT_A_GROUP = /^(?:part|parte|week|weekend|maand|dag|jaar|año|mes|día|semana|ano|mês|dia|anno|mese|giorno|settimana|mois|jour|semaine|année)$/iu;

/**
 * Whether a sentence says who sent the sender: a referral opening with a capitalised name
 * ("Marta me recomendó que te escribiera", "Andreas hat mir deinen Kontakt gegeben", which hasName
 * reads past as a sentence's first word), or, typed all in lower case, any referral but one from
 * someone unnamed ("c'est nadia qui m'a filé ton nom" counts, "un collègue m'a donné ton nom" does
 * not). In German, where nouns are capitalised too, an opening noun for a person is no name
 * ("Kollegen haben mir…").
 */
function referrerNamed(sentence: string, data: LanguageData, lowerCase: boolean): boolean {
  if (!data.referral.test(sentence) || UNNAMED_REFERRER.test(sentence)) return false;
  if (lowerCase) return true;
  const body = sentence.replace(GREETING, '').trim();
  const first = withoutPunctuation(body.split(/\s+/)[0] ?? '');
  const personNoun = data.capitalisesNouns && /^(?:kolleg|freund|bekannt|kund|partner|chef|mitarbeiter)/iu.test(first);
  return /^\p{Lu}\p{Ll}+$/u.test(first) && !data.closedClass.test(first.toLowerCase()) && !data.speaking.test(first) && !personNoun;
}

/**
 * Someone unnamed, or the platform, who sent the sender: "un ami", "alguien", "una collega",
 * "amigos en común", "LinkedIn me sugirió…", French "on m'a parlé de vous", a German passive
 * without its agent ("mir wurde Ihr Profil vorgeschlagen"). Unnamed mutual contacts are no
 * context in the corpus definition.
 */
const UNNAMED_REFERRER = /(?<![\p{L}\p{N}])(?:(?:un|une|uno|una|um|uma|een|ein|eine|einer|einem|unos|unas|uns|umas|des|alcuni|alcune|degli|delle)\s(?:\p{L}+\s)?(?:ami|amie|amis|collègue|collègues|contact|contacts|connaissance|amigo|amiga|amigos|amigas|colega|colegas|compañer[oa]s?|contacto|contactos|contato|contatos|conhecid[oa]s?|amico|amica|amici|collega|colleghi|conoscente|vriend|vriendin|kennis|freund|freundin|kollege|kollegin|bekannte[rn]?|client[ea]?s?)|quelqu['’]un|alguien|alguém|qualcuno|iemand|jemand|linkedin|algorit\p{L}*|on m['’]a|wurden? (?:\p{L}+ ){0,3}(?:vorgeschlagen|empfohlen)(?! von)|en común|em comum|en commun|in comune|gemeinsame[nr]?)(?![\p{L}\p{N}])/iu;

/**
 * Whether the sentence has a slot for a shared anchor, in its language or in English (slots are
 * often English in any language: `{event}`), unless a vague noun and "in" make it their field.
 */
function anchorSlotIn(sentence: string, data: LanguageData): boolean {
  return allMatches(SLOT, sentence).some((match) => {
    const field = data.fieldBeforeSlot.test(sentence.slice(Math.max(0, match.index - 40), match.index).trimEnd());
    // Slots are often English in any language: `{event}`.
    return slotNamesAnAnchor(match[1] ?? match[2] ?? match[3], [data.anchorSlot, ANCHOR_SLOT]) && !field;
  });
}

/**
 * Whether the words of a slot or a template variable name a shared anchor by one of `anchors`
 * (a language's `anchorSlot`, English ANCHOR_SLOT), and not their name: `[evento]`,
 * `{{Veranstaltung}}`, `[nome do evento]` (the name of an event); not `[Nombre del contacto]`.
 */
export function slotNamesAnAnchor(slot: string, anchors: readonly RegExp[]): boolean {
  // Compared without accents, as slots are often typed: "[evenement]", "[reunion]".
  const words = withoutAccents(slot.replace(/_/g, ' '));
  // "The name of" an event names the event; of a contact or a company, their name.
  const named = words.replace(NAME_OF, '');
  if (named !== words && NAME_OF_THEM.test(named)) return false;
  return anchors.some((anchor) => anchor.test(named)) && !NAME_SLOT.test(named);
}

/** "The name of", opening a slot: `[nome do evento]`, `[nombre del evento]`, `[Name der Konferenz]`, `{naam evenement}`. */
const NAME_OF = /^\s*(?:name|nome|nombre|nom|naam)\s+(?:(?:of|do|da|de|del|della|dello|des|du|der|van|von)(?![\p{L}])(?:\s+(?:the|la|el|le|het)(?![\p{L}]))?\s*)?/iu;
/** Whose name is theirs: a contact, a person, a company (`[Nombre del contacto]`, `[Name der Firma]`). */
const NAME_OF_THEM = /^(?:contact|kontakt|person|pessoa|destinatari|client|empresa|company|entreprise|bedrijf|azienda|firma|unternehmen)/iu;

/**
 * A slot for their name, however worded: "[Nombre del contacto]", "{{contact.voornaam}}".
 * (Its other words, such as "contact", would otherwise read as a mutual contact.)
 */
const NAME_SLOT = /(?<![\p{L}\p{N}])(?:name|first ?name|vorname|nachname|nom|prenom|nombre|apellido|nome|sobrenome|cognome|naam|voornaam|achternaam|firstname)(?![\p{L}\p{N}])/iu;

/** "New", in the six languages: congratulations on a new role are on their news. */
const NEW = /(?<![\p{L}\p{N}])(?:neue[mnrs]?|neu|nouve(?:au|lle|l)|nuev[oa]|nov[oa]|nieuwe?|nuov[oa])(?![\p{L}\p{N}])/iu;

/** The text without its accents: "événement" becomes "evenement". */
function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** An indefinite article ending the text: "un", "une", "um", "ein", "een"… */
const INDEFINITE = /(?<![\p{L}\p{N}])(?:un|une|uno|una|um|uma|ein|eine|einen|einem|een)\s*$/iu;

/**
 * A piece of their work the sentence names: theirs by its possessive ("Ihren Artikel", "tu
 * charla") or by its topic ("l'article sur…"), not the sender's ("mein Vortrag", "um vídeo" to send).
 */
function theirWorkIn(sentence: string, data: LanguageData): boolean {
  return allMatches(data.theirWork, sentence).some((match) => {
    // A possessive, with at most one word between: "tu última publicación", "mein letzter Artikel".
    const before = sentence.slice(0, match.index).split(/\s+/).slice(-3).join(' ');
    // Or a topic within three words after, as English reads "the post on…": "Toller Artikel im Handelsblatt über…".
    const after = sentence.slice(match.index + match[0].length).split(/\s+/).slice(0, 4).join(' ');
    // One to be sent or offered is no piece of theirs: "um vídeo sobre a ferramenta", "ein Artikel
    // über…", "heb je een vacature" (where "je" is the subject, not "your").
    const indefinite = INDEFINITE.test(before);
    // Their posts in general, without a topic, are praise of their output, not one piece of it.
    // A loanword shows its plural by the possessive only: "i tuoi post", "tus posts".
    const yours = data.your.test(before) && !data.plural.test(match[0]) && !PLURAL_YOUR.test(before);
    return !data.mine.test(before) && !indefinite && (yours || data.about.test(after));
  });
}

/** A plural possessive ending the words before a piece of work: "i tuoi", "tus", "vos", "seus". */
const PLURAL_YOUR = /(?<![\p{L}\p{N}])(?:tuoi|suoi|vostri|tue|sue|vostre|tus|sus|vuestr[oa]s|teus|tuas|seus|suas|tes|vos)\s*$/iu;

/** A word without the punctuation around it: `(KubeCon),` gives `KubeCon`. */
function withoutPunctuation(word: string): string {
  const letters = [...word];
  const isLetter = (char: string) => /[\p{L}\d]/u.test(char);
  const first = letters.findIndex(isLetter);
  if (first === -1) return '';
  let last = letters.length - 1;
  while (!isLetter(letters[last])) last--;
  return letters.slice(first, last + 1).join('');
}

/** The "you" German capitalises, always or often, so it is no name: "Sie Interesse", "Dein Profil". */
const GERMAN_POLITE_YOU = /^(?:Sie|Ihnen|Ihr|Ihre[mnrs]?|Du|Dich|Dir|Dein\p{L}*|Euch|Euer|Eure\p{L}*)$/u;
/**
 * English business terms German writes capitalised, as its own nouns are ("Social Media Content",
 * "unsere Case Studies", "Employer Branding", "Key Account"): two of them in a row name a field or
 * a kind of work, not a firm or a place.
 */
const ENGLISH_TERMS_IN_GERMAN = /^(?:Social|Media|Content|Case|Studies|Study|Employer|Branding|Key|Account|Supply|Chain|Customer|Success|Sales|Business|Development|Performance|Marketing|Lead|Leads|Data|Science|Cloud|Product|Owner|Talent|Acquisition|Management|Growth|Design|Thinking|Community|Services|Solutions|Digital|Online|Human|Resources|Full|Service|Machine|Learning|Artificial|Intelligence|User|Experience)$/u;
/** Days, months and time nouns: capitalised in German, and beside another noun no name ("am Dienstag Zeit"). */
const GERMAN_TIME_NOUNS = /^(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Tag|Woche|Monat|Jahr|Morgen|Abend|Zeit|Minuten|Stunde)$/u;
/**
 * After a preposition, what is not a place or an employer: "bei Interesse", "für Fragen", and the
 * set phrases with "in" ("in Kontakt bleiben", "in Zukunft", "in Ruhe"). Without an article, a
 * capitalised word after "in" is otherwise mostly a place: "in Nürnberg", "in Niederösterreich".
 */
const GERMAN_NOT_PLACES = /^(?:Interesse|Fragen|Rückfragen|Bedarf|Gelegenheit|Zeit|Lust|Anfrage|Verfügung|Voraus|Vorfeld|Namen|Auftrag|Kontakt|Verbindung|Zukunft|Ruhe|Erinnerung|Bezug|Führung|Person|Teilzeit|Vollzeit|Präsenz|Rahmen|Rande|Austausch|Xing|Suche|Stadt|Gegend|Nähe|Umgebung)$/u;

/** The German indefinite article. */
const GERMAN_INDEFINITE = /^(?:ein|eine|einen|einem|einer|eines)$/iu;

/**
 * Closing formulas, the same in every note: "Vielen Dank und viele Grüße!", "Belle journée",
 * "Un saludo", "Cordiali saluti". Thanks that end a sentence or thank in advance ("…, gracias",
 * "Merci d'avance !", "grazie mille") thank for nothing in particular, and a wish for their day is
 * no praise; a sentence is read without them. Thanks for something stay: "gracias por la charla".
 */
const CLOSINGS = /(?<![\p{L}\p{N}])(?:(?:vielen|herzlichen|besten|tausend) dank(?=\s*(?:und|im voraus|[!.,]|$))|(?:(?:(?:muchas|mil) )?gracias(?: mil)?|grazie(?: mille)?|merci(?: beaucoup)?|(?:muito )?obrigad[oa]|valeu|danke(?: schön| sehr)?|(?:alvast )?bedankt|dank (?:je|u)(?: wel)?)(?:\s(?:de antemano|por adelantado|in anticipo|d['’]avance|par avance|desde já|antecipadamente|alvast|im voraus|vorab))?(?=[\s!.…\p{Extended_Pictographic}\uFE0F]*$)|(?:viele|liebe|beste|herzliche|freundliche|schöne|sonnige) grüße|mit (?:freundlichen|besten|herzlichen|lieben) grüßen|(?:belle|bonne|excellente) (?:journée|soirée|semaine|fin de journée)|bien à (?:vous|toi)|(?:bien )?cordialement|(?:un )?(?:cordial |afectuoso |fuerte )?saludos?(?: cordiales)?|atentamente|(?:cordiali |distinti )?saluti|buona giornata|(?:um )?(?:forte )?abraço|atenciosamente|cumprimentos|(?:met )?(?:vriendelijke|hartelijke) groet(?:en)?|groetjes|(?:ihr|dein|euer)e?s? (?:\p{L}+-)?team(?: (?:von|vom|der|bei) \S+(?: \p{Lu}\S*)?)?(?=[\s.!]*$))(?![\p{L}\p{N}])/giu;

/** A sentence that opens with what thanks are for ("Per la chiacchierata di ieri, grazie!"); not "por favor". */
const THANKS_FOR_FIRST = /^\s*(?:per|für|voor|pour|por|pela|pelo)\s(?!favou?re?(?![\p{L}]))/iu;

/** A greeting and the name it is followed by: "Buongiorno Marco,", "Guten Tag Frau Schmidt,", "Olá Maria,". */
const GREETING = /^\s*(?:hallo|hi|hey|hello|moin|servus|grüezi|guten (?:tag|morgen|abend)|liebe[rs]?|sehr geehrte[rs]?|bonjour|bonsoir|salut|coucou|cher|chère|madame|monsieur|hola|buen[oa]s(?: días| tardes| noches)?|buen día|qué tal|querid[oa]|estimad[oa]s?|olá|oi|bom dia|boa (?:tarde|noite)|prezad[oa]s?|caro|cara|carissim[oa]|ciao|salve|buongiorno|buon giorno|buon pomeriggio|buonasera|buona sera|gentile|gentilissim[oa]|egregi[oa]|beste|geachte|hoi|dag|goedendag|goeiedag|goedemorgen|goeiemorgen|goedemiddag|goeiemiddag|goedenavond|goeienavond)(?![\p{L}\p{N}])[^,!:\n]{0,40}[,!:]?/iu;

/**
 * Acronyms of common nouns, which name a kind of thing and never a shared anchor: small firms
 * ("PME", "KMU", "pymes"), charities, departments and jobs ("RH", "DRH", "CEO"), fields and tools
 * ("IA", "KI", "CRM", "SaaS", "QR", "CV"), trades, contracts and degrees ("BTP", "ZZP", "CDI",
 * "MBA", "BWL"), measures, taxes and currencies ("KPI", "IVA", "MXN").
 */
const COMMON_ACRONYMS = /^(?:PMEs?|PMI|TPE|ETI|KMUs?|MKB|PYMES?|Pymes?|ONGs?|NGOs?|ONLUS|RH|HR|DRH|DAF|DSI|PDG|CEOs?|CFO|CTO|COO|CMO|CIO|IA|AI|KI|TI|IT|ICT|CRM|ERP|SaaS|B2B|B2C|ROI|KPIs?|SEO|SEA|SEM|UX|UI|RSE|ESG|CSR|TVA|IVA|BTW|MwSt|MXN|EUR|USD|BRL|CHF|GBP|ARS|CLP|COP|QR|CV|PDF|SMS|GPS|API|BPO|BTP|BTS|ESN|CDI|CDD|QHSE|RRHH|PyMEs?|PA|GDO|ZZP|HBO|MBO|HRM|BWL|VWL|TCC|MBA|KMO|KMOs)$/u;

/** Whether a word is a common noun's acronym, also in the plural ("KMO's") or two joined by a slash ("TPE/PME"). */
function isCommonAcronym(word: string): boolean {
  return word.split('/').every((part) => COMMON_ACRONYMS.test(part.replace(/['’]s$/u, '')));
}

/**
 * An acronym before a field, a department or what a pitch offers: "SAP-Umfeld", "IT-Abteilung",
 * "KI-Lösungen", "ICT-afdeling". A project of theirs keeps its name ("wegen dem SAP-Rollout").
 */
const ACRONYM_BEFORE_HYPHEN = /^\p{Lu}{2,}-/u;
const FIELD_AFTER_ACRONYM = /^(?:umfeld|bereich|branche|sektor|markt|abteilung|team|startup|start-up|agentur|firma|unternehmen|plattform|software|tools?|lösungen|lösung|beratung|dienstleistungen|projekte|positionen|stellen|jobs|kenntnisse|erfahrung|experten|expertin|experte|spezialist\p{L}*|berater\p{L}*|partner|dienstleister|anbieter|systeme|sicherheit|support|afdeling|sector|oplossingen)$/iu;
/** Whether a word is an acronym and a field after it: the acronym in capitals, the field in any case ("Zalando-Team" is a name). */
function isAcronymField(word: string): boolean {
  const acronym = ACRONYM_BEFORE_HYPHEN.exec(word);
  return acronym !== null && FIELD_AFTER_ACRONYM.test(word.slice(acronym[0].length));
}

/** LinkedIn and the other platforms: where notes and posts are seen, never what two people share ("do seu Instagram"). */
const PLATFORMS = /^(?:linkedin|xing|instagram|facebook|tiktok|youtube|whatsapp|twitter)$/iu;

/**
 * Titles of address, written without their dots: "Sig.ra", "Gent.mo/a", "Dña.", "Lic.", "Dott.ssa",
 * "heer/mevrouw". A title is no name; the name after it is ("Sr. Gómez"). German "Herr" and "Frau"
 * are left to the German reading, where a title and a name are two capitalised words.
 */
const TITLE = /^(?:sig|sigra|signa|signor[ae]?|gentmo|gentma|gentile|spettle|egr|egregi[oa]|dott|dottssa|dottore|dottoressa|ing|avv|prof|profssa|arch|geom|sr|sra|srta|señor[a]?|dña|doña|lic|licda|mtro|mtra|dr|dra|arq|eng|exmo|exma|lcdo|lcda|ldo|lda|gentle|pregmo|pregma|ir|drs|mme|mlle|m|me|madame|monsieur|dhr|mevr|heer|mevrouw|mr|mrs|ms)$/iu;
/** The gender endings of a title written for both ("Gent.mo/a", "Sig./Sig.ra", "Dott./ssa"). */
const TITLE_ENDING = /^(?:a|o|e|ssa|ra|na)$/u;
/** Whether a word is a title of address, or two written for both ("Sig./Sig.ra"); not in capitals ("ING" is a bank). */
function isTitle(word: string): boolean {
  const parts = word.replace(/\./g, '').split('/');
  return /\p{Ll}/u.test(word) && TITLE.test(parts[0]) && parts.slice(1).every((part) => TITLE.test(part) || TITLE_ENDING.test(part));
}

/** Classes written for both or several, as of a driving licence: "C/CE", "B/BE". */
const LICENCE_CLASSES = /^\p{Lu}{1,2}(?:\/\p{Lu}{1,3})+$/u;

/** The definite articles of the six languages, in lower case: "de", "het", "la", "der"… */
const ARTICLES = /^(?:de|het|la|el|los|las|le|les|l|o|a|os|as|il|lo|gli|i|der|die|das|dem|den|des)$/u;

/** Their name ending the sentence after a comma, as one says it to them: "…, Lisa.", "…, Herr Müller!", "…, Jan de Vries." */
const TRAILING_NAME = /,\s*(?:(?:Herr|Frau|Dr\.?|Prof\.?|Mme|M\.|Sr\.?|Sra\.?|Dott\.?|Ing\.?)\s+)?\p{Lu}\p{Ll}+(?:\s+(?:(?:van|de|der|den|ter|ten|von|di|da|dos|del)\s+)?\p{Lu}\p{Ll}+){0,2}[\s.!?…]*$/u;

/**
 * Whether a sentence names someone or something: a capitalised word that does not start a
 * sentence (a greeting's name and a pronoun of address aside: Italian writes "il Suo profilo");
 * in German, two capitalised words in a row, a word with a capital or digit inside ("KubeCon",
 * "TU Delft") or, when the sentence speaks of the two of them
 * (`ofUs`, which is also true when it speaks to them: "wir haben zusammen bei Bosch gearbeitet")
 * or of who sent the sender ("Anna Schmidt hat mir empfohlen…"), a single capitalised word after
 * a preposition, and a name that starts the sentence. In a note typed all in lower case
 * (`lowerCase`), in every language, a word after a preposition of place, when `ofUs`.
 */
function hasName(sentence: string, data: LanguageData, ofUs: boolean, lowerCase: boolean): boolean {
  // Their name, greeting them at the start or the end ("Mooie stap, Lisa."), is no anchor.
  // A formal note may greet twice: "Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,".
  const afterGreeting = sentence.replace(GREETING, '').replace(GREETING, '').replace(TRAILING_NAME, '');
  const raw = afterGreeting.trim().split(/\s+/);
  // An elided article is not part of the name: "all'Arena", "chez l'Oréal". LinkedIn and the
  // other platforms are where every note is sent, never what two people share; an acronym of a
  // common noun ("PME", "CRM", "KI") or a field after one ("SAP-Umfeld") names a kind, and a
  // title of address ("Sig.ra", "Lic.") names no one yet, nor does a hashtag ("#NewWork"), a
  // topic anyone may follow. Those are blanked, not dropped, so the words either side do not
  // become neighbours.
  const all = raw.map(withoutPunctuation).map((word) => word.replace(/^\p{Ll}{1,5}['’](?=\p{Lu})/u, '')).map((word, i) => (PLATFORMS.test(word) || raw[i].startsWith('#') || isCommonAcronym(word) || isAcronymField(word) || LICENCE_CLASSES.test(word) || (!data.capitalisesNouns && isTitle(word)) ? '' : word));
  // A sentence the segmenter did not split starts after an emoji or a full stop, or at "¡", "¿":
  // "… en 90 días 🚀 ¡Conectemos!". Its first word is capitalised anyway. So is a German clause
  // after a colon ("kurze Frage: Wie lösen Sie…"); in the other languages a capital there is a name.
  // A title's or an ordinal's full stop ends no sentence: "Il prof. Gatti mi ha suggerito…".
  const ended = (token: string) => (/[.!?…]$/u.test(token) && !ABBREVIATION_ENDS.test(token)) || /\p{Extended_Pictographic}\uFE0F?$/u.test(token);
  const startsSentence = raw.map((token, i) => i === 0 || /^[¡¿]/u.test(token) || ended(raw[i - 1]) || (data.capitalisesNouns && raw[i - 1].endsWith(':')));
  const capitalised = (word: string) => /^\p{Lu}/u.test(word);
  const inside = (word: string, i: number) => (startsSentence[i] ? '' : word);
  const words = all.map(inside);
  // In a note typed all in lower case, as on a phone ("war cool dich beim hackathon in münchen
  // kennenzulernen", "estuvimos juntas en enfermería"), a word after a preposition stands where a
  // capitalised one would, when the sentence speaks to them or of the two of them.
  // An article between them is read past: "naar de ardennen", "en la oficina de valencia".
  const prepositionBefore = (i: number) => data.prepositions.test(words[i - 1] ?? '') || (i > 1 && ARTICLES.test(words[i - 1]) && data.prepositions.test(words[i - 2]));
  const afterPreposition = (isNoun: (word: string) => boolean) => ofUs && words.some((word, i) => i > 0 && prepositionBefore(i) && isNoun(word));
  const lowerCaseNoun = (word: string) => lowerCase && /^\p{Ll}{3,}/u.test(word) && !data.closedClass.test(word);
  // A single letter is a class or a grade, not a name: "patente C", "sezione C". A pronoun of address
  // written with a capital ("il Suo profilo") is no name; a name that only looks like a verb with a
  // pronoun stays one ("en Nerdearla").
  if (!data.capitalisesNouns) return all.some((word, i) => !startsSentence[i] && capitalised(word) && word.length > 1 && !(data.speaking.test(word) && data.closedClass.test(word.toLowerCase()))) || afterPreposition(lowerCaseNoun);
  const pairFrom = ofUs ? all : words;
  // An indefinite article before them, with only lower-case words between, makes two capitalised
  // words a kind, not a name: "ein schnell wachsendes Berliner Start-up".
  const afterIndefinite = (i: number) => {
    for (let back = i - 1; back >= Math.max(0, i - 3) && !capitalised(all[back]); back--) if (GERMAN_INDEFINITE.test(all[back])) return true;
    return false;
  };
  const twoCapitalised = pairFrom.some((word, i) => /^\p{Lu}\p{Ll}*\p{Lu}|^\p{Lu}{2,}$/u.test(word) || (![word, pairFrom[i + 1] ?? ''].some((w) => GERMAN_POLITE_YOU.test(w) || GERMAN_TIME_NOUNS.test(w)) && ![word, pairFrom[i + 1] ?? ''].every((w) => ENGLISH_TERMS_IN_GERMAN.test(w)) && capitalised(word) && capitalised(pairFrom[i + 1] ?? '') && !afterIndefinite(i)));
  // In German a single capitalised word after a preposition is a place or an employer too.
  const asNoun = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  const germanNoun = (word: string) => (capitalised(word) || (lowerCaseNoun(word) && !GERMAN_TIME_NOUNS.test(asNoun(word)))) && !GERMAN_NOT_PLACES.test(asNoun(word)) && !GERMAN_POLITE_YOU.test(word);
  return twoCapitalised || afterPreposition(germanNoun);
}
