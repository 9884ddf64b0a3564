/**
 * Slots a template left unfilled, matched in the rendered text. Each pattern has corpus-style
 * examples and counter-examples that a unit test walks.
 */
export interface PlaceholderPattern {
  id: string;
  pattern: RegExp;
  examples: readonly string[];
  counterExamples: readonly string[];
  /** Looked for only once tags are rendered: in a body that cannot be rendered, tags are still tags. */
  renderedOnly?: boolean;
}

/**
 * Letters that stand for any word: "XXX", "XYZ", "TODO", and after a title a lower-case "xxx"
 * ("Hallo Herr xxx"; elsewhere "xxx" may be kisses). The other languages' context check reads
 * them as no name.
 */
export const FILLER_LETTERS = /\b(?:X{2,}|XYZ|TODO|TBD|FIXME)\b|(?<=\b(?:Herr|Frau|Mr|Mrs|Ms|Mme|Sr|Sra|Sig|Dott|Dr)\.?\s)x{2,}\b/g;

export const PLACEHOLDER_PATTERNS: readonly PlaceholderPattern[] = [
  {
    id: 'square-brackets',
    // Not a markdown link "[text](url)", and not a footnote "[1]".
    pattern: /\[(?!\d+\])[^[\]\n]{1,80}\](?!\()/g,
    examples: ['Hi [Name],', 'your post on [topic]', '[X] years', '[INSERT TOPIC HERE]'],
    counterExamples: ['see [1]', 'my [site](https://example.com)', 'no brackets here'],
  },
  {
    id: 'single-braces',
    // `{{…}}` never reaches the rendered text, so a brace pair left there is a slot.
    pattern: /(?<!\{)\{[A-Za-z_][^{}\n]{0,60}\}(?!\})/g,
    examples: ['Hi {firstName},', 'at {Company}'],
    counterExamples: ['a { b } c', 'JSON like {"a": 1}'],
  },
  {
    id: 'angle-brackets',
    // Not an email or web address, and not a simple HTML tag.
    pattern: /<(?!\/?(?:b|i|u|em|strong|br|p|a|span|div)\b)[A-Za-z][^<>\n@:/]{0,60}>/g,
    examples: ['at <event>', 'Hi <first name>,'],
    counterExamples: ['<dana@example.com>', '<https://example.com>', 'AT&T <b>bold</b>', 'a < b > c'],
  },
  {
    id: 'filler-letters',
    pattern: FILLER_LETTERS,
    examples: ["I'm in the XXX business", 'a conversation about XYZ', 'TODO: add event', 'Hallo Herr xxx, gerne'],
    counterExamples: ['Xbox', 'the XL size', 'todo list app', 'See you soon, xxx'],
  },
  {
    id: 'fill-in-words',
    pattern: /\bINSERT\b[^.\n]{0,60}?\bHERE\b|\b(?:NameHere|NAME HERE|YOUR NAME|THEIR NAME|FIRST NAME|COMPANY NAME|EVENT NAME)\b/g,
    examples: ['Dear INSERT NAME HERE,', 'Dear NameHere,', 'ABC at COMPANY NAME'],
    counterExamples: ['Insert coin here', 'your name came up'],
  },
  {
    id: 'leftover-tag',
    // Tags are gone once rendered: a `{{name}}` still in the text is plain text that would be
    // copied, written after the delimiters changed (`{{=<% %>=}}`) or typed into a value.
    pattern: /\{\{(?![!=])[^{}\n]{1,60}\}\}/g,
    renderedOnly: true,
    examples: ['Hi {{name}},', 'at {{ company }}'],
    counterExamples: ['Hi Ana,', 'a {{! note }}', 'JSON like {"a": {"b": 1}}'],
  },
  {
    id: 'code-variables',
    // A template engine's variable left in the text: `${name}`, `${state.profile.companyName}` (d2-114, d2-115).
    pattern: /\$\{[^{}\n]{1,80}\}/g,
    examples: ['Hi ${name},', 'at ${state.profile.companyName}'],
    counterExamples: ['it costs $10', 'a {b} c'],
  },
  {
    id: 'parenthesised-slots',
    // Alternatives to choose from, or a slot word in brackets: "(meeting/talking/whatever)", "(company)".
    // Single letters are a job ad's gender marker, not a choice: "(m/w/d)", "(H/F)", "(m/v/x)".
    // The choice stands in a sentence, a word after it; a closing aside is the sender's own list:
    // "in de logistiek (reachtruckchauffeur / orderpicker).".
    pattern: /\((?!(?:\p{L} ?\/ ?){1,3}\p{L}\))(?:\p{L}+ ?\/ ?){1,5}\p{L}+\)(?=[ \t]+\p{L})|\((?:company|company name|name|first name|last name|role|title|job title|industry|city|event|topic|field|reason)\)/giu,
    examples: ['great (meeting/talking/whatever) you', 'a leader at (company).', 'your post on (topic)'],
    counterExamples: ['we met (finally!) at PyCon', 'a talk (in Berlin)', 'and/or', 'Senior Game Designer (m/w/d) in München', 'Chargé de recrutement (H/F)', 'een nieuwe uitdaging in de logistiek (reachtruckchauffeur / orderpicker).'],
  },
  {
    id: 'capital-slot-words',
    // A slot word in capitals where the text around it is not: "Hi FNAME,", "at COMPANY".
    pattern: /(?<![A-Z]{2,}\s)\b(?:F?NAME|FNAME|LNAME|FIRST_?NAME|LAST_?NAME|FULL_?NAME|YOUR_?NAME|THEIR_?NAME|COMPANY(?:_?NAME)?|FIRM(?:_?NAME)?|JOB_?TITLE|EVENT_?NAME)\b(?!\s[A-Z]{2,}\b)/g,
    examples: ['Hi FNAME, great meeting you', 'a role at COMPANY.', 'Dear FIRSTNAME,'],
    counterExamples: ['AT&T, NASA, IBM, B2B and SaaS', 'THE COMPANY PICNIC', 'Name the place'],
  },
  {
    id: 'name-words',
    // Mail-merge field names written as words: "Hi Firstname,", "Dear Lastname".
    pattern: /\b(?:First[ _]?[Nn]ame|Last[ _]?[Nn]ame|Full[ _]?[Nn]ame|Firstname|Lastname|Fullname|Vorname|Nachname|Prénom|Nombre|Nome|Naam|Voornaam)\b/g,
    examples: ['Hi Firstname, I see', 'Dear Lastname,', 'Hallo Vorname,', 'Ciao Nome,'],
    counterExamples: ['his first name is Ana', 'Nominee', 'Nomenclature'],
  },
  {
    id: 'dummy-names',
    // Stock dummies for a company or school: "Company X", "ABC Corp", "XYZ Inc".
    pattern: /\b(?:Company|Firm|Organi[sz]ation|Agency|Startup|Client) [XYZ]\b|\b(?:ABC|XYZ) (?:Corp(?:oration)?|Inc|Ltd|Company|Co|Group|Industries)\b/g,
    examples: ['professionals at Company X', 'a recruiter with ABC Corp', 'at XYZ Inc.'],
    counterExamples: ['Company Xerox', 'ABC News', 'Acme Corp'],
  },
  {
    id: 'dummy-people',
    // Each language's stock dummy for a person, and a title before a letter: "Pinco Pallo" (the
    // Italian John Doe), "Max Mustermann", "Fulano", "Herr/Frau XY". The dummies that are common
    // real names ("Mario Rossi", "Jean Dupont", "Jan Jansen") only where a template greets its
    // recipient: ten notes written blind, by five writers, greet "Mario Rossi", "Jean Dupont" or
    // "Jan Jansen" as an unfilled name (test/fixtures/blind/); in a sentence about someone
    // ("Mario Rossi mi ha parlato di te") they are left alone, as real people have them.
    pattern: /\b(?:Pinco Pall(?:o|ino)|Max(?:ima)? Mustermann|Erika Mustermann|Fulan[oa](?: de Tal)?|Beltran[oa]|Sicran[oa]|John Doe|Jane Doe)\b|\b(?:Herr|Frau|Herr\/Frau|Frau\/Herr|Mr\.?|Mrs\.?|Ms\.?|Monsieur|Madame|Sr\.?|Sra\.?|Dhr\.?|Mevr\.?) (?:XY?Z?|NN|N\.N\.)(?![\p{L}\p{N}])|(?<=\b(?:Herr|Frau) )Muster(?:mann|frau)\b|(?<=\b(?:Gentile|Egregio|Caro|Ciao|Buongiorno|Salve|Sig\.|Dott\.) )Mario Rossi\b|(?<=\b(?:Bonjour|Cher|Monsieur|M\.) )Jean Dupont\b|(?<=\b(?:Beste|Geachte|Hallo|Hoi|Dag|Hi|heer) )Jan Jansen\b/gu,
    examples: ['Ciao, sono Pinco Pallo e ho più di 5mila contatti!', 'Guten Tag Herr/Frau XY, als Spezialist', 'Oi Fulano, vi que você atua', 'Sehr geehrter Herr Max Mustermann', 'Sehr geehrter Herr Mustermann,', 'Gentile Mario Rossi, desidero ampliare', 'Bonjour Jean Dupont, je développe', 'Beste Jan Jansen, graag voeg ik u toe'],
    counterExamples: ['Guten Tag Herr Xaver Huber', 'Mario Rossi mi ha parlato di te', 'the X Games', 'Jean Dupont, notre directeur, vous a écrit', 'Frau Musterle'],
  },
  {
    id: 'blank-marks',
    // Japanese and Chinese mark a blank with two circles, crosses or triangles: "〇〇先生", "××様".
    pattern: /[〇○◯●×✕△□]{2,}/gu,
    examples: ['〇〇先生', '○○様、先日はありがとうございました', '××さん'],
    counterExamples: ['〇 one circle', '2×3'],
  },
  {
    id: 'underscores',
    pattern: /_{3,}/g,
    examples: ['_____ would like to add you'],
    counterExamples: ['snake_case_name'],
  },
  {
    id: 'so-and-so',
    pattern: /\b(?:so[- ]and[- ]so|such[- ]and[- ]such)\b/gi,
    examples: ['you and I both know (so and so)', 'So-and-so has indicated', 'such-and-such group'],
    counterExamples: ['and so on', 'such a good talk'],
  },
  {
    id: 'letter-for-name',
    // "Dear x," or "Hi X!": a single letter standing for the name.
    pattern: /\b(?:[Dd]ear|[Hh]i|[Hh]ello|[Hh]ey) [xX](?=[,!:])|\bX (?:University|College|School|Company|Corp|Inc)\b/g,
    examples: ['Dear x,', 'Hi X!', 'an MS student at X University'],
    counterExamples: ['Dear Xavier,', 'Hi Xi,', 'X marks the spot'],
  },
];
