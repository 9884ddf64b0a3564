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
    pattern: /\b(?:X{2,}|XYZ|TODO|TBD|FIXME)\b/g,
    examples: ["I'm in the XXX business", 'a conversation about XYZ', 'TODO: add event'],
    counterExamples: ['Xbox', 'the XL size', 'todo list app'],
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
