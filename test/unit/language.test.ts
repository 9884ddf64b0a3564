import * as assert from 'node:assert/strict';
import { analyze, lint } from '../../src/core';
import { detectLanguage } from '../../src/core/language';
import { findingsOf } from './helpers';

const wording = (source: string, options = {}) => lint(source, options).filter((f) => f.rule === 'generic-phrase' || f.rule === 'missing-context').map((f) => f.rule);
const languageOf = (source: string, options = {}) => analyze(source, options).notes[0].language;
/** The wording findings of a note in a language given by its front matter. */
const check = (lang: string, text: string) => wording(`---\nlang: ${lang}\n---\n${text}`);
/** Every finding of a note in a language given by its front matter, but its unfilled slots. */
const withoutSlots = (lang: string, text: string) => lint(`---\nlang: ${lang}\n---\n${text}`).map((f) => f.rule).filter((rule) => rule !== 'placeholder');

/** A case: a note's language, its text, and the wording findings it gets (none when it has context). */
type WordingCase = [lang: string, text: string, expected: string[]];

/** One test per case: the note, in its language, gets exactly the expected wording findings. */
function itFindsEachWay(cases: readonly WordingCase[]): void {
  for (const [lang, text, expected] of cases) {
    it(`${lang}: ${text}`, () => {
      assert.deepEqual(check(lang, text).sort(), [...expected].sort());
    });
  }
}

/** A personal note and LinkedIn's default sentence in each language the wording rules cover, written for these tests. */
const COVERED = {
  en: { personal: 'Hi Dana, we met last Tuesday at the Rust meetup in Leeds. Let us keep in touch!', stock: "I'd like to add you to my professional network on LinkedIn." },
  de: { personal: 'Hallo Jonas, wir haben uns am Dienstag beim Rust-Meetup in Köln getroffen. Lass uns in Kontakt bleiben!', stock: 'Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.' },
  fr: { personal: 'Bonjour Claire, nous nous sommes rencontrés mardi au meetup Rust de Lyon. Restons en contact !', stock: 'Je souhaiterais vous inviter à rejoindre mon réseau professionnel sur LinkedIn.' },
  es: { personal: 'Hola Marta, nos conocimos el martes en el meetup de Rust en Valencia. ¡Seguimos en contacto!', stock: 'Me gustaría añadirte a mi red profesional de LinkedIn.' },
  pt: { personal: 'Olá Rita, nos conhecemos na terça no meetup de Rust em Lisboa. Vamos manter contato!', stock: 'Gostaria de adicioná-lo à minha rede profissional no LinkedIn.' },
  nl: { personal: 'Hoi Sanne, we ontmoetten elkaar dinsdag op de Rust-meetup in Utrecht. Laten we contact houden!', stock: 'Ik wil je graag toevoegen aan mijn netwerk op LinkedIn.' },
  it: { personal: 'Ciao Giulia, ci siamo conosciuti martedì al meetup di Rust a Bologna. Restiamo in contatto!', stock: 'Vorrei aggiungerti alla mia rete professionale su LinkedIn.' },
} as const;

/** Personal notes in languages the wording rules do not cover, written for these tests. */
const UNCOVERED = {
  ja: '田中さん、先週の東京のRustミートアップでお会いしましたね。またお話しできると嬉しいです。',
  ko: '민수님, 지난주 서울 러스트 밋업에서 만나 반가웠습니다. 앞으로도 연락하고 지내요.',
  ru: 'Анна, мы познакомились во вторник на митапе по Rust в Казани. Буду рад оставаться на связи.',
  ar: 'مرحبا سارة، التقينا يوم الثلاثاء في لقاء مطوري راست في عمّان. يسعدني أن نبقى على تواصل.',
  hi: 'नमस्ते अमित, हम मंगलवार को पुणे में रस्ट मीटअप में मिले थे। संपर्क में रहना अच्छा लगेगा।',
  zh: '李明你好，我们上周二在上海的Rust聚会上见过面。希望以后保持联系。',
  pl: 'Cześć Kasia, poznaliśmy się we wtorek na meetupie Rust w Krakowie. Bądźmy w kontakcie!',
  tr: 'Merhaba Emre, salı günü İzmir’deki Rust buluşmasında tanışmıştık. İletişimde kalalım!',
} as const;

describe('the language of a note', () => {
  for (const [code, notes] of Object.entries(COVERED)) {
    it(`${code}: is detected, stays quiet on a personal note, and flags LinkedIn's default sentence`, () => {
      assert.equal(detectLanguage(notes.personal), code);
      assert.deepEqual({ code: languageOf(notes.personal).code, checked: languageOf(notes.personal).checked }, { code, checked: true });
      assert.deepEqual(wording(notes.personal), [], notes.personal);
      assert.ok(wording(notes.stock).includes('generic-phrase'), notes.stock);
    });
  }

  for (const [code, text] of Object.entries(UNCOVERED)) {
    it(`${code}: a personal note gets no wording finding, and the language says the wording checks do not cover it`, () => {
      const language = languageOf(text);
      assert.equal(language.code, code);
      assert.equal(language.checked, false);
      assert.deepEqual(wording(text), []);
    });
  }

  it('in any language, placeholders and the limit are still checked', () => {
    const rules = lint(`${UNCOVERED.ru} [Имя]`, { limit: 40 }).map((f) => f.rule);
    assert.ok(rules.includes('placeholder') && rules.includes('over-limit'), rules.join(', '));
  });

  it("the front matter's lang: wins over detection, and an invalid one is flagged", () => {
    assert.deepEqual({ ...languageOf(`---\nlang: ja\n---\n${COVERED.en.stock}`), name: undefined }, { code: 'ja', name: undefined, source: 'front matter', checked: false });
    assert.deepEqual(wording(`---\nlang: ja\n---\n${COVERED.en.stock}`), []);
    assert.ok(findingsOf('template-error', '---\nlang: 42 apples\n---\nHi').some((f) => /`lang` must be a language code/.test(f.message)));
    assert.equal(languageOf('---\nlang: pt-BR\n---\nOi').code, 'pt');
  });

  it('a note too short to detect is English, unless the setting says otherwise', () => {
    assert.deepEqual({ code: languageOf('Hi!').code, source: languageOf('Hi!').source }, { code: 'en', source: 'default' });
    assert.deepEqual({ code: languageOf('Hi!', { language: 'fr' }).code, source: languageOf('Hi!', { language: 'fr' }).source }, { code: 'fr', source: 'setting' });
    assert.equal(languageOf(COVERED.de.personal, { language: 'auto' }).code, 'de');
  });

  it('a long note that opens with a name, acronyms and years is detected, not taken for too short', () => {
    // Written for this test: its first 60 units hold fewer than 40 letters.
    const text = 'Oi Rafa! Em 2019/2020 fiz o MBA da FGV (SP), turma de sábado, com a Ana. Vi que você também fez e adorei seu TCC sobre crédito rural.';
    assert.ok((text.slice(0, 60).match(/\p{L}/gu) ?? []).length < 40);
    assert.deepEqual({ code: languageOf(text).code, source: languageOf(text).source }, { code: 'pt', source: 'detected' });
  });

  it('the setting gives way to the front matter', () => {
    assert.equal(languageOf('---\nlang: it\n---\nCiao', { language: 'fr' }).code, 'it');
  });
});

/**
 * "We" speaks of the two of them only in the past; in the present it is mostly the sender's
 * company (the same rule as in English). Each pair was written for this test.
 */
describe('in the other covered languages, "we" counts only in the past', () => {
  const PAIRS = {
    de: { present: 'Hallo Jonas, wir automatisieren Social Media für KMUs in Köln.', past: 'Hallo Jonas, wir haben uns auf der DevOpsDays in Köln unterhalten.' },
    fr: { present: 'Bonjour Claire, nous aidons les PME de Lyon à recruter.', past: 'Bonjour Claire, nous avons discuté au salon VivaTech à Paris.' },
    es: { present: 'Hola Marta, nosotros ayudamos a las pymes de Valencia a crecer.', past: 'Hola Marta, trabajamos juntos en Globant en Valencia.' },
    pt: { present: 'Olá Rita, nós ajudamos as PMEs de Lisboa a crescer.', past: 'Olá Rita, estivemos juntos na Web Summit em Lisboa.' },
    nl: { present: 'Hoi Sanne, wij helpen mkb-bedrijven in Utrecht groeien.', past: 'Hoi Sanne, we hebben elkaar op de Rust-meetup in Utrecht gesproken.' },
    it: { present: 'Ciao Giulia, noi aiutiamo le PMI di Bologna a crescere.', past: 'Ciao Giulia, abbiamo lavorato insieme in Ducati a Bologna.' },
  } as const;
  for (const [lang, { present, past }] of Object.entries(PAIRS)) {
    it(`${lang}: the sender's company in the present is no context, a shared past is`, () => {
      assert.deepEqual(wording(`---\nlang: ${lang}\n---\n${present}`), ['missing-context'], present);
      assert.deepEqual(wording(`---\nlang: ${lang}\n---\n${past}`), [], past);
    });
  }
});

describe('German names, beside the capitalised polite "you"', () => {
  const german = (text: string) => wording(`---\nlang: de\n---\n${text}`);
  it('"Ihr Unternehmen" names nothing specific', () => {
    assert.deepEqual(german('Hallo Frau Weber, ich interessiere mich sehr für Ihr Unternehmen und Ihre Arbeit.'), ['missing-context']);
  });
  it('"Ihren Vortrag" names a piece of their work', () => {
    assert.deepEqual(german('Hallo Frau Weber, Ihren Vortrag zur Barrierefreiheit fand ich sehr stark.'), []);
  });
});

describe('in the other covered languages, thanks and their news speak to them without a pronoun', () => {
  it('thanks, with a time, is context', () => {
    assert.deepEqual(check('fr', "Merci encore pour la discussion d'hier soir au salon."), []);
  });
  it('what the sender saw of theirs, in a slot, is context', () => {
    assert.deepEqual(check('es', 'Hola Marta, vi [tu charla en el meetup de Valencia].'), []);
  });
  it('thanks with nothing specific is not', () => {
    assert.deepEqual(check('de', 'Danke für Ihre Zeit und viele Grüße.'), ['missing-context']);
  });
});

describe('in the other covered languages, a slot for their name or company is no anchor, however it is worded', () => {
  for (const [lang, text] of [
    ['fr', "Bonjour [Prénom], j'ai regardé le site de [Nom entreprise] et je vous écris."],
    ['es', 'Hola [Nombre], te escribo por [nombre de la empresa].'],
    ['de', 'Hallo [Vorname], ich schreibe Ihnen wegen [Firmenname].'],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      assert.deepEqual(wording(`---\nlang: ${lang}\n---\n${text}`), ['missing-context']);
    });
  }
});

/** Cases a second reader of the word lists raised, each way; written for these tests. */
describe('the other covered languages, on sentences that look alike', () => {
  for (const [lang, present, past] of [
    ['de', 'Hallo Jonas, wir sind spezialisiert auf SAP-Beratung in Köln.', 'Hallo Jonas, schön, dass wir uns auf der DevOpsDays kennengelernt haben.'],
    ['fr', 'Bonjour Claire, nous sommes ravis de présenter notre offre à Lyon.', 'Bonjour Claire, nous nous sommes vus au salon VivaTech.'],
    ['it', 'Ciao Giulia, siamo specializzati nella consulenza IT a Milano.', 'Ciao Giulia, ci siamo visti al convegno di Milano.'],
    ['nl', 'Hoi Sanne, we zijn gevestigd in Utrecht en Amsterdam.', 'Hoi Sanne, we hebben elkaar leren kennen op het congres in Utrecht.'],
    ['pt', 'Olá Rita, conhecemos bem o mercado de SaaS em Lisboa.', 'Olá Rita, a gente se conheceu no RD Summit.'],
    ['es', 'Hola Marta, coincidimos en que la IA lo cambia todo en Madrid.', 'Hola Marta, fue un placer conocerte en el meetup de Valencia.'],
  ] as const) {
    it(`${lang}: a present that looks past is no context; the past, in another form, is`, () => {
      assert.deepEqual(check(lang, present), ['missing-context'], present);
      assert.deepEqual(check(lang, past), [], past);
    });
  }
  it('a greeting and the name after it are not an anchor', () => {
    assert.deepEqual(check('it', 'Buongiorno Marco, ti scrivo per una collaborazione.'), ['missing-context']);
    assert.deepEqual(check('pt', 'Olá Maria, vi que você trabalha com marketing.'), ['missing-context']);
  });
  it('"today" alone opens a pitch, and is no time', () => {
    assert.deepEqual(check('fr', "Bonjour Claire, aujourd'hui je vous présente notre solution."), ['missing-context']);
  });
});

/** Written for these tests: the structures English reads already, in the other covered languages, each way. */
describe('the other covered languages, as English reads the same structures', () => {
  it('"together" and "former colleague" speak of the two of them, as English "together" does', () => {
    assert.deepEqual(check('nl', 'Hoi Sanne, oud-collega van Coolblue in Rotterdam hier!'), []);
    assert.deepEqual(check('it', 'Ciao Giulia, eravate in tanti, ma insieme a Bologna è stato diverso.'), []);
    // Without anything specific, it is still no context.
    assert.deepEqual(check('nl', 'Hoi Sanne, samen bereiken we meer.'), ['missing-context']);
  });
  it("a piece of their work is an anchor; one of the sender's is not", () => {
    assert.deepEqual(check('es', 'Hola Marta, me encantó tu publicación sobre onboarding.'), []);
    assert.deepEqual(check('de', 'Hallo Jonas, toller Beitrag über eure neue Lagerhalle!'), []);
    assert.deepEqual(check('es', 'Hola Marta, en mi publicación comparto consejos para ti.'), ['missing-context']);
    assert.deepEqual(check('de', 'Hallo Jonas, in meinem Beitrag zeige ich Ihnen, wie Sie Zeit sparen.'), ['missing-context']);
  });
  it('a slot after a vague noun and "in" is their field, not an anchor; after "on" a topic is', () => {
    assert.deepEqual(withoutSlots('it', 'Ciao [Nome], stimo molto la tua esperienza nel [settore].'), ['missing-context']);
    assert.deepEqual(withoutSlots('es', 'Hola [Nombre], admiro tu trayectoria en [área].'), ['missing-context']);
    assert.deepEqual(withoutSlots('it', 'Ciao [Nome], ho letto il tuo articolo su [argomento].'), []);
  });
  it("French \"t'\" before its verb speaks to them", () => {
    assert.deepEqual(check('fr', "Salut Léa, ravie de t'avoir croisée au Salon de l'Agriculture !"), []);
  });
  it('LinkedIn is no name, in German either', () => {
    assert.deepEqual(check('de', 'Hallo Jonas, ich habe gesehen, dass Sie auf LinkedIn aktiv sind.'), ['missing-context']);
  });
  it('a German perfect whose clause ends at a bracket is past', () => {
    assert.deepEqual(check('de', 'Hallo Jonas, wir haben uns im Mai kennengelernt (beim Sommerfest).'), []);
  });
});

/** Written for these tests: more structures of the same kinds, each way. */
describe('the other covered languages: praise, congratulations, slots by kind, "we were colleagues"', () => {
  it('praise opening a sentence speaks to them, as English "Great talk at…" does; their name at its end is no anchor', () => {
    assert.deepEqual(check('es', 'Gran charla en la PyCon de Valencia.'), []);
    assert.deepEqual(check('de', 'Cooler Vortrag auf der Hannover Messe letzte Woche!'), []);
    assert.deepEqual(check('nl', 'Mooie stap naar een nieuwe baan, Lisa.'), ['missing-context']);
  });
  it('congratulations on their news is context; on their career it is flattery', () => {
    assert.deepEqual(check('nl', 'Gefeliciteerd met de opening van je nieuwe galerie!'), []);
    assert.deepEqual(check('it', 'Complimenti per il suo percorso professionale.'), ['missing-context']);
  });
  it('a slot counts when it stands for an anchor (an event, a year), not for their sector or field', () => {
    assert.deepEqual(withoutSlots('es', 'Hola [Nombre], nos vimos en [evento] en [año].'), []);
    assert.deepEqual(withoutSlots('es', 'Hola [Nombre], veo que los dos trabajamos en [Sector].'), ['missing-context']);
    assert.deepEqual(withoutSlots('fr', 'Bonjour [Prénom], je recrute pour un client dans le secteur [secteur] et votre profil correspond.'), ['missing-context']);
  });
  it('"we were colleagues" speaks of the two of them; "colleagues in the trade" names nothing', () => {
    assert.deepEqual(check('pt', 'Somos colegas de turma da USP.'), []);
    assert.deepEqual(check('pt', 'Somos colegas de profissão.'), ['missing-context']);
  });
  it('Brazilian "vc" is "you"', () => {
    assert.deepEqual(check('pt', 'oi Ana, vc falou na Campus Party sobre robótica'), []);
  });
  it('German "your" in every form names a piece of theirs; "Sie Interesse" and "Ihrer Region" do not', () => {
    assert.deepEqual(check('de', 'Hallo Jonas, ich habe deine Stellenanzeige gesehen.'), []);
    assert.deepEqual(check('de', 'Hallo Jonas, hätten Sie Interesse an einem Austausch?'), ['missing-context']);
    assert.deepEqual(check('de', 'Hallo Jonas, ich betreue offene Stellen in Ihrer Region.'), ['missing-context']);
  });
});

describe('a note the detector cannot tell', () => {
  // Hindi written in Latin letters, as many write it; written for this test.
  const hinglish = 'Namaste Priya ji, aapka naam mere dost Rohan ne suggest kiya tha, unhone kaha ki aap data science mein kaam karti hain. Kya hum connect kar sakte hain?';
  it('is not recognised, rather than read as English, and gets no wording finding', () => {
    const language = languageOf(hinglish);
    assert.equal(language.code, 'und');
    assert.equal(language.source, 'unrecognised');
    assert.equal(language.checked, false);
    assert.deepEqual(wording(hinglish), []);
  });
  it('still gets its placeholders checked, and lang: in the front matter chooses a language', () => {
    assert.deepEqual(lint(`${hinglish} [Name]`).map((f) => f.rule), ['placeholder']);
    assert.equal(languageOf(`---\nlang: en\n---\n${hinglish}`).code, 'en');
  });
  it('a long English note is still English', () => {
    assert.equal(languageOf('Hi Dana, we met last Tuesday at the Rust meetup in Leeds. Let us keep in touch!').code, 'en');
  });
});

/** Written for these tests: a named referral, a same-field claim and a named field, each way. */
describe('the other covered languages: referrals, same-field claims and named fields', () => {
  it('a named person who sent the sender speaks of a mutual contact, as English "Ana suggested I reach out" does', () => {
    assert.deepEqual(check('it', "Buongiorno dott. Ferri, l'avvocata Marta Riva mi ha suggerito di scriverle per il bando regionale."), []);
    assert.deepEqual(check('it', "Buongiorno dott. Ferri, l'avvocata Marta Riva lavora con noi da anni."), ['missing-context']);
  });
  it('both in one line of work is a same-field claim, even with a city named', () => {
    assert.deepEqual(check('es', 'Hola, veo que ambos trabajamos en logística en Zaragoza.'), ['missing-context']);
    assert.deepEqual(check('es', 'Hola, veo que estuviste en la feria de Zaragoza con Pedro Gil.'), []);
  });
  it('a field named after "im Bereich" is a line of work, not a name', () => {
    assert.deepEqual(check('de', 'Hallo, ich suche Kontakt zu Ihnen als Fachmann im Bereich Supply Chain Management.'), ['missing-context']);
    assert.deepEqual(check('de', 'Hallo, ich habe Ihren Vortrag auf der Hannover Messe gehört.'), []);
  });
});

/**
 * Cases from a second reader's review of the word lists (everyday wording each list missed, and
 * false friends that gave generic notes context), written by the reviewer; each way.
 */
describe('the other covered languages, on a second review of their word lists', () => {
  itFindsEachWay([
    ["fr", "J'apprécie beaucoup tes posts sur la prospection.", []],
    ["de", "Spannender Vortrag auf der DevOpsCon letzte Woche!", []],
    ["it", "Bell'intervento ieri al convegno!", []],
    ["pt", "Sensacional a palestra de ontem!", []],
    ["es", "Te vi hace unos días en el congreso.", []],
    ["nl", "Ik zag je een paar dagen geleden spreken op het congres.", []],
    ["es", "¿Te viene bien una llamada el martes?", ["missing-context"]],
    ["de", "Hätten Sie am Dienstag Zeit für einen kurzen Austausch?", ["generic-phrase", "missing-context"]],
    ["de", "Wir kennen uns aus dem Studium an der TU München.", []],
    ["nl", "We kennen elkaar van de Hogeschool Utrecht.", []],
    ["de", "Wir haben zusammen bei Bosch gearbeitet.", []],
    ["de", "Anna Schmidt hat mir empfohlen, mich bei Ihnen zu melden.", []],
    ["de", "Bei Interesse melden Sie sich gern.", ["missing-context"]],
    ["de", "Ich würde mich über Ihr Feedback freuen.", ["missing-context"]],
    ["de", "Hättest Du Lust auf einen kurzen Austausch?", ["generic-phrase", "missing-context"]],
    ["de", "Herzliche Glückwünsche zur Beförderung!", []],
    ["pt", "Parabens pela nova conquista!", []],
    ["it", "Congratulazioni per la nuova posizione!", []],
    ["it", "Tanti auguri per le feste!", ["missing-context"]],
    ["fr", "Hello Julie, je serais ravi de rejoindre ton réseau.", ["missing-context"]],
    ["es", "Buen día Carlos, vi tu perfil y me gustaría conectar.", ["missing-context"]],
    ["fr", "On s'est croisés à [evenement].", []],
    ["nl", "Ik stuur je dit bericht omdat ik graag mijn netwerk wil uitbreiden.", ["missing-context"]],
    ["de", "Gemeinsam mit Microsoft Deutschland helfen wir Mittelständlern bei der Cloud-Migration.", ["missing-context"]],
    ["es", "Me gustaría invitarte a una entrevista para una vacante de desarrollo backend.", ["missing-context"]],
    ["es", "Fue un placer conocerle ayer en el congreso.", []],
    ["pt", "Foi um prazer lhe conhecer ontem no evento.", []],
    ["it", "Abbiamo avuto modo di conoscerci al convegno di Rimini.", []],
    ["nl", "We hebben elkaar ontmoet op de Dutch Design Week.", []],
    ["pt", "Nos vimos no evento de ontem.", []],
    ["de", "Ich würde mich freuen, Sie kennenzulernen, Herr Müller.", ["missing-context"]],
  ]);
});

/** Written for these tests: kinds that notes written blind showed, each way. */
describe('the other covered languages: roles, "like yours", pronouns of address, sentences the segmenter joins', () => {
  itFindsEachWay([
    ["fr", "Bonjour [Prénom], en tant que [Poste] chez [Entreprise], vous recrutez sans doute.", ["missing-context"]],
    ["es", "Hola, soy Laura, fui alumna suya en la Universidad de Sevilla.", []],
    ["es", "Fue un gusto coincidir en el Foro Logístico de Zaragoza.", []],
    ["es", "Ayudo a profesionales como tú a encontrar trabajo en Madrid.", ["missing-context"]],
    ["de", "Hallo, ich habe eine Stelle als Senior Game Designer in München, die zu Ihnen passt.", ["missing-context"]],
    ["it", "Buongiorno, ho visto il Suo profilo e lo trovo interessante.", ["missing-context"]],
    ["es", "Te ayudo a crecer en ventas 🚀 ¡Conectemos!", ["missing-context"]],
  ]);
  it('a note too short to detect is read in every covered language: its context, and its stock wording', () => {
    assert.equal(languageOf('Adorei a palestra no Web Summit!').source, 'default');
    assert.deepEqual(wording('Adorei a palestra no Web Summit!'), []);
    assert.deepEqual(wording('¿Nos conectamos?').sort(), ['generic-phrase', 'missing-context']);
    assert.deepEqual(wording('Hi Sam, let us connect!'), ['missing-context']);
  });
  it("a job ad's gender marker is no slot; alternatives to choose from are", () => {
    assert.deepEqual(lint('Wir suchen einen Senior Designer (m/w/d) in Köln.').map((f) => f.rule).filter((rule) => rule === 'placeholder'), []);
    assert.deepEqual(lint('Great (meeting/talking) with you in Köln.').map((f) => f.rule).filter((rule) => rule === 'placeholder'), ['placeholder']);
  });
});

/** Written for these tests: thanks for something specific, dates the segmenter splits, elided articles, season's greetings, a piece of work to be sent; each way. */
describe('the other covered languages: thanks, ordinal dates, elisions, wishes, work to be sent', () => {
  itFindsEachWay([
    ["de", "Danke nochmal fürs Aushelfen beim Sommerfest im Rathaus!", []],
    ["de", "Danke für Ihre Zeit im Voraus.", ["missing-context"]],
    ["de", "Hallo Frau Berg, wir haben uns beim Lauftreff am 3. Oktober kennengelernt.", []],
    ["fr", "Salut Paul, ancien de chez Renault Douai moi aussi !", []],
    ["it", "Grazie per il caffè dopo la riunione all'Arena!", []],
    ["fr", "Très belle année 2026 à vous ! Je vous propose de rejoindre mon réseau.", ["missing-context"]],
    ["pt", "Posso te mandar um vídeo sobre a ferramenta?", ["missing-context"]],
    ["pt", "Adorei o vídeo sobre vendas B2B.", []],
    ["it", "Anch'io sono di Napoli e lavoro nel turismo.", ["missing-context"]],
  ]);
});

/** Written for these tests: "it was good to meet you" in German, "long time no see", "me too" in a line of work; each way. */
describe('the other covered languages: meeting, reunion and same-field idioms', () => {
  itFindsEachWay([
    ["de", "Servus Anna, war schön, dich beim Segelclub-Sommerfest in Lindau kennenzulernen!", []],
    ["de", "Hallo Anna, ich würde mich freuen, Sie kennenzulernen.", ["missing-context"]],
    ["es", "Valencia, Fallas 2015 — ¡cuánto tiempo, Marta!", []],
    ["pt", "Oi Ana! Vi que você também trabalha com educação em Lisboa.", ["missing-context"]],
    ["fr", "Bonjour, actif moi aussi dans l'immobilier à Lyon, je serais ravi d'échanger avec vous.", ["missing-context"]],
  ]);
});

/**
 * Written for these tests: a German perfect whose clause holds a date, a place and a topic before
 * its participle; "we" in the past of meeting or talking, not of a company's record; a place after
 * "in"; their job posting, in five languages; each way.
 */
describe('the other covered languages: long perfects, the past of the two of them, places after "in", job postings', () => {
  itFindsEachWay([
    ["de", "Hallo Frau Roth, wir haben uns am 12. März auf dem Pflegetag in Dresden am Stand der AOK lange über die neue Dienstplan-Software und die Einarbeitung unterhalten.", []],
    ["de", "Guten Tag Herr Weber, wir haben uns auf die Begleitung von Familienunternehmen bei der Nachfolge im Mittelstand spezialisiert.", ["missing-context"]],
    ["de", "Hallo Frau Kern, wir haben in den letzten Jahren für über 200 Kunden aus dem Maschinenbau Prozesse automatisiert.", ["missing-context"]],
    ["de", "Hallo Frau Brandt, wir saßen im Zug nebeneinander und haben über Dienstpläne in der Pflege geredet.", []],
    ["de", "Hi Jan, Mara aus dem Einkauf in Bremen meinte, ich sollte mich wegen der Ladesäulen bei dir melden.", []],
    ["de", "Hallo Tim, ich würde gern mit dir in Kontakt bleiben.", ["missing-context"]],
    ["nl", "Hoi Sanne, we hebben elkaar op de Logistiekdagen bij de stand van Vanderlande uitgebreid over de nieuwe sorteerlijnen gesproken.", []],
    ["nl", "Goedemiddag, wij hebben voor meer dan 300 klanten in de Benelux hun voorraadbeheer geautomatiseerd.", ["missing-context"]],
    ["nl", "Hoi Femke, ik zag je vacature voor een teamleider en denk dat ik goed pas.", []],
    ["nl", "Hoi Femke, heb je een vacature voor een teamleider?", ["missing-context"]],
    ["es", "Hola Ana, vi tu oferta de empleo para jefa de obra y creo que encajo.", []],
    ["es", "Hola Ana, tengo una vacante que encaja con tu perfil.", ["missing-context"]],
    ["fr", "Bonjour Léa, j'ai vu votre offre d'emploi pour un poste de chef de projet.", []],
    ["pt", "Oi Bia, vi sua vaga de analista e acho que tenho o perfil.", []],
    ["pt", "Oi Bia, tenho uma vaga que combina com você.", ["missing-context"]],
    ["it", "Ciao Luca, ho letto il tuo annuncio per un magazziniere e mi candido volentieri.", []],
  ]);
});

/** Written for these tests: a slot in angle brackets stands for an anchor as a bracketed one does, in every language; each way. */
describe('the other covered languages: slots in angle brackets', () => {
  itFindsEachWay([
    ["es", "Hola <nombre>, nos conocimos en <evento>. ¡Seguimos en contacto!", []],
    ["es", "Hola <nombre>, te escribo desde <empresa> para presentarte nuestra solución.", ["missing-context"]],
    ["it", "Ciao <nome>, abbiamo parlato a lungo al <evento>.", []],
    ["de", "Hallo <Vorname>, wir haben uns auf der <Messe> getroffen.", []],
    ["de", "Hallo <Vorname>, ich bin Berater bei <Firma> und würde mich gern vernetzen.", ["missing-context"]],
  ]);
});

/**
 * Written for these tests: a clause across "St." and a title, a recent term or season, "it was great
 * yesterday at…" of a time together, "ancien de … moi aussi", European Portuguese pasts, and a
 * role held at a company, whose name is then no anchor; each way.
 */
describe('the other covered languages: abbreviations, seasons, a time together, European Portuguese, roles at a company', () => {
  itFindsEachWay([
    ["de", "Grüezi Frau Keller, wir haben uns am Montag an der Messe in St. Moritz am Stand der Bergbahnen lange über Pistenfahrzeuge unterhalten.", []],
    ["de", "hey lena, wir saßen letztes semester zusammen in der statistik-übung, weißt du noch?", []],
    ["de", "Hallo Frau Kern, nächstes Semester starten wir neue Kurse für Ihr Team.", ["missing-context"]],
    ["de", "Moin Jana, war super gestern beim Hafenfest in Kiel!", []],
    ["de", "Hallo Frau Kern, es war super, dass Sie sich gemeldet haben.", ["missing-context"]],
    ["nl", "Hoi Tim, was gezellig vrijdag op de borrel van de hockeyclub!", []],
    ["nl", "Hoi Tim, was leuk om je profiel te zien.", ["missing-context"]],
    ["fr", "coucou ines, c'etait trop bien de bosser avec toi au salon du livre cet ete !", []],
    ["fr", "Bonjour, c'était bien de lire votre profil.", ["missing-context"]],
    ["fr", "Salut Marc, ancien de Michelin moi aussi (usine de Cholet, 2015-2019) !", []],
    ["pt", "Olá Marta, trabalhámos as duas no Hospital de Santa Maria entre 2016 e 2019.", []],
    ["pt", "Bom dia, Eng. Costa. Conhecemo-nos na Feira do Livro, em Lisboa.", []],
    ["pt", "Olá, trabalhamos com empresas como a sua em Lisboa.", ["missing-context"]],
    ["de", "Sehr geehrte Damen und Herren, als Einkaufsleiter der XXX GmbH möchte ich Ihnen unser Angebot vorstellen.", ["missing-context"]],
    ["es", "Estimado/a, en XXX ayudamos a empresas como la suya a crecer.", ["missing-context"]],
    ["es", "Hola Ana, como Directora de Ventas en Acme vi tu charla en el Mobile World Congress.", []],
  ]);
});

/**
 * Written for these tests: German typed all in lower case, an indefinite noun phrase that is no name,
 * and news of theirs heard from a named person ("soube pela Ana Reis que…"); each way.
 */
describe('the other covered languages: lower-case German, indefinite noun phrases, news heard from someone', () => {
  itFindsEachWay([
    ["de", "hi mara, war schön dich beim barcamp in leipzig kennenzulernen, bleiben wir in kontakt", []],
    ["de", "hey, war schön dich kennenzulernen, bis bald in der stadt", ["missing-context"]],
    ["de", "Hallo Tom, ich suche gerade Verstärkung für ein junges Münchner Fintech und dein Profil passt perfekt!", ["missing-context"]],
    ["de", "Hallo Tom, wir haben uns bei einem Vortrag auf der Hannover Messe getroffen.", []],
    ["de", "Hallo Tom, ich habe von Lisa gehört, dass du bald in Ulm eröffnest.", []],
    ["pt", "Caro Luís, soube pela Ana Reis que vais abrir uma padaria em Braga. Parabéns!", []],
    ["pt", "Caro Luís, soube por um amigo que procura novos fornecedores.", ["missing-context"]],
    ["it", "Ciao Salvo, ho saputo da Rosaria che cercate un idraulico per il cantiere di Catania.", []],
    ["es", "Hola Laura, supe por Martín Díaz que estás buscando diseñadores en Rosario.", []],
    ["fr", "Bonjour Paul, j'ai appris par Claire Martin que vous ouvrez un atelier à Nantes.", []],
    ["nl", "Hoi Bram, ik hoorde van Sanne de Wit dat je een nieuwe bakkerij in Gent opent.", []],
  ]);
});

/**
 * Written for these tests: roles written in lower case in the Romance languages, with their field,
 * are a job title, not a name; "former colleague" and "as I told you" are no role; each way.
 */
describe('the other covered languages: a role in lower case, with its field', () => {
  itFindsEachWay([
    ["es", "Hola Marta, como especialista en IA aplicada a la logística, creo que puedo aportar valor a tu equipo.", ["missing-context"]],
    ["es", "Hola Marta, como excompañero de Telefónica te escribo para saludarte.", []],
    ["es", "Hola Marta, como te comenté en la feria de Bilbao, te paso el contacto.", []],
    ["pt", "Olá Rui, como consultor em Gestão de Pessoas, acredito que posso ajudar a sua equipa.", ["missing-context"]],
    ["fr", "Bonjour, en tant que consultante en Marketing Digital, je vous propose d'échanger sur vos besoins.", ["missing-context"]],
    ["it", "Ciao Luca, come consulente di Marketing Strategico, ti scrivo per presentarti i nostri servizi.", ["missing-context"]],
    ["it", "Ciao Luca, come ex collega di Luxottica ti scrivo per salutarti.", []],
  ]);
});

/**
 * Written for these tests: Rioplatense "vos" and the preterite of "you", years shared, "the same
 * course", the head of a Dutch compound, closing formulas, a double greeting and "your own"; each way.
 */
describe('the other covered languages: voseo, shared years, compounds, closings, "your own"', () => {
  itFindsEachWay([
    ["es", "che juli!! recién vi que entraste en la cooperativa, re feliz por vos", []],
    ["es", "Qué triste que ya no haya ferias como antes.", ["missing-context"]],
    ["es", "Hola Pedro, ¡qué bueno verte en la feria del libro de Guadalajara!", []],
    ["es", "Estimado Don Luis: tras tantos años compartidos en la Junta de la Cooperativa Agraria, me gustaría seguir en contacto.", []],
    ["es", "Estimado Don Luis, me gustaría compartir con usted nuestra propuesta.", ["missing-context"]],
    ["pt", "Caro Jorge, depois de tantos anos partilhados na Câmara de Comércio, gostava de manter o contacto.", []],
    ["it", "Caro Pino, dopo tanti anni condivisi nel Consiglio dell'Ordine, mi farebbe piacere restare in contatto.", []],
    ["fr", "salut léo, on était dans le même cours de stats à l'UQAM l'hiver passé!", []],
    ["fr", "Bonjour, nous sommes dans le même secteur, restons en contact.", ["missing-context"]],
    ["nl", "Hoi Eva, je gastcolumn over stikstof raakte me.", []],
    ["nl", "Hoi Eva, lees mijn gastcolumn over stikstof!", ["missing-context"]],
    ["de", "Guten Tag, ich suche eine neue Stelle im Einkauf. Vielen Dank und viele Grüße!", ["missing-context"]],
    ["de", "Vielen Dank für den Vortrag gestern in Ulm!", []],
    ["fr", "Bonjour, votre profil m'intéresse. Belle journée, Marc – Cabinet Recrutis", ["missing-context"]],
    ["de", "Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege, ich bitte um Aufnahme in Ihr Netzwerk.", ["missing-context"]],
    ["de", "Guten Tag, wollten Sie schon immer Ihr eigener Chef sein?", ["missing-context"]],
    ["de", "Hallo Frau Ott, Ihr Podcast über Imkerei hat mir gefallen.", []],
  ]);
});

/** Written for these tests: Brazilian "a gente" with the past of meeting, talking or sharing speaks of the two of them; its present is the sender's firm; each way. */
describe('the other covered languages: Brazilian "a gente" in the past', () => {
  itFindsEachWay([
    ["pt", "E aí Léo, a gente conversou depois do jogo de domingo no Pacaembu.", []],
    ["pt", "Lembro de quando a gente dividia a bancada no laboratório da Unicamp.", []],
    ["pt", "Oi! A gente ajuda clínicas como a Vida Plena a reduzir custos.", ["missing-context"]],
  ]);
});

/**
 * Written for these tests: who sent the sender, opening a sentence or typed in lower case; notes
 * typed all in lower case; slots and variables that name an event in the note's language; "the
 * same course"; a recent time beside a question; German pieces of work by a list, as in the other
 * languages; each way.
 */
describe('the other covered languages: referrals, lower-case notes, named slots, "the same", recent times', () => {
  itFindsEachWay([
    ["es", "Hola Pablo. Marta me recomendó que te escribiera sobre el puesto.", []],
    ["es", "Hola Pablo. Alguien me recomendó que te escribiera sobre el puesto.", ["missing-context"]],
    ["nl", "Hoi Sanne. Bas zei dat jullie een stagiair zoeken.", []],
    ["it", "Buongiorno. LinkedIn mi ha suggerito il suo profilo.", ["missing-context"]],
    ["fr", "salut karim, c'est nadia qui m'a filé ton nom pour le poste, on se connecte ?", []],
    ["fr", "salut karim, un collègue m'a filé ton nom pour le poste, on se connecte ?", ["missing-context"]],
    ["pt", "oi rafa, o thiago falou q vc ta procurando dev pra equipe, bora conversar?", []],
    ["es", "hola cata!! estuvimos juntas en enfermería, te acordás?", []],
    ["es", "hola! vi que tenemos contactos en común, conectemos?", ["missing-context"]],
    ["es", "Buenas tardes. vi que tenemos varios contactos en común y me gustaría conectar.", ["missing-context"]],
    ["pt", "Olá [Nome], foi ótimo te conhecer no [nome do evento]!", []],
    ["es", "Hola [Nombre del contacto], me gustaría conectar contigo.", ["missing-context"]],
    ["fr", "Bonjour Anne, ravie de vous avoir rencontrée à {{evenement}}.", []],
    ["de", "Hallo Anna, schön, dass wir uns auf der {{Veranstaltung}} kennengelernt haben!", []],
    ["es", "ey pablo, somos del mismo MBA del IE, no sé si te acuerdas de mí", []],
    ["es", "hola! veo que estamos en el mismo rubro, conectemos", ["missing-context"]],
    ["it", "ciao giulia!! bellissimo conoscerti al pitch day ieri, facciamo una call?", []],
    ["it", "Ciao Giulia, facciamo una call martedì?", ["missing-context"]],
    ["de", "Liebe Frau Berg, Ihr Paper zu Bodenmikrobiomen habe ich mit Gewinn gelesen.", []],
    ["de", "Guten Tag, gerade Firmen Ihrer Größenordnung sparen mit unserer Software Zeit.", ["missing-context"]],
    ["de", "Guten Tag, ich möchte mein Netzwerk erweitern und würde mich über Ihre Bestätigung freuen.", ["missing-context"]],
    ["de", "Liebe Frau Berg, ich würde mich freuen, Teil Ihres Netzwerks zu werden.", ["missing-context"]],
  ]);
});

/**
 * Written for these tests: full stops in a note typed in lower case, titles in lower case, a
 * German clause after a colon, "gave me your contact", "you too are from…" without a pronoun,
 * German perfect infinitives of meeting, acronyms of common nouns, "we stood"; each way.
 */
describe('the other covered languages: lower-case full stops and titles, colons, acronyms, "we stood"', () => {
  itFindsEachWay([
    ["nl", "hoi sanne, zag je vrijdag bij de clinic in zwolle. connecten?", []],
    ["nl", "hoi sanne, leuk profiel. connecten op vrijdag?", ["missing-context"]],
    ["it", "Buongiorno Ing. Riva, mi ha dato il suo nominativo il dott. Sala di Assolombarda.", []],
    ["de", "Hallo Herr Roth, kurze Frage: Wie planen Sie aktuell Ihre Touren?", ["missing-context"]],
    ["de", "Hallo Katrin, Andreas hat mir deinen Kontakt gegeben. Lass uns telefonieren!", []],
    ["de", "Hallo Katrin, Kollegen haben mir deinen Kontakt gegeben. Lass uns telefonieren!", ["missing-context"]],
    ["es", "Buenas, veo que también eres de Málaga y trabajas en logística. ¡Conectemos!", ["missing-context"]],
    ["de", "hey, schön dich beim webmontag kennengelernt zu haben", []],
    ["de", "moin jens, kennen uns vom lehrgang in celle letzten herbst", []],
    ["fr", "Bonjour, nous aidons les PME industrielles à réduire leurs coûts de 20 %.", ["missing-context"]],
    ["es", "Hola, ayudamos a pymes a vender más con un CRM sencillo. ¿Te interesa?", ["missing-context"]],
    ["fr", "Bonjour Léa, merci pour votre intervention sur l'IA au salon VivaTech.", []],
    ["nl", "Hoi Daan, wij stonden zaterdag samen achter de bar bij de Voedselbank in Gouda.", []],
    ["de", "Servus Flo, wir standen am Samstag beim Spiel in Haching an der Seitenlinie.", []],
  ]);
});

/** Written for these tests: a sender who reminds them who she is by a group they share, not by her own firm or role; each way. */
describe('the other covered languages: "it\'s Léa from the brigade"', () => {
  itFindsEachWay([
    ["fr", "coucou c'est Inès de la chorale du mardi, ajoute-moi !", []],
    ["fr", "coucou, c'est marc de la société optima, on se connecte ?", ["missing-context"]],
    ["es", "che nico, soy la flor del club de remo, agregame jaja", []],
    ["es", "Hola, soy la responsable de ventas de una consultora en Lima.", ["missing-context"]],
    ["pt", "oi ana, é o davi do coral da igreja, me adiciona aí", []],
    ["pt", "Oi Carla! Aqui é o Bruno da Contabilix. Ajudamos clínicas a vender mais.", ["missing-context"]],
    ["pt", "Olá, a sua empresa é a melhor da região, vamos conectar?", ["missing-context"]],
    ["it", "ciao luca, sono la giulia del coro di quartiere, aggiungimi!", []],
    ["it", "Buongiorno, sono il responsabile della logistica di un'azienda di Verona.", ["missing-context"]],
    ["nl", "hoi daan, het is sem van de zaterdagploeg, connecten?", []],
  ]);
});

/**
 * Written for these tests: their posts in general and one of them, their employer alone, a team's
 * signature, "remember?", a slot for an event's name without "of", a slot inside a German perfect,
 * a compound "old bandmate", "besten Dank"; each way.
 */
describe('the other covered languages: their posts in general, their employer, signatures, "remember?"', () => {
  itFindsEachWay([
    ["de", "Hallo Frau Lang, ich verfolge Ihre Beiträge schon lange und finde sie toll.", ["missing-context"]],
    ["de", "Hallo Frau Lang, Ihre Beiträge über Wärmepumpen verfolge ich schon lange.", []],
    ["fr", "Bonjour Élodie, je suis vos publications depuis un moment, bravo.", ["missing-context"]],
    ["fr", "Bonjour Élodie, votre publication d'hier m'a fait réfléchir.", []],
    ["es", "Hola Ana, sigo tus publicaciones desde hace tiempo.", ["missing-context"]],
    ["de", "Hallo Frau Berg, ich sehe, Sie arbeiten bei Siemens Healthineers in Erlangen – spannend!", ["missing-context"]],
    ["pt", "Olá Sr. Costa, reparei que trabalha na Galp Energia. Vamos conectar?", ["missing-context"]],
    ["de", "Hallo Tom, hab gesehen du bist jetzt bei Otto, Glückwunsch zum neuen Job!", []],
    ["de", "Hallo {{Vorname}}, wir suchen Fahrer mit Führerschein CE. Dein Recruiting-Team von Translogix24", ["missing-context"]],
    ["pt", "fala marcos!! turma de mecânica do senai de campinas 2012, lembra?", []],
    ["nl", "Hoi {voornaam}, leuk dat we elkaar spraken tijdens {naam evenement}!", []],
    ["de", "Hallo [Vorname], wir haben uns auf dem [Name der Veranstaltung] kurz kennengelernt und ich fand das Gespräch spannend.", []],
    ["de", "Na, alter Bandkollege, nach zehn Jahren im Proberaum in Köln sollten wir hier verbunden sein.", []],
    ["de", "Grüezi Herr Keller, besten Dank für den Typografie-Workshop an der ZHdK letzte Woche.", []],
    ["es", "Buenos días. ¿Sabía que los bares que usan nuestro menú por QR venden un 18 % más?", ["missing-context"]],
  ]);
});

/**
 * Written for these tests: a field after an acronym, "ebenfalls", a platform's suggestion, "like
 * yours" with an article, a role's employer after an adjective and an article, "también" with the
 * sender's own verb, neighbours, "on the train", reunion idioms; each way.
 */
describe('the other covered languages: acronym fields, platform suggestions, neighbours, reunions', () => {
  itFindsEachWay([
    ["de", "Hallo, ich habe spannende Positionen im SAP-Umfeld für Sie.", ["missing-context"]],
    ["de", "Hallo Markus, Steffi meinte, ich soll mich wegen dem SAP-Rollout bei dir melden.", []],
    ["de", "Hallo, mir wurde Ihr Profil vorgeschlagen und Sie sind ebenfalls im Controlling tätig.", ["missing-context"]],
    ["de", "Hallo, Anna Berger hat mir Ihr Profil empfohlen, da Sie ebenfalls im Controlling tätig sind.", []],
    ["de", "Guten Tag, unser Family Office begleitet Familien wie die Ihre.", ["missing-context"]],
    ["de", "Sehr geehrter Herr Lange, als Leiter des strategischen Einkaufs bei der Kesselring Automotive AG kennen Sie den Markt.", ["missing-context"]],
    ["es", "Hola! Soy de Rosario y también laburo en marketing, te sumo a mi red.", ["missing-context"]],
    ["es", "Buen día. Veo que también estamos en Monterrey y en el sector industrial.", ["missing-context"]],
    ["de", "Moin Herr Petersen, wir sind ja Nachbarn – beim Straßenfest haben wir kurz gesprochen.", []],
    ["es", "hola! somos vecinas en lavapiés, te agrego", []],
    ["es", "hola! vivo en lavapiés, te agrego", ["missing-context"]],
    ["it", "ciao! ci siamo conosciuti sul frecciarossa roma-milano, ecco il mio profilo", []],
    ["fr", "Salut Antoine ! Ça fait une paye depuis HEC (promo 2004).", []],
    ["es", "¡Che, Martín! Tanto tiempo desde el Nacional Buenos Aires.", []],
  ]);
});

/** Written for these tests: a company before a hyphen is a name, an acronym before a field is not. */
describe('the other covered languages: a company compound is no acronym field', () => {
  itFindsEachWay([
    ["de", "Hallo Jan, wir haben im Zalando-Team zusammen gearbeitet.", []],
    ["de", "Hallo, ich habe spannende Positionen im IT-Bereich für Sie.", ["missing-context"]],
  ]);
});

/**
 * Written for these tests, from a second reader's review of the word lists: "as you know" and
 * "how are you" are no pitch's "like you"; "é a área" is no "it's Bia from…"; an inverted "ik
 * ook"; "insieme a Marco"; their employer after an article, a capital or a final verb; meeting
 * forms; "together" in a proposal; someone else's former colleague; "how long have you…";
 * referral verbs that say nothing of a referral; set phrases in lower-case notes; recent times.
 */
describe('the other covered languages: a second reader\'s review of the word lists', () => {
  itFindsEachWay([
    ["pt", "Olá Ana, como você está? Nos vimos ontem no workshop da Natura em Cajamar.", []],
    ["pt", "Olá Ana, ajudamos empresas como a sua a reduzir custos com logística.", ["missing-context"]],
    ["de", "Hallo Jonas, wie du weißt, haben wir uns gestern beim Hackathon getroffen.", []],
    ["de", "Guten Tag, wir helfen Unternehmen wie Ihrem, die Prozesskosten zu senken.", ["missing-context"]],
    ["fr", "Bonjour Claire, comme vous le savez, nous avons échangé mardi au salon VivaTech.", []],
    ["es", "Hola Marta, como usted sabe, coincidimos ayer en la jornada de AMETIC.", []],
    ["es", "Hola, ayudamos a profesionales como vos a conseguir trabajo remoto.", ["missing-context"]],
    ["it", "Ciao Luca, come lei sa, Assolombarda rifà il convegno a Milano.", []],
    ["nl", "Hoi Sanne, zoals je weet hebben we elkaar gisteren gesproken op de beurs.", []],
    ["nl", "Hallo, wij helpen organisaties zoals de uwe met hun administratie.", ["missing-context"]],
    ["pt", "Oi, meu foco é a área de dados da Natura e quero ampliar minha rede.", ["generic-phrase", "missing-context"]],
    ["pt", "oi pedro é a bia do grupo de corrida, me adiciona aí", []],
    ["nl", "Gisteren was ik ook bij de meetup van Dutch Python in Utrecht, leuk je daar te zien!", []],
    ["nl", "Hoi! Ik werk ook in de zorg, laten we connecten.", ["missing-context"]],
    ["it", "Ciao, lavoro insieme a un collega in Deloitte e cerco nuovi contatti.", ["missing-context"]],
    ["it", "Ciao, lavoro insieme ai colleghi di Deloitte e cerco nuovi contatti.", ["missing-context"]],
    ["it", "Ciao Sara, abbiamo lavorato insieme in Enel per tre anni!", []],
    ["es", "Trabajas en Telefónica, así que te escribo por nuestro software de facturación.", ["missing-context"]],
    ["pt", "Trabalha na Natura? Temos uma solução de RH para empresas como essa.", ["missing-context"]],
    ["it", "Lavori in Enel? Ti scrivo per la nostra piattaforma di formazione.", ["missing-context"]],
    ["de", "Hallo, Sie arbeiten bei der Allianz und wir bieten Schulungen für Versicherer an.", ["missing-context"]],
    ["fr", "Bonjour, vous travaillez au Crédit Agricole et nous aidons les banques à recruter.", ["missing-context"]],
    ["nl", "Hallo, ik zag dat je bij ASML werkt. Wij bieden trainingen aan voor techbedrijven.", ["missing-context"]],
    ["de", "Hallo, ich habe gesehen, dass du bei SAP arbeitest. Wir bauen Tools für Entwickler.", ["missing-context"]],
    ["de", "Hallo Jan, wir haben bei Siemens zusammengearbeitet – schön, dich hier zu finden!", []],
    ["nl", "Hoi Pieter, we hebben bij Philips samengewerkt, leuk je hier te zien.", []],
    ["nl", "Hoi Eva, het was leuk om je te ontmoeten op de Dutch Design Week.", []],
    ["pt", "Oi Joana, foi um prazer te conhecer no RD Summit!", []],
    ["fr", "Bonjour Paul, suite à notre échange au salon Batimat, je me permets de vous ajouter.", []],
    ["fr", "Bonjour, j'aimerais qu'on puisse travailler ensemble à Lyon.", ["missing-context"]],
    ["es", "Hola, ¿podríamos colaborar juntos en proyectos de IA en Madrid?", ["missing-context"]],
    ["pt", "Olá, vamos trabalhar juntos em projetos de dados em São Paulo?", ["missing-context"]],
    ["nl", "Hoi, zullen we eens samen sparren over groei in Amsterdam?", ["missing-context"]],
    ["it", "Ciao, potremmo collaborare insieme su progetti in Lombardia.", ["missing-context"]],
    ["de", "Hallo, vielleicht können wir mal zusammen einen Kaffee in Berlin trinken?", ["missing-context"]],
    ["es", "Hola Ana, trabajamos juntas en Mercadona Valencia durante años.", []],
    ["de", "Hallo, ein ehemaliger Kollege von mir meinte, Sie suchen Unterstützung im Vertrieb.", ["missing-context"]],
    ["fr", "Bonjour ! Un ancien collègue à moi travaille chez Thales.", ["missing-context"]],
    ["nl", "Hallo! Een oud-collega van mij werkt bij Philips.", ["missing-context"]],
    ["de", "Hallo Tim, wir sind ehemalige Kollegen von Bosch, schön dich zu sehen!", []],
    ["es", "¿Cuánto tiempo llevas en Mercado Libre? Te escribo por una vacante.", ["missing-context"]],
    ["pt", "Há quanto tempo você trabalha na Ambev? Tenho uma vaga para você.", ["missing-context"]],
    ["it", "Da quanto tempo lavori in Enel? Ho una posizione aperta.", ["missing-context"]],
    ["es", "¡Cuánto tiempo, Lucía! Desde la uni en Salamanca no sabía nada de ti.", []],
    ["fr", "Bonjour, le salon m'a donné envie de rejoindre Decathlon.", ["missing-context"]],
    ["fr", "Bonjour Julie, Marc Dubois m'a donné votre contact pour le projet de Lille.", []],
    ["es", "Hola, Laura Gómez me pasó tu contacto por lo del proyecto en Sevilla.", []],
    ["pt", "Gostei muito do que você falou no painel sobre inovação.", ["missing-context"]],
    ["nl", "Hoi, ik hoorde van je nieuwe baan. Gefeliciteerd!", ["missing-context"]],
    ["nl", "Hoi Sara, ik hoorde via Jeroen de Vries dat je een developer zoekt.", []],
    ["it", "Ciao, la fiera mi ha dato molti spunti su Industria 4.0.", ["missing-context"]],
    ["de", "Hallo Anna, du hast beim Panel von deinem Projekt erzählt und ich würde gern mehr erfahren.", ["missing-context"]],
    ["de", "Hallo Anna, Stefan hat mir von deinem Projekt erzählt und ich würde gern mehr erfahren.", []],
    ["fr", "bonjour, au plaisir d'échanger avec vous, à bientôt", ["generic-phrase", "missing-context"]],
    ["pt", "oi, fico à disposição, nos falamos em breve", ["missing-context"]],
    ["it", "ciao, al momento sono alla ricerca di nuove opportunità", ["missing-context"]],
    ["nl", "hoi, bij interesse hoor ik het graag", ["missing-context"]],
    ["de", "Servus Lukas, wir haben uns im Jänner am Skikurs in Schladming getroffen.", []],
    ["es", "Hola Marta, nos vimos hace 2 semanas en el evento de Startup Grind.", []],
    ["pt", "Olá, nos vimos há uma semana no evento da ABStartups.", []],
    ["it", "Ciao, ci siamo visti una settimana fa all'evento di Talent Garden.", []],
    ["fr", "Bonjour, on s'est croisés la semaine derniere au salon.", []],
    ["fr", "Bonjour, c'est gentil de la part de Marc de m'avoir transmis votre nom.", []],
    ["nl", "Hoi, het is jammer van de afzegging, misschien een andere keer.", ["missing-context"]],
    ["it", "Buongiorno, sono il titolare di un'impresa edile e cerco collaboratori.", ["missing-context"]],
    ["pt", "Olá, sou o dono da padaria e quero expandir minha rede.", ["generic-phrase", "missing-context"]],
    ["es", "Hola, me encantaría saber como tu equipo gestiona la facturación.", ["missing-context"]],
    ["it", "Ciao, mi piacerebbe capire come il tuo team gestisce la logistica.", ["missing-context"]],
    ["fr", "Bonjour, j'ai lu l'ensemble de vos articles et je vous suis depuis longtemps.", ["missing-context"]],
    ["pt", "Oi Ana, como você está depois da Campus Party em Recife?", []],
    ["de", "Die Art, wie Sie auf der OOP in München über Legacy-Code gesprochen haben, hat mich beeindruckt.", []],
    ["es", "Hola Marta, como usted sabe, la Cámara de Comercio de Sevilla repite la jornada.", []],
    ["nl", "Hoi Sanne, zoals je weet organiseert Ruben de Jong weer de Frontend Meetup.", []],
    ["it", "Ciao Luca, come lei sa, Assolombarda rifà il convegno a Milano.", []],
    ["fr", "Bonjour Claire, comme vous le savez, la French Tech Lyon relance son programme.", []],
  ]);
});

/**
 * Written for these tests, from the misses of a set written blind: "from the choir" after the
 * greeting, or after "I am" and a name; French "on était", "au même" and Quebec "jaser"; acronyms
 * of trades, contracts and degrees; Italian "anche tu a…".
 */
describe('the other covered languages: "from the choir", "we were at the same…", more acronyms', () => {
  itFindsEachWay([
    ["es", "Hola Pilar, del club de remo de Getafe 🙂", []],
    ["pt", "Oi Duda, da turma de teatro do Sesc 🎭", []],
    ["nl", "Hoi Bram, van het koor in Deventer 🎶", []],
    ["it", "Ciao Marta, della palestra di via Roma 💪", []],
    ["fr", "Salut Inès, de la chorale de Rennes 🎵", []],
    ["it", "ciao ale!! sono vale del corso di ceramica, finalmente ti trovo qui", []],
    ["es", "Hola, soy Lucía, del grupo de montaña de Huesca.", []],
    ["es", "Hola Marta, de la empresa Acme le escribo por un servicio.", ["missing-context"]],
    ["fr", "Bonjour, de la part d'un ami, je vous ajoute.", ["missing-context"]],
    ["nl", "Hoi Eva, van de week even gekeken naar je profiel.", ["missing-context"]],
    ["it", "ciao, sono contenta del risultato del progetto, ti aggiungo", ["missing-context"]],
    ["nl", "Hallo, ik ben lid van de hockeyclub en zoek werk.", ["missing-context"]],
    ["fr", "Salut Hugo ! On était au même lycée à Brest.", []],
    ["fr", "Salut Hugo, on a jasé au salon de Québec.", []],
    ["fr", "Bonjour, j'aimerais agrandir mon réseau de pros du BTP !", ["missing-context"]],
    ["nl", "Hoi, als ZZP'er in de bouw zoek ik nieuwe contacten in de ICT.", ["missing-context"]],
    ["it", "Ciao! Anche tu a Bologna nel mondo del food, connettiamoci!", ["missing-context"]],
    ["it", "Ciao Sara! Anche tu al corso di Python del Politecnico ieri?", []],
  ]);
});

/**
 * Written for these tests, from the second reader's lists per language: referral phrasings
 * ("auf Empfehlung von", "m'a mise en relation", "passou-me o teu contacto", "mi ha girato il tuo
 * contatto"), "the same school" in the accusative, reunions, meeting phrases, and German dative
 * plurals of their work, which are their output in general.
 */
describe('the other covered languages: referral phrasings, meeting phrases and plurals from the review', () => {
  itFindsEachWay([
    ["de", "Guten Tag Herr Kraus, auf Empfehlung von Petra Lange melde ich mich bei Ihnen.", []],
    ["de", "Hallo Jana, Tobias hat mir deinen Namen genannt, wegen der Stelle in Graz.", []],
    ["de", "Hallo Herr Roth, Frau Wagner meinte, ich solle mich wegen der Ausschreibung bei Ihnen melden.", []],
    ["de", "Hallo, auf Empfehlung eines Kollegen melde ich mich bei Ihnen.", ["missing-context"]],
    ["fr", "Bonjour Camille, Sophie Martin m'a mise en relation avec vous pour le poste à Nantes.", []],
    ["fr", "Bonjour, sur recommandation de Paul Girard, je me permets de vous écrire.", []],
    ["es", "Hola Andrés, Lucía Ortega me puso en contacto contigo por el proyecto de Bilbao.", []],
    ["pt", "Olá Marta, fiquei sabendo de você pelo João Pedro, da Embraer.", []],
    ["pt", "Olá Sofia, a Inês Costa passou-me o teu contacto por causa do projeto em Coimbra.", []],
    ["nl", "Hoi Lotte, Mark heeft me je naam doorgegeven voor de vacature in Delft.", []],
    ["nl", "Beste Sanne, op advies van Pieter Bakker neem ik contact met je op.", []],
    ["it", "Ciao Luca, Giulia Ferri mi ha girato il tuo contatto per il progetto di Torino.", []],
    ["it", "Buongiorno, su suggerimento di Marco Neri le scrivo per un confronto.", []],
    ["de", "Hallo Tim, wir waren auf dem gleichen Gymnasium in Kassel, schön dich hier zu sehen!", []],
    ["de", "Hallo Tim, wir waren im gleichen Unternehmen in Kassel, schön dich hier zu sehen!", []],
    ["de", "Hallo Klara, lange nichts voneinander gehört seit dem Studium in Aachen!", []],
    ["de", "Hallo Jonas, hat mich gefreut, dich gestern auf der re:publica kennenzulernen.", []],
    ["fr", "Bonjour Hélène, ravie d'avoir fait votre connaissance au salon Vinexpo.", []],
    ["fr", "Bonjour, ravie de vous avoir rencontré hier à Lille.", []],
    ["pt", "Oi Bia, lembra de mim? Da turma de 2015 da PUC!", []],
    ["pt", "Oi Caio, adorei te conhecer no evento da Stone ontem.", []],
    ["nl", "Hoi Daan, lang niet gesproken sinds Delft!", []],
    ["it", "Ciao Sara, mi ha fatto piacere conoscerti ieri al Salone del Mobile.", []],
    ["it", "Ciao Paolo, e stato un piacere conoscerti al convegno di Bologna.", []],
    ["de", "Hallo Frau Berg, ich folge Ihren Beiträgen schon lange und finde sie sehr hilfreich.", ["missing-context"]],
    ["de", "Hallo Frau Berg, ich folge Ihren Beiträgen über Pflegeroboter schon lange.", []],
  ]);
});

/**
 * Written for these tests, from the misses of two sets written blind: "ich bin's, Petra aus der
 * Berufsschule", "ben jij die sem van de roeivereniging?", a slot's words are no pronoun ("soy [tu
 * nombre] de…"), "echo de menos nuestros…", the sender as their new colleague or intern, "BPO", and
 * a loanword's plural shown by its possessive ("i tuoi post").
 */
describe('the other covered languages: "it\'s me, from…", a new colleague, plural possessives', () => {
  itFindsEachWay([
    ["de", "Hallo Jana, ich bin's, Petra aus der Berufsschule in Kassel!", []],
    ["de", "hey mo, bist du der mo aus dem fußballverein in unna? schön dich zu sehen", []],
    ["de", "Hallo, ich bin's, Petra von Acme, und wir bieten Software an.", ["missing-context"]],
    ["nl", "hoi sem, ben jij die sem van de roeivereniging in leiden?", []],
    ["es", "Hola Pedro, soy [tu nombre] de Construcciones Ibarra y le presento nuestros pisos.", ["missing-context"]],
    ["es", "Hola Inés, echo de menos nuestros cafés en la oficina de Zaragoza.", []],
    ["pt", "Olá Rita, sou a nova colega da equipa de vendas da NOS em Lisboa.", []],
    ["it", "Ciao Marco, sono Giada, la nuova stagista del reparto acquisti di Lavazza a Torino.", []],
    ["es", "Hola, buscamos nuevos compañeros para nuestra oficina de Madrid.", ["missing-context"]],
    ["pt", "Olá, notei que sua empresa cresce e nossa solução de BPO pode ajudar.", ["missing-context"]],
    ["it", "Ciao! Seguo sempre i tuoi post, molto interessanti.", ["missing-context"]],
    ["es", "Hola, leo siempre tus posts, muy buenos.", ["missing-context"]],
    ["it", "Ciao! Ho letto il tuo post sulla logistica del freddo, molto utile.", []],
  ]);
});

/** Written for these tests: "me too" with a past is a past the two of them share; with a present, a same-field claim. */
describe('the other covered languages: "me too" in the past and in the present', () => {
  itFindsEachWay([
    ["es", "Hola Ana, yo también estudié en la UNAM, generación 2012.", []],
    ["es", "Hola Ana, yo también trabajo en el sector farmacéutico en Barcelona.", ["missing-context"]],
    ["fr", "Bonjour Paul, j'étais moi aussi au salon VivaTech jeudi dernier.", []],
    ["fr", "Bonjour Paul, moi aussi je travaille dans la logistique à Lyon.", ["missing-context"]],
    ["pt", "Oi Bia, você também estava no evento da Stone em São Paulo?", []],
    ["pt", "Oi Bia, eu também trabalho com RH em Curitiba.", ["missing-context"]],
    ["it", "Ciao Luca, anch'io ero al convegno di Assolombarda a Milano.", []],
    ["it", "Ciao Luca, anch'io lavoro nel settore moda a Milano.", ["missing-context"]],
  ]);
});

/**
 * Written for these tests, from the misses of two more sets written blind: an acronym before a
 * partner or a supplier is a kind ("KI-Partner"); "on s'est eues au téléphone"; a date needs a month
 * ("Industria 4.0" is none); "bin die Vroni aus der Meisterschule", not a role in the name's place;
 * "BTS"; Brazilian "a gente foi…"; a first person plural beside "yesterday" is a past.
 */
describe('the other covered languages: partners, phone calls, dates, "bin die Vroni aus…", "falamos ontem"', () => {
  itFindsEachWay([
    ["de", "Guten Tag, als Inhaber eines Betriebs brauchen Sie einen zuverlässigen KI-Partner.", ["missing-context"]],
    ["fr", "Bonjour Madame Lambert, on s'est eues plusieurs fois au téléphone pour le dossier de Liège.", []],
    ["it", "Buongiorno, la nostra piattaforma porta la sua azienda nell'Industria 4.0 in pochi giorni.", ["missing-context"]],
    ["de", "Hallo Jonas, wir haben uns am 4.5. auf der Hannover Messe getroffen.", []],
    ["de", "Servus Lena! Bin die Vroni aus der Meisterschule Rosenheim, schön dich zu finden.", []],
    ["de", "Guten Tag, ich bin der Geschäftsführer vom Autohaus und biete Ihnen Leasing an.", ["missing-context"]],
    ["fr", "salut, je suis en BTS commerce et je cherche un stage, merci de partager", ["missing-context"]],
    ["pt", "Oi Duda! A gente foi monitora junto no acampamento da escola em Ubatuba.", []],
    ["pt", "Olá Pedro, falamos ontem no estande da Natura na feira de RH.", []],
    ["es", "Hola Pedro, hablamos ayer en el stand de Mercadona en la feria de empleo.", []],
    ["es", "Hola Pedro, hablamos de ventas y crecimiento en empresas como Mercadona.", ["missing-context"]],
  ]);
});

/**
 * Written for these tests, from the misses of sets 28 and 29: a region a sender serves ("im Raum
 * München"); "we are both in the club" is a group they share, "both in purchasing" a field;
 * "nix mehr gehört"; "en comun" without its accent; a carousel is a piece of their work; platforms
 * are no names; "lembra de mim" before its question mark; a title's full stop ends no sentence;
 * "mi ha detto che…"; a year after "dal" is no group.
 */
describe('the other covered languages: regions, clubs, carousels, platforms, titles', () => {
  itFindsEachWay([
    ["de", "Guten Tag, ich bin Ihr Ansprechpartner für Fotografie im Raum München.", ["missing-context"]],
    ["de", "Guten Tag Frau Vogt, wir sind beide im Kulturverein Passau aktiv.", []],
    ["de", "Guten Tag Frau Vogt, wir sind beide im Einkauf in Passau tätig.", ["missing-context"]],
    ["de", "hey jana, seit der klassenfahrt in wien nix mehr gehört! wie gehts?", []],
    ["es", "buenas, vi q tenemos amigos en comun, te agrego", ["missing-context"]],
    ["pt", "Oi Carla! Seu carrossel sobre precificação pra designers me ajudou demais.", []],
    ["pt", "Olá! Que tal uma análise gratuita do seu Instagram e do seu TikTok?", ["missing-context"]],
    ["pt", "Fala Léo! Lembra de mim da turma de Direito na UFMG? Bons tempos.", []],
    ["it", "Buongiorno Dott. Neri, il prof. Longo mi ha suggerito di contattarla per la tesi.", []],
    ["it", "Ciao Marta, Paolo del coro di Trento mi ha detto che cerchi una grafica.", []],
    ["it", "Buongiorno, dal 2010 organizziamo eventi aziendali in tutta Italia.", ["missing-context"]],
  ]);
});

/**
 * Written for these tests, from the misses of sets 30 and 31: "as agreed" with a call or a
 * meeting is the follow-up of one exchange; without one it is no context. Portuguese "consigo",
 * Flemish "ge", Dutch "kennen we elkaar", and a new colleague named with an article.
 */
describe('the other covered languages: "as agreed on the phone", "consigo", Flemish "ge"', () => {
  itFindsEachWay([
    ["pt", "Caro Dr. Lopes, a minha mãe trabalhou consigo na Efacec nos anos 90.", []],
    ["nl", "Hallo Wim, ge hebt gisteren een sterke demo gegeven op Devoxx.", []],
    ["nl", "Hé Bart! Kennen we elkaar nog van de Hanze in Groningen?", []],
    ["pt", "Olá Rui, sou o Tiago, o novo colega da equipa de vendas na NOS em Lisboa.", []],
    ["es", "Hola Ana, soy el Nacho, el nuevo compañero del equipo de Bilbao.", []],
    ["pt", "Prezado Sr. Lima, conforme conversamos por telefone hoje, envio o convite.", []],
    ["nl", "Goedemiddag mevrouw Smit, zoals net telefonisch besproken stuur ik u een verzoek.", []],
    ["it", "Buongiorno Sig. Conti, come d'accordo al telefono Le invio la richiesta.", []],
    ["de", "Guten Tag Herr Kaiser, wie telefonisch besprochen sende ich Ihnen die Anfrage.", []],
    ["fr", "Bonjour Madame Roux, comme convenu lors de notre appel, je vous ajoute.", []],
    ["es", "Buenas, Sr. Díaz, como hablamos por teléfono, le mando la invitación.", []],
    ["pt", "Olá! Como combinado, segue o convite para conhecer nossa plataforma.", ["missing-context"]],
    ["fr", "Bonjour, comme convenu, voici notre offre pour les PME.", ["missing-context"]],
  ]);
});

/**
 * Written for these tests, from the misses of sets 32 and 33: a family tie to someone named
 * ("la sœur de Camille Morel"); a new collaborator; "nominativo" and a surveyor's title; "soy
 * Andrés, el de la mesa…"; "im selben Stockwerk"; in lower-case notes "seit", "nach", "sinds",
 * "naar", and an article between a preposition and its noun ("en la oficina de sevilla").
 */
describe('the other covered languages: relatives, collaborators, "since", articles after a preposition', () => {
  itFindsEachWay([
    ["nl", "Hoi Femke, ik ben de nicht van Joost. Hij zei dat je bij de bieb werkt.", []],
    ["fr", "Bonjour Léo, c'est Inès, la sœur de Camille Morel.", []],
    ["it", "Buongiorno, sono Paola, la mamma di Giacomo della 2A.", []],
    ["fr", "Bonjour, je suis la nouvelle directrice de la communication.", ["missing-context"]],
    ["it", "Buongiorno, sono la nuova collaboratrice dell'ufficio acquisti di Lecco.", []],
    ["it", "Buonasera arch. Rossi, mi ha dato il suo nominativo il geom. Bianchi di Treviso.", []],
    ["es", "Hola Lucía, soy Andrés, el de la mesa de al lado en el congreso.", []],
    ["de", "Hi Jana, wir sitzen im selben Stockwerk bei Zeiss in Jena.", []],
    ["de", "hey lea, seit der abschlussfahrt nach lissabon nix mehr gehört!", []],
    ["nl", "hey tim, lang geleden, sinds de zeilkamp naar friesland!", []],
    ["es", "hola ana, trabajamos juntas en la oficina de sevilla", []],
    ["de", "Hallo, ich bin auf der Suche nach neuen Kontakten im Vertrieb.", ["missing-context"]],
  ]);
});

/**
 * Written for these tests, from the misses of sets 34 and 35: joining their team ("je rejoins
 * l'équipe…"), their neighbour, a Spanish imperfect of "you" ("estabas"), Italian "ero anch'io al…".
 */
describe('the other covered languages: joining their team, neighbours, "estabas", "ero anch\'io"', () => {
  itFindsEachWay([
    ["fr", "Bonjour Paul, je rejoins l'équipe achats de Decathlon Lille lundi.", []],
    ["fr", "Bonjour, je rejoins votre réseau pour découvrir de nouvelles opportunités.", ["missing-context"]],
    ["es", "¡Che Lucas! No sabía que estabas en Globant, qué bueno.", []],
    ["it", "Ciao Sara, ero anch'io al WeMakeFuture a Bologna, bel panel il tuo!", []],
    ["de", "Hallo Frau Berger, wir sind seit letztem Jahr Nachbarinnen in der Lindengasse.", []],
    ["nl", "Hoi Ruud, hier je buurman van de Dorpsstraat 12 in Putten!", []],
    ["it", "Ciao! Anch'io lavoro nel marketing a Torino, connettiamoci.", ["missing-context"]],
  ]);
});

/**
 * Written for these tests, from the misses of sets 36 and 37 and the generic misses of earlier
 * sets: a role after a job opening ("una posizione di Responsabile…", "vacature voor Senior…"),
 * the sender's own role and city ("soy asesora inmobiliaria en Querétaro"), a region served
 * ("zona Brescia", "regio Zwolle"), a firm's seat ("con sede a Verona", "nuestra agencia … en
 * Cancún"), their city read off their profile ("veo que vives en Guadalajara"), titles of
 * address, single letters and closing thanks. A student's school, a customer's shop, a bank in
 * capitals and a job posting of theirs keep their context.
 */
describe('the other covered languages: job openings, the sender\'s own city, regions, seats, their city, titles', () => {
  itFindsEachWay([
    ["it", "Buongiorno, il suo profilo è perfetto per una posizione di Responsabile Acquisti presso un gruppo internazionale.", ["missing-context"]],
    ["es", "Hola, te escribo por una vacante de Jefe de Almacén en una empresa líder del sector.", ["missing-context"]],
    ["pt", "Olá, tenho uma vaga ótima de Gerente Comercial que combina com o seu perfil.", ["missing-context"]],
    ["nl", "Hoi, ik heb een vacature voor Senior Data Engineer die goed bij je past.", ["missing-context"]],
    ["fr", "Bonjour, je vous contacte pour un poste de Directeur Financier chez un client.", ["missing-context"]],
    ["es", "Hola, soy asesora inmobiliaria en Querétaro y te puedo ayudar a encontrar casa.", ["missing-context"]],
    ["pt", "Oi, sou consultor financeiro em Curitiba e posso te ajudar com seus investimentos.", ["missing-context"]],
    ["nl", "Hallo, ik ben recruiter bij een groeiend softwarebedrijf in Utrecht en wil je graag spreken.", ["missing-context"]],
    ["it", "Salve, sono consulente aziendale a Bergamo e vorrei presentarle i miei servizi.", ["missing-context"]],
    ["fr", "Bonjour, je suis courtier en crédit immobilier à Nantes et je peux vous aider.", ["missing-context"]],
    ["it", "Buongiorno, cerco lavoro come autista zona Brescia, mi può aiutare?", ["missing-context"]],
    ["nl", "Hallo, ik zoek voor je organisatie kandidaten in regio Zwolle.", ["missing-context"]],
    ["pt", "Olá! Estamos buscando parceiros na região de Campinas, você tem interesse?", ["missing-context"]],
    ["it", "Buongiorno, siamo uno studio di architettura con sede a Verona e vorremmo presentarvi i nostri progetti.", ["missing-context"]],
    ["fr", "Bonjour, notre agence basée à Bordeaux vous accompagne dans vos projets.", ["missing-context"]],
    ["es", "Le escribo en nombre de nuestra agencia de viajes en Cancún para presentarle nuestras ofertas.", ["missing-context"]],
    ["es", "Hola, veo que vives en Guadalajara, ¿te interesa una membresía de gimnasio?", ["missing-context"]],
    ["pt", "Oi, vi que você mora em Recife e queria te apresentar nosso app.", ["missing-context"]],
    ["it", "Salve, vedo che vive a Bari: le interessa un impianto solare?", ["missing-context"]],
    ["fr", "Bonjour, je vois que vous êtes à Lille, je vous propose un audit énergétique.", ["missing-context"]],
    ["nl", "Hallo, ik zie dat je in Breda woont; wij bieden zonnepanelen aan.", ["missing-context"]],
    ["it", "Gent.ma Dott.ssa, la contatto per presentarle il nostro gestionale.", ["missing-context"]],
    ["es", "Buen día Lic., le comparto nuestro catálogo de servicios.", ["missing-context"]],
    ["it", "Ciao, ti scrivo perché ho la patente C e cerco lavoro.", ["missing-context"]],
    ["es", "hola, busco trabajo de cualquier cosa en monterrey, gracias", ["missing-context"]],
    ["it", "ciao, cerco lavoro a milano, grazie mille", ["missing-context"]],
    ["es", "hola ana, gracias por la charla en monterrey", []],
    ["it", "Ciao Luca, ho visto che sei a Bari ora, ci vediamo?", []],
    ["es", "Hola Marta, soy estudiante de la UNAM y vi que buscan practicantes en tu equipo.", []],
    ["pt", "Olá Rita, sou cliente da tua pastelaria em Aveiro há anos!", []],
    ["nl", "Hé Joris! Oud-collega van ING hier 👋", []],
    ["fr", "Bonjour Mme Roy, j'ai vu votre offre pour le poste de libraire à la Librairie Pantoute.", []],
    ["es", "Hola Pablo, trabajamos juntos en Telefónica Madrid, soy gerente de cuentas allí ahora.", []],
  ]);
});

/**
 * Written for these tests: the Spanish "le" of "usted" ("le escribe Lucía…"), a farewell naming
 * the day they next meet ("À jeudi au foot", "tot woensdag"), and surprise that they are on
 * LinkedIn at all. A proposed day, asked, and a doubt about connecting stay without context.
 */
describe('the other covered languages: "le" for "usted", "see you Thursday", "I did not know you were on LinkedIn"', () => {
  itFindsEachWay([
    ["es", "Buenos días Sr. Campos, le escribe Lucía Prieto, la que le hizo la mudanza a Oaxaca.", []],
    ["es", "Buenas tardes Dña. Elena, le instalé la cocina en su casa de la calle Colón.", []],
    ["es", "Estimado Sr. Ruiz, le escribo en nombre de nuestra firma de seguros en Panamá.", ["missing-context"]],
    ["fr", "Salut Max, bien reçu ta demande ! À jeudi au foot.", []],
    ["nl", "hoi sanne, leuk dat je hier ook bent. tot woensdag bij de koorrepetitie!", []],
    ["it", "Ciao Gigi, accetto volentieri 😄 Ci vediamo sabato alla partita!", []],
    ["de", "Hey Tom, klar nehm ich an! Bis Mittwoch beim Training.", []],
    ["pt", "Oi Bia, aceitei! Até sexta no ensaio.", []],
    ["fr", "Bonjour, on se voit jeudi pour une démo de notre logiciel ?", ["missing-context"]],
    ["es", "Hola, ¿nos vemos el martes en la feria para una demo?", ["missing-context"]],
    ["pt", "haha nem sabia que você tinha linkedin! aceitei", []],
    ["de", "Hey Jule, wusste gar nicht, dass du auf LinkedIn bist!", []],
    ["it", "ahah non sapevo fossi su linkedin, ti aggiungo subito", []],
    ["es", "Hola, no sabía si conectar contigo, pero aquí estoy.", ["missing-context"]],
  ]);
});

/**
 * Written for these tests, from four Swiss German notes of four sets of notes written blind: "we"
 * ("mir händ üs", "üs"), "together" ("zäme"), "your" ("dini") and the participles of the dialect
 * ("kenneglernt", "gmacht", "gange", "gsi"). Standard German "mir" ("kannst du mir sagen") stays "me".
 */
describe('the other covered languages: Swiss German', () => {
  itFindsEachWay([
    ["de", "Hoi Luca, mir sind zäme ind Lehr bi de Migros Aare gange!", []],
    ["de", "Sali Jan, mir händ üs am Openair in Frauenfeld kenneglernt.", []],
    ["de", "Hoi Mia, dini Präsentation am Berner Design-Tag isch super gsi!", []],
    ["de", "Grüezi, mir händ spannendi Stelle im Vertrieb für Sie.", ["missing-context"]],
    ["de", "Hallo, kannst du mir sagen, ob ihr im Vertrieb noch Leute sucht?", ["missing-context"]],
  ]);
});

/**
 * Written for these tests, from the misses of sets 38 and 39: a team's signature only ends a note
 * ("Ihr Team bei der Stadtbibliothek Kiel sucht…" is their team), "you too" with a past ("você
 * também estagiou na Embraer"), a parent as a child says it ("la maman de Lou"), a neighbour by
 * floor or number, crossing paths ("nos cruzamos", "on se croise"), and glad to find them here
 * again ("che bello ritrovarti qui"). "Sie hier zu sehen" in a pitch stays without context.
 */
describe('the other covered languages: their team, "you too" in the past, parents, neighbours, "glad to find you here"', () => {
  itFindsEachWay([
    ["de", "Guten Tag Frau Weber, Ihr Team bei der Stadtbibliothek Kiel sucht eine Aushilfe, und ich würde mich gern bewerben.", []],
    ["de", "Wir freuen uns auf Ihre Bewerbung! Ihr Recruiting-Team von Bauhaus", ["missing-context"]],
    ["pt", "Oi Rafa, vi que você também estagiou na Embraer em São José, como foi?", []],
    ["pt", "Oi, vi que você também trabalha com vendas em São Paulo.", ["missing-context"]],
    ["nl", "hoi, zag dat jij ook de minor game design hebt gevolgd bij de hku!", []],
    ["nl", "Hallo, ik zie dat jij ook in de logistiek werkt.", ["missing-context"]],
    ["fr", "Bonjour Mme Petit, je suis la maman de Lou, en CM1 avec Jules.", []],
    ["es", "Hola Ana, soy el papá de Bruno, del equipo de fútbol.", []],
    ["fr", "Bonsoir, votre voisin du 5e ici, bienvenue dans l'immeuble !", []],
    ["nl", "Hoi, buurman van nummer 8 hier!", []],
    ["fr", "Bonjour, je suis un peu votre voisin de secteur, ravi de vous ajouter.", ["missing-context"]],
    ["es", "Hola Sofi, nos cruzamos en la reunión de padres del jueves.", []],
    ["fr", "Bonjour, on se croise tous les matins au café de la gare de Nancy.", []],
    ["it", "Ciao Marco! Che bello ritrovarti qui 😊", []],
    ["fr", "Salut Inès, trop content de te retrouver ici !", []],
    ["es", "Hola Nico, ¡qué alegría verte por acá!", []],
    ["nl", "Hé Bram, leuk om je hier tegen te komen!", []],
    ["de", "Guten Tag, schön, Sie hier zu sehen. Wir bieten Ihnen neue Solaranlagen.", ["missing-context"]],
  ]);
});

/** Written for these tests: German "do you remember…" speaks of the two of them, as "te acordás?" and "lembra de mim?" do. */
describe('the other covered languages: German "erinnerst du dich", "weißt du noch"', () => {
  itFindsEachWay([
    ["de", "Hey Jonas, erinnerst du dich noch an die Abschlussfahrt nach Prag?", []],
    ["de", "Hallo Frau Aydin, weißt du noch, die Nachtschicht im Lager in Kassel?", []],
    ["de", "Hallo, wissen Sie schon, wie Sie Ihre Lagerkosten in Kassel senken?", ["missing-context"]],
  ]);
});

/**
 * From a second reader's review of this round's lists (sentences the reader wrote, each run on
 * the build before the fixes): news of a move is no city read off a profile ("vi que ahora estás
 * en…"); a deadline or a Portuguese ordinal opening a sentence is no farewell ("Bis Freitag gibt es
 * noch Tickets", "A segunda edição…"); Spanish "le" needs a first-person past, not a future or a
 * French article ("le haré llegar", "sur le marché"); crossing paths, "you too" and "glad to see
 * you here" are no proposal or hook ("On se croise à VivaTech ?", "Se você também passou…",
 * "Nos encantaría verte por aquí en nuestro webinar"); the sender's role keeps a shared place, their
 * child or their work ("soy profesor en la Ibero, donde…", "soy profesora de tu hija Sofía"); the
 * sender's office and region count in a sentence about the two of them; hiring verbs, more seats,
 * regions before "e provincia", thanks with an emoji, "d'Arthur", "della Giulia", "op nummer 8".
 */
describe('the other covered languages: a second reader\'s review of places, farewells and "le"', () => {
  itFindsEachWay([
    ["es", "En breve le haré llegar nuestra propuesta para Grupo Bimbo.", ["missing-context"]],
    ["es", "Con gusto le enviaré nuestro catálogo de servicios en Monterrey.", ["missing-context"]],
    ["es", "A Grupo Modelo le funcionó nuestra estrategia de prospección.", ["missing-context"]],
    ["es", "Cuando Coppel le pidió a nuestro equipo reducir costos, logramos un ahorro del 30%.", ["missing-context"]],
    ["fr", "J'accompagne les PME de Lyon sur le marché B2B.", ["missing-context"]],
    ["es", "Buenas tardes Dña. Elena, le instalé la cocina en su casa de la calle Colón.", []],
    ["es", "Buenos días Sr. Campos, le escribe Lucía Prieto, la que le hizo la mudanza a Oaxaca.", []],
    ["es", "Hola Ana, vi que ahora estás en Mercado Libre, ¡felicidades!", []],
    ["es", "¡Vi que ahora vives en Madrid, qué padre!", []],
    ["pt", "Vi que agora você está em Lisboa, que demais!", []],
    ["it", "Ho visto che ora sei a Londra, che bello!", []],
    ["fr", "J'ai vu que tu es à Montréal maintenant, trop bien !", []],
    ["de", "Hab gerade gesehen, dass du bei Zalando bist – Glückwunsch!", []],
    ["es", "Hola Ana, vi que radicas en Guadalajara y tenemos una vacante ideal.", ["missing-context"]],
    ["fr", "Bonjour Julie, je vois que vous êtes sur Lyon et je me permets de vous contacter.", ["missing-context"]],
    ["it", "Buongiorno, vedo che vive in Lombardia e la nostra azienda installa impianti fotovoltaici.", ["missing-context"]],
    ["pt", "Oi Ana, vi que você mora no Rio e estou montando um time de vendas aí.", ["missing-context"]],
    ["nl", "Ik zie dat je in Eindhoven zit en ik heb een mooie vacature.", ["missing-context"]],
    ["nl", "Ik zie dat je uit Eindhoven komt en ik heb een mooie vacature.", ["missing-context"]],
    ["es", "Hola, veo que vives en Guadalajara, ¿te interesa una membresía de gimnasio?", ["missing-context"]],
    ["de", "Erinnern Sie sich noch an die Energiekrise in Deutschland? Wir haben die Lösung.", ["missing-context"]],
    ["de", "Mir sind in den letzten Wochen viele Mittelständler in Bayern begegnet, die mit dem Fachkräftemangel kämpfen.", ["missing-context"]],
    ["de", "Mir chönnted zäme es Projekt in Züri starte.", ["missing-context"]],
    ["de", "Kannst du dich noch an unseren Workshop in Hamburg erinnern?", []],
    ["de", "Weisst du noch, der Workshop in Hamburg?", []],
    ["de", "Hoi Reto, mir händ üs im Tram in Bern troffe, weisch no?", []],
    ["de", "Guten Tag Herr Roth, erinnern Sie sich noch an mich? Wir haben 2019 bei Bosch zusammengearbeitet.", []],
    ["de", "Bis Freitag gibt es noch Frühbucher-Tickets für die Cloud Expo Europe.", ["missing-context"]],
    ["nl", "Tot vrijdag geldt nog 20% korting op onze training in Utrecht.", ["missing-context"]],
    ["es", "Hasta el viernes tienes 30% de descuento en nuestro diplomado.", ["missing-context"]],
    ["es", "Hasta mañana a las 12:00 puedes inscribirte al webinar gratuito.", ["missing-context"]],
    ["pt", "A segunda edição do nosso MBA em Gestão começa em março.", ["missing-context"]],
    ["pt", "Até sexta-feira, as inscrições para a mentoria estão com 30% de desconto.", ["missing-context"]],
    ["nl", "Tot vrijdag korting op de training.", ["missing-context"]],
    ["fr", "Salut Max, bien reçu ta demande ! À jeudi au foot.", []],
    ["es", "Hola Lu, ¡qué bueno! Nos vemos este sábado en el partido.", []],
    ["de", "Hey Tom, klar nehm ich an! Bis nächsten Montag beim Training.", []],
    ["nl", "Hoi Sem, leuk! We zien elkaar zaterdag bij de hockey!", []],
    ["de", "Hey Tom, klar nehm ich an! Bis Mittwoch beim Training.", []],
    ["es", "¡Nos encantaría verte por aquí en nuestro próximo webinar!", ["missing-context"]],
    ["es", "¡Qué alegría encontrarte por aquí, Nico!", []],
    ["fr", "Trop contente de te retrouver sur LinkedIn !", []],
    ["nl", "Leuk om je hier weer te zien!", []],
    ["it", "Non sapevo come contattarla se non tramite LinkedIn.", ["missing-context"]],
    ["fr", "Je ne savais pas comment vous joindre autrement que par LinkedIn.", ["missing-context"]],
    ["es", "jaja no sabia que tenias linkedin", []],
    ["fr", "On se croise à VivaTech la semaine prochaine ?", ["missing-context"]],
    ["es", "Si nos cruzamos en la Expo ANTAD de Guadalajara, pasen al stand 214.", ["missing-context"]],
    ["pt", "Se você também passou pela dor de contratar devs em São Paulo, vamos conversar.", ["missing-context"]],
    ["pt", "Oi Ana, vi que você também se formou na Unicamp.", []],
    ["nl", "Ik zag dat je ook in Delft bent afgestudeerd.", []],
    ["es", "Hola Laura, soy profesor en la Ibero, donde fuiste mi alumna.", []],
    ["es", "Hola Laura, soy consultora en Madrid y coincidimos en ESADE.", []],
    ["pt", "Oi Ana, sou professor na USP, onde você fez o mestrado.", []],
    ["fr", "Bonjour Julie, je suis consultante chez Capgemini, où nous avons travaillé ensemble.", []],
    ["es", "Hola, soy profesora de tu hija Sofía.", []],
    ["it", "Ciao Marco, sono allenatore di tuo figlio Luca.", []],
    ["pt", "Oi Ana, sou leitora assídua da sua coluna na Folha.", []],
    ["es", "Hola, soy asesora inmobiliaria en Querétaro y te puedo ayudar a encontrar casa.", ["missing-context"]],
    ["it", "Abbiamo giocato insieme a calcetto in zona San Siro.", []],
    ["es", "Trabajamos juntas en nuestra oficina en Polanco.", []],
    ["it", "Ti scrivo perché cerchiamo un agente di commercio per Brescia e provincia.", ["missing-context"]],
    ["nl", "Ik benader je omdat we een accountmanager zoeken voor Zwolle en omgeving.", ["missing-context"]],
    ["pt", "Te escrevo porque buscamos um consultor comercial para Campinas e região.", ["missing-context"]],
    ["it", "Buongiorno, cerco lavoro come autista zona Brescia, mi può aiutare?", ["missing-context"]],
    ["it", "Ti contatto perché stiamo cercando un Responsabile Acquisti.", ["missing-context"]],
    ["it", "Ti contatto per una posizione aperta di Responsabile Acquisti.", ["missing-context"]],
    ["es", "Te contacto porque buscamos un Gerente Comercial.", ["missing-context"]],
    ["es", "Te contacto por una vacante para Gerente Comercial.", ["missing-context"]],
    ["fr", "Je vous contacte car nous recrutons un Directeur Financier.", ["missing-context"]],
    ["fr", "Je vous contacte pour une opportunité de Directeur Financier.", ["missing-context"]],
    ["pt", "Te contato por uma oportunidade de Gerente Comercial.", ["missing-context"]],
    ["nl", "Ik benader je voor de vacature Senior Data Engineer.", ["missing-context"]],
    ["de", "Guten Tag Herr Roth, wir suchen einen Senior Data Engineer für unser Team in Hamburg.", ["missing-context"]],
    ["es", "Somos una consultora ubicada en Monterrey y nos encantaría apoyarte.", ["missing-context"]],
    ["fr", "Nous sommes une start-up située à Lyon et souhaitons vous présenter nos services.", ["missing-context"]],
    ["it", "Siamo un'azienda situata a Brescia e vorremmo presentarti i nostri servizi.", ["missing-context"]],
    ["es", "Busco conectar con profesionales de RRHH en Monterrey, gracias 🙏", ["missing-context"]],
    ["pt", "Adoraria conectar com líderes de RH em Curitiba, valeu!", ["missing-context"]],
    ["fr", "Je souhaite échanger avec des DRH de Lyon et Grenoble, merci par avance !", ["missing-context"]],
    ["it", "Per la chiacchierata di ieri al Codemotion, grazie mille!", []],
    ["es", "Por favor acepta mi solicitud, busco trabajo en Monterrey, gracias", ["missing-context"]],
    ["fr", "Coucou, je suis le papa d'Arthur !", []],
    ["it", "Ciao! Sono la mamma della Giulia!", []],
    ["nl", "Hoi! Hier je buurvrouw op nummer 8!", []],
    ["es", "Me permito presentarle a usted, Arq., nuestro catálogo.", ["missing-context"]],
    ["fr", "Bonjour Julie, je suis chargée de recrutement chez Adecco à Lyon et je me permets de vous contacter.", ["missing-context"]],
    ["es", "Hola Ana, soy responsable de ventas en Grupo Bimbo y me encantaría conectar contigo.", ["missing-context"]],
    ["es", "Hola Ana, soy abogada en Querétaro y me encantaría conectar contigo.", ["missing-context"]],
    ["it", "Ciao Marco, sono ingegnere in Leonardo a Torino e ti scrivo per una collaborazione.", ["missing-context"]],
    ["pt", "Olá Ana, sou advogada em Campinas e adoraria me conectar com você.", ["missing-context"]],
  ]);
});

/**
 * Written for these tests, from the misses of sets 40 and 41: a month a sender wants to start from
 * is proposed, not shared ("un stage à partir de janvier"; German "ab April" stays, mostly a take-over
 * of theirs); "you're here too, at last" in the informal "you"; regards to or from someone named or
 * to their family ("Grüß die Kinder", "a D. Fátima manda cumprimentos"; not "Grüß Gott"); "bist du
 * der aus der 9c?" and a school class as a group; licence classes ("B/BE"); taking over from a named
 * predecessor ("après M. Garnier", "van collega Sanne de Wit").
 */
describe('the other covered languages: start months, "you\'re here too", regards, school classes, taking over', () => {
  itFindsEachWay([
    ["fr", "Bonjour, je cherche un stage en communication à partir de janvier, si vous avez des pistes. Merci d'avance !", ["missing-context"]],
    ["nl", "hoi, ik zoek een bijbaan in de horeca voor september, als je iets weet laat maar weten!", ["missing-context"]],
    ["es", "Hola, busco prácticas en marketing a partir de marzo, ¿me ayudas?", ["missing-context"]],
    ["de", "Sehr geehrte Frau Lang, ich übernehme ab April Ihre frühere Stelle im Einkauf.", []],
    ["de", "hey jonas, endlich bist du auch hier 😄", []],
    ["it", "Uè Fede! Ma sei anche qui? 😂", []],
    ["fr", "Salut Théo, je te retrouve enfin ici !", []],
    ["de", "Guten Tag, schön, dass Sie auch hier sind.", ["missing-context"]],
    ["de", "Hi Jonas, klar! Grüß die Kinder von mir.", []],
    ["fr", "Coucou Manon, bises à Hugo et aux petits !", []],
    ["pt", "Olá Rui, a D. Fátima manda cumprimentos!", []],
    ["nl", "Hoi Eva, doe de groeten aan Pieter!", []],
    ["de", "Grüß Gott Herr Mayr, ich würde mich über eine Vernetzung freuen.", ["generic-phrase", "missing-context"]],
    ["de", "Grüß Dich Stefan, ich bin Recruiter und habe spannende Jobs für dich.", ["missing-context"]],
    ["es", "Hola a todos, saludos a todos los reclutadores.", ["missing-context"]],
    ["de", "hey max, bist du der aus der 9c vom gymi in fulda?", []],
    ["pt", "oi cara, é tu mesmo? do 2º ano do colégio!", []],
    ["nl", "goedemiddag, ik zoek werk als chauffeur B/BE, heeft u iets? alvast bedankt", ["missing-context"]],
    ["fr", "Bonjour Madame, je reprends le suivi de votre dossier après M. Garnier.", []],
    ["it", "Buongiorno, seguirò io la pratica avviata dalla collega Ferri.", []],
    ["nl", "Goedemorgen, ik neem de klantrelatie over van collega Sanne de Wit.", []],
    ["fr", "Bonjour, je reprends contact avec vous au sujet de nos offres de formation.", ["missing-context"]],
    ["nl", "Goedemiddag, neem gerust contact op met onze adviseur van Bouwbedrijf Jansen.", ["missing-context"]],
    ["de", "Guten Tag, ich übernehme gerne die Beratung von Unternehmen in Ihrer Nähe.", ["missing-context"]],
    ["nl", "Goedemorgen, ik neem per 1 mei het team van Karel over.", []],
  ]);
});

/**
 * Written for these tests, from the misses of sets 42 and 43: a blessing is a wish for everyone
 * ("Que Deus abençoe sua semana"); "remember me?" is read with the next sentence, which says from
 * where; a sentence run on past an emoji is also read in its parts, so a same-field claim after the
 * emoji does not undo what came before; "at <firm> we help…" names the sender's firm.
 */
describe('the other covered languages: blessings, "remember me?", emoji-joined sentences, "at our firm we…"', () => {
  itFindsEachWay([
    ["pt", "Bom dia! Que Deus abençoe sua semana em São Paulo 🙏", ["missing-context"]],
    ["es", "¡Buen día! Que Dios te bendiga en este nuevo camino en Monterrey.", ["missing-context"]],
    ["es", "Hola Paco, ¿te acuerdas de mí? Luis, del taller de Renault en Pamplona, allá por 2001.", []],
    ["de", "Erkennst du mich noch? Zivi im Krankenhaus Lörrach, 2011.", []],
    ["it", "Ma sei tu? Quello del corso di vela a Caprera!", []],
    ["es", "¿Te acuerdas de mí? Quiero presentarte nuestra nueva plataforma.", ["missing-context"]],
    ["it", "Ciao Sara, il tuo articolo sul riuso dei tessuti l'ho girato a tutti 😍 Anche io lavoro nel tessile!", []],
    ["es", "Hola 👋 También soy de Monterrey y trabajo en ventas.", ["missing-context"]],
    ["es", "Hola Ana, en Ventamax ayudamos a pymes a vender más por internet.", ["missing-context"]],
    ["pt", "Oi João, na Contaplus ajudamos escritórios a automatizar a folha.", ["missing-context"]],
    ["fr", "Bonjour, chez Lexia nous aidons les cabinets à gagner du temps.", ["missing-context"]],
    ["es", "Hola Marta, en Globant trabajamos juntas en el proyecto de Santander.", []],
  ]);
});

/**
 * Written for these tests, from the misses of sets 44 and 45: an acronym before "Startup" is a
 * kind of firm; acronyms joined by a slash or in the plural ("TPE/PME", "KMO's"); French
 * `{{poste}}` is their job title, no context slot; a sentence opening with "Me" names no referrer;
 * roles in "-ivo"; fields typed without accents ("na area de vendas"); "beide in … tätig sind" is
 * a same-field claim; "saudades das nossas…" speaks of the two of them.
 */
describe('the other covered languages: acronym kinds, {{poste}}, "Me" opening a referral, fields without accents, "saudades"', () => {
  itFindsEachWay([
    ["de", "Hi, ich bin Gründer von einem KI-Startup und wir bauen etwas, das dein Team interessiert.", ["missing-context"]],
    ["fr", "Bonjour, je vous contacte car j'accompagne les gérants de TPE/PME dans leur croissance.", ["missing-context"]],
    ["fr", "Bonjour {{prenom}}, en tant que {{poste}}, vous gérez sûrement beaucoup de candidatures.", ["missing-context"]],
    ["es", "Me comunico de parte de una empresa líder del sector salud que busca perfiles como el suyo.", ["missing-context"]],
    ["es", "hola, busco trabajo como administrativo en Málaga, si sabes de algo te lo agradecería", ["missing-context"]],
    ["pt", "ola estou a procura de emprego na area de vendas, se souber de algo agradeço", ["missing-context"]],
    ["de", "Hallo Jan, ich habe gesehen, dass wir viele gemeinsame Kontakte haben und beide in Linz im Vertrieb tätig sind.", ["missing-context"]],
    ["pt", "Oi Rita! Tenho saudades das nossas tardes na Embraer 😄", []],
  ]);
});

/**
 * Written for these tests, from the misses of sets 46 and 47: a name that looks like a verb with a
 * pronoun ("Nerdearla") stays a name; "our meeting" speaks of the two of them; job openings in a
 * city are a region served ("várias vagas em Lisboa", "vacatures in de Randstad"); a student's
 * subject is stripped with the role, their school is not ("sou estudante da USP").
 */
describe('the other covered languages: verb-like names, "our meeting", openings in a city, a student\'s subject', () => {
  itFindsEachWay([
    ["es", "Hola Facu, nos conocimos en Nerdearla, en el patio.", []],
    ["fr", "Bonjour Mme Roy, j'ai beaucoup apprécié notre rencontre au salon RH de Québec la semaine dernière.", []],
    ["pt", "Olá, tenho várias vagas em Lisboa que combinam com o seu perfil.", ["missing-context"]],
    ["nl", "Hoi, ik heb diverse vacatures in de Randstad die bij je passen.", ["missing-context"]],
    ["it", "Salve, sono uno studente di Economia aziendale e vorrei entrare nella sua rete.", ["missing-context"]],
    ["es", "Hola, soy estudiante de tercer año de Derecho Penal y me encantaría aprender de su experiencia.", ["missing-context"]],
    ["pt", "Olá Ana, sou estudante da USP e vi a sua palestra sobre logística.", []],
  ]);
});

/**
 * Written for these tests, from the misses of sets 48 and 49: "found you here at last" ("hab dich
 * endlich hier gefunden", "achei você aqui", "eindelijk op linkedin"); neighbours in the plural and
 * by floor ("de nieuwe buren op de 2e verdieping"); a predecessor named "mevrouw"; "on s'est perdus
 * de vue"; "¿sos el de la cursada…?"; "somos de la generación 2012"; a hashtag is a topic, no name.
 */
describe('the other covered languages: "found you here", neighbours by floor, "we lost touch", "are you the one from…?", hashtags', () => {
  itFindsEachWay([
    ["de", "hey jonas, hab dich endlich hier gefunden 😄", []],
    ["pt", "kkkk achei você aqui!!", []],
    ["nl", "hee sanne haha eindelijk op linkedin 😂", []],
    ["nl", "Hoi Noor, wij zijn de nieuwe buren op de 2e verdieping. Tot snel!", []],
    ["nl", "Geachte heer Jansen, per 1 juni neem ik de functie van mevrouw Bos over.", []],
    ["fr", "Salut Léo, depuis le camp de Vaujany on s'est perdus de vue ! Tu deviens quoi ?", []],
    ["es", "Che Nico, ¿sos el de la cursada de Contabilidad en la UBA?", []],
    ["es", "Qué tal Ana, somos de la generación 2012 del Tec, campus Toluca.", []],
    ["de", "Liebe Frau Roth, als jemand, der sich für #Leadership und #NewWork begeistert, würde ich mich gern vernetzen.", ["missing-context"]],
    ["es", "Hola, ¿eres el responsable de compras? Te escribo por nuestra oferta.", ["missing-context"]],
  ]);
});

describe('the other covered languages: the new one in their team (not a new sales representative), "are you still in…?" is no tie, "do you remember…", relatives by name, a student\'s subject after a greeting, a title read off a profile', () => {
  itFindsEachWay([
    ["fr", "Bonjour Karim, je suis le nouveau comptable de l'agence de Nantes, ravi de te rejoindre !", []],
    ["es", "Hola Pedro, soy la nueva de contabilidad en la oficina de Zaragoza.", []],
    ["it", "Buongiorno Marco, sono il nuovo responsabile qualità dello stabilimento di Ivrea.", []],
    ["nl", "Hoi Bram, ik ben de nieuwe planner bij de vestiging in Zwolle.", []],
    ["de", "Hallo Frau Keller, ich bin die neue Teamassistenz im Werk Ingolstadt.", []],
    ["pt", "Olá Rui, sou o novo técnico de manutenção na fábrica de Aveiro.", []],
    ["es", "Hola, soy nuevo en LinkedIn y estoy ampliando mi red de contactos en Sevilla.", ["missing-context"]],
    ["es", "Buenos días, soy el nuevo asesor de Seguros Bolívar para la zona de Medellín. Encantado de conectar.", ["missing-context"]],
    ["nl", "Goedemiddag, ik ben de nieuwe accountmanager van Eneco voor de regio Twente.", ["missing-context"]],
    ["de", "Hallo Frau Keller, ich bin die Neue aus dem Einkauf.", []],
    ["fr", "Bonjour Paul, je suis la nouvelle stagiaire, je commence lundi !", []],
    ["de", "Hey, wohnst du noch in Berlin? Wir suchen React-Entwickler:innen in Kreuzberg.", ["missing-context"]],
    ["it", "Lavori ancora in Pirelli? Ho una posizione per te.", ["missing-context"]],
    ["fr", "Bonjour, je suis nouvelle sur LinkedIn et je développe mon réseau dans la région de Lyon.", ["missing-context"]],
    ["nl", "Hoi, ben je nog op zoek naar een nieuwe uitdaging? Ik heb een mooie vacature in Utrecht.", ["missing-context"]],
    ["es", "Hola, ¿sigues en búsqueda de nuevas oportunidades? Tengo una vacante en Madrid.", ["missing-context"]],
    ["fr", "Bonjour, vous êtes toujours à la recherche d'un poste ? Notre cabinet à Lille peut vous aider.", ["missing-context"]],
    ["it", "Ciao, sei ancora in cerca di lavoro? Ti propongo il nostro corso.", ["missing-context"]],
    ["es", "¿Buscas mejoras continuas en tu proceso? Nuestra consultora en Bogotá te ayuda.", ["missing-context"]],
    ["it", "Ciao Marta, ho visto che adesso lavori in Ferrero, grande!", []],
    ["es", "Hola Luis, vi que ahora trabajas en Iberdrola, ¡qué bien!", []],
    ["it", "Buongiorno, ho visto che lavora in Ferrero. Offriamo soluzioni di logistica.", ["missing-context"]],
    ["fr", "Bonjour, je vois que vous êtes Responsable Achats chez Valeo. Nous aidons les acheteurs à gagner du temps.", ["missing-context"]],
    ["es", "Hola, veo que eres Director Comercial en Grupo Bimbo. Te cuento sobre nuestra plataforma.", ["missing-context"]],
    ["pt", "Olá, vejo que você é Gerente de Compras na Ambev. Posso apresentar nossa solução?", ["missing-context"]],
    ["it", "Buongiorno, vedo che è Direttore Tecnico in Brembo. Le presento il nostro software.", ["missing-context"]],
    ["fr", "Salut Zoé, je vois que tu es maintenant Directrice chez Decathlon, bravo !", []],
    ["fr", "Bonjour, étudiant en Licence Pro logistique, je cherche une alternance.", ["missing-context"]],
    ["es", "Buenas tardes, estudiante de Máster en Finanzas, busco prácticas.", ["missing-context"]],
    ["pt", "Bom dia, estudante de Engenharia Civil, procuro estágio.", ["missing-context"]],
    ["es", "te acuerdas del campamento en jaca? jaja", []],
    ["pt", "vc lembra da excursão em ouro preto?", []],
    ["fr", "Tu te souviens du stage à Brest ?", []],
    ["it", "Ti ricordi la gita a Siena?", []],
    ["nl", "Weet je nog, de kampweek in Ede?", []],
    ["fr", "Bonjour, vous vous souvenez de notre offre de bienvenue ? Elle se termine bientôt.", ["missing-context"]],
    ["de", "Moin Jule, endlich auch hier! 😄", []],
    ["de", "Endlich auch hier: unser Whitepaper zu KI im Mittelstand. Jetzt vernetzen!", ["missing-context"]],
    ["de", "Hallo Tim, grüß mir die Bande vom Stammtisch!", []],
    ["de", "Hi Lea, sag Oma Inge, dass der Kuchen super war!", []],
    ["pt", "Oi Nanda, manda um beijo pra Tia Lurdes!", []],
    ["pt", "Opa Rafael, tudo certo? Sou consultor de vendas e quero te apresentar nosso CRM.", ["missing-context"]],
    ["de", "Hallo Nina, Jonas hat erzählt, dass du nach Graz ziehst – melde dich gern!", []],
    ["it", "ciao ale, ma sei tu del coro di Trento??", []],
    ["it", "Ciao, sei tu quello del corso di vela? Che bello!", []],
  ]);
});

describe('the other covered languages: their leaving a place named, a welcome to the team, their mother or brother', () => {
  itFindsEachWay([
    ["pt", "Olá Duda! Então saíste da Galp e ninguém me avisou? 😄", []],
    ["fr", "Salut Max, depuis que t'as quitté la Fnac les pauses sont tristes !", []],
    ["es", "Hola Vero, vi que dejaste Mercadona, ¡mucha suerte!", []],
    ["it", "Ciao Sara, da quando hai lasciato Lavazza non ci siamo più sentite.", []],
    ["de", "Hi Tom, seit du beim Bauhof weg bist, fehlt uns echt wer.", []],
    ["de", "Servus Vroni, hab gehört, dass du nimma bei der Sparkasse bist.", []],
    ["nl", "Hoi Joost, nu je weg bent bij de Rabobank mis ik onze lunches.", []],
    ["fr", "Bonjour, vous avez quitté votre emploi ? Notre formation en ligne vous aide à rebondir.", ["missing-context"]],
    ["fr", "Bonjour, avec notre coach, tu n'es plus seul face à ta reconversion.", ["missing-context"]],
    ["de", "Hallo, mit unserer App musst du nicht mehr bei jeder Rechnung suchen. Lust auf eine Demo?", ["missing-context"]],
    ["es", "Hola, ¿te has ido de vacaciones sin tu seguro? Te ofrecemos el mejor.", ["missing-context"]],
    ["fr", "Salut Manon, bienvenue dans l'équipe compta ! À lundi.", []],
    ["pt", "Oi Ju, bem-vinda ao time de vendas! Qualquer coisa me chama.", []],
    ["nl", "Hoi Daan, welkom bij het team in Zwolle!", []],
    ["it", "Ciao Marco, benvenuto in Enel! Se ti serve una mano scrivimi.", []],
    ["it", "Benvenuto nella mia rete professionale! Ti interessa guadagnare di più?", ["missing-context"]],
    ["es", "Hola Sofía, ¡bienvenida a mi red! Soy mentora de emprendedoras.", ["missing-context"]],
    ["nl", "hoi tim, ik ben de buurvrouw van je moeder, ze zei dat je tips hebt.", []],
    ["it", "Ciao Ale, grazie per sabato e salutami tua sorella!", []],
    ["de", "Hallo Inge, die Rezepte von deiner Mutter hab ich noch immer.", []],
    ["es", "Hola Iñaki, tu padre y el mío hicieron negocios durante años.", []],
    ["nl", "Goedemiddag, zoekt u thuiszorg voor uw moeder? Wij helpen u graag.", ["missing-context"]],
    ["fr", "Bonjour, votre fils cherche un stage de troisième ? Notre plateforme l'aide.", ["missing-context"]],
  ]);
});

describe('the other covered languages: English business terms in German', () => {
  itFindsEachWay([
    ["de", "Hallo, wie viel Zeit kostet Sie Social Media Content pro Woche? Wir haben dafür ein Tool.", ["missing-context"]],
    ["de", "Guten Tag, gerne stelle ich Ihnen unsere Case Studies zum Employer Branding vor.", ["missing-context"]],
    ["de", "Hallo Lena, schön, dich beim Barcamp in Leipzig getroffen zu haben – dein Talk zu Social Media war klasse!", []],
    ["de", "Hi Jonas, wir waren zusammen im Key Account Team bei Henkel. Lass uns vernetzen!", []],
  ]);
});

describe('the other covered languages: a title read off their profile, a housemate or teammate, the new one after the greeting, both in a named group', () => {
  itFindsEachWay([
    ["es", "Hola, veo que eres jefa de mantenimiento en Grupo Antolin. Tenemos repuestos con entrega en 24 h.", ["missing-context"]],
    ["pt", "Bom dia, vi que é diretor financeiro na Sonae. Posso apresentar a nossa plataforma?", ["missing-context"]],
    ["pt", "Olá, reparei que você é Coordenadora de RH na Ambev. Temos um software de ponto eletrônico.", ["missing-context"]],
    ["fr", "Bonjour, j'ai remarqué que vous étiez Responsable Achats chez Leroy Merlin. Puis-je vous présenter notre offre ?", ["missing-context"]],
    ["it", "Buongiorno, vedo che è direttore commerciale presso Barilla. Posso presentarle la nostra piattaforma?", ["missing-context"]],
    ["nl", "Goedemiddag, ik zie dat u directeur bent van een bouwbedrijf in Zwolle. Wij verhuren steigers tegen scherpe prijzen.", ["missing-context"]],
    ["nl", "Hoi, ik zag dat je teamleider bent bij Jumbo. Mag ik je onze planningsapp laten zien?", ["missing-context"]],
    ["es", "Hola Nuria, vi que ahora eres gerente de compras en Bimbo, ¡enhorabuena!", []],
    ["nl", "Hoi Sanne, zag dat je nu teamleider bent bij Jumbo, gefeliciteerd!", []],
    ["nl", "Hoi Ruud, zag dat je advocaat bent geworden in Den Haag, gefeliciteerd!", []],
    ["de", "Hey Jule, deine alte Mitbewohnerin aus der Uni-Zeit hier! Wie geht's dir?", []],
    ["fr", "Coucou Inès, ta coloc de Lyon qui squattait toujours le canapé 😄", []],
    ["es", "Hola Dani, antiguo compañero de piso en Salamanca por aquí 😊", []],
    ["it", "Ciao Giorgio, il tuo vecchio coinquilino di Bologna ti saluta!", []],
    ["nl", "Hé Bas, oud-huisgenoot uit de Biltstraat hier!", []],
    ["nl", "Hoi Tim, teamgenoot van HC Bloemendaal, wist niet dat je hier zat!", []],
    ["nl", "Wij zoeken een nieuwe teamgenoot voor ons salesteam in Utrecht. Interesse?", ["missing-context"]],
    ["fr", "Bonjour, nous cherchons un coéquipier pour notre agence de Nantes. Intéressé ?", ["missing-context"]],
    ["de", "Hallo, suchst du einen Mitbewohner? Unsere App findet ihn für dich.", ["missing-context"]],
    ["fr", "Salut Paul, nouveau stagiaire de l'équipe marketing, à demain !", []],
    ["es", "Hola Carmen, la nueva de contabilidad de la oficina de Zaragoza, ¡encantada!", []],
    ["it", "Ciao Luca, nuovo collega del reparto qualità, ci vediamo in mensa!", []],
    ["es", "Hola, nuevo en LinkedIn y buscando oportunidades en marketing.", ["missing-context"]],
    ["fr", "Bonjour, nouveau sur LinkedIn, je cherche un poste en logistique à Lyon.", ["missing-context"]],
    ["pt", "Olá Bia, somos as duas sócias do Clube Naval de Cascais.", []],
    ["fr", "Bonjour Marc, nous sommes tous les deux bénévoles des Restos du Cœur à Lille.", []],
    ["de", "Hallo Frau Weber, wir sind beide Mitglieder im Rotary Club Freiburg.", []],
    ["nl", "Hoi Joris, we zijn allebei lid van de Roeivereniging Okeanos.", []],
    ["es", "Hola, ambos somos miembros de la comunidad de marketing digital.", ["missing-context"]],
    ["it", "Ciao, siamo entrambi membri del gruppo LinkedIn Marketing Italia. Colleghiamoci!", ["missing-context"]],
  ]);
});

describe('the other covered languages: "X introduced us"', () => {
  itFindsEachWay([
    ["it", "Ciao Pietro, ci ha presentati Chiara, sentiamoci per quel caffè!", []],
    ["es", "Hola Leo, nos presentó Marta, ¡un placer!", []],
    ["de", "Hallo Jan, Lena hat uns einander vorgestellt – freut mich!", []],
    ["nl", "Hoi Kim, Joost heeft ons aan elkaar voorgesteld, leuk!", []],
    ["pt", "Olá Rita, o Pedro apresentou-nos, prazer!", []],
    ["fr", "Bonjour Hugo, Camille nous a présentés, ravi !", []],
    ["it", "Ciao, un amico comune ci ha presentati, posso proporti il nostro corso?", ["missing-context"]],
    ["es", "Hola, unos amigos en común nos presentaron. ¿Te interesa nuestra mentoría?", ["missing-context"]],
  ]);
});

describe('the other covered languages: a housemate or teammate sought, a new representative for a region, teammates and volunteers in Italian, Spanish and Portuguese', () => {
  itFindsEachWay([
    ["fr", "Bonjour ! Le club recrute de nouveaux coéquipiers pour la saison, entraînements le mardi.", ["missing-context"]],
    ["es", "¿Buscas compañero de piso? Nuestra app te encuentra habitación en una semana.", ["missing-context"]],
    ["it", "Cerchi coinquilini affidabili? Iscriviti alla nostra app e trova casa in pochi giorni.", ["missing-context"]],
    ["pt", "Companheiro de equipa no andebol, que saudades desses treinos!", []],
    ["it", "Compagna di squadra della pallavolo ai tempi del liceo 🏐", []],
    ["es", "Hola Iker, compañero de equipo del Club Remo Orio, ¡qué alegría verte por aquí!", []],
    ["it", "Ciao Marco, nuova nel team di Fastweb per la zona di Verona! Ti va una chiamata?", ["missing-context"]],
    ["nl", "Hoi Kim, ik ben de nieuwe in het team van Eneco voor de regio Twente. Zin in een kennismaking?", ["missing-context"]],
    ["it", "Ciao Ale, siamo tutti e due volontari alla Croce Rossa di Parma.", []],
    ["es", "Hola Nerea, somos las dos voluntarias en la Cruz Roja de Bilbao, turno de tarde.", []],
    ["it", "Ciao Giulia, sono la nuova collega in area vendite dello stabilimento di Bergamo!", []],
    ["es", "Hola Pablo, soy la nueva compañera en el área de finanzas de la oficina de Bilbao.", []],
  ]);
});
