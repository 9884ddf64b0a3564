import * as assert from 'node:assert/strict';
import Mustache from 'mustache';
import { render } from '../../src/core';

/** Front matter helper: keeps the test documents readable. */
const doc = (frontMatter: string, body: string) => `---\n${frontMatter}\n---\n${body}`;

describe('render', () => {
  it('renders a plain message without front matter unchanged', () => {
    const result = render('Hi Dana, we met at the Berlin meetup.');
    assert.equal(result.text, 'Hi Dana, we met at the Berlin meetup.');
    assert.equal(result.ok, true);
    assert.equal(result.length, 37);
  });

  it('renders an empty document as empty text', () => {
    assert.equal(render('').text, '');
    assert.equal(render('').ok, true);
    assert.equal(render('---\nname: Dana\n---\n').text, '');
  });

  it('drops the front matter and fills variables', () => {
    const result = render(doc('name: Dana\ncontext: your talk on error budgets', 'Hi {{name}}, I enjoyed {{context}}.'));
    assert.equal(result.text, 'Hi Dana, I enjoyed your talk on error budgets.');
  });

  it('leaves &, <b> and quotes unescaped', () => {
    const result = render(doc('company: AT&T\ntag: "<b>"\nquote: \'"Ship it"\'', '{{company}} {{tag}} {{quote}} it\'s'));
    assert.equal(result.text, 'AT&T <b> "Ship it" it\'s');
  });

  it('does not change mustache.js escaping for other users of the library', () => {
    render(doc('company: AT&T', '{{company}}'));
    assert.equal(Mustache.render('{{x}}', { x: 'AT&T' }), 'AT&amp;T');
  });

  it('uses sections and inverted sections as fallbacks', () => {
    const template = 'Hi {{name}}{{^name}}there{{/name}}{{#company}}, from {{company}}{{/company}}!';
    assert.equal(render(doc('name: Dana\ncompany: Acme', template)).text, 'Hi Dana, from Acme!');
    assert.equal(render(doc('other: 1', template)).text, 'Hi there!');
  });

  it('looks up dotted names', () => {
    assert.equal(render(doc('event:\n  name: DevOpsDays\n  city: Berlin', 'At {{event.name}} in {{event.city}}.')).text, 'At DevOpsDays in Berlin.');
  });

  it('drops lines that hold only a comment or a section tag', () => {
    const body = 'Hi Dana,\n{{! remember the coffee }}\n{{#company}}\nAt {{company}}.\n{{/company}}\nBye';
    assert.equal(render(doc('company: Acme', body)).text, 'Hi Dana,\nAt Acme.\nBye');
  });

  it('strips trailing spaces, collapses blank lines and trims the ends', () => {
    assert.equal(render('\n\n  \nHi Dana,   \n\n\n\nSee you.\t\n\n').text, 'Hi Dana,\n\nSee you.');
  });

  it('turns CRLF into LF and ignores a byte-order mark', () => {
    const result = render('\uFEFF---\r\nname: Dana\r\n---\r\nHi {{name}},\r\nbye\r\n');
    assert.equal(result.text, 'Hi Dana,\nbye');
  });

  it('counts length in UTF-16 code units: an emoji costs 2, a line break 1', () => {
    const result = render('Hi Zoë 👋\nbye');
    assert.equal(result.text, 'Hi Zoë 👋\nbye');
    assert.equal(result.length, 6 + 1 + 2 + 1 + 3);
  });

  it('reports an unclosed section as an error on the line of its opening tag', () => {
    const result = render(doc('name: Dana', 'Hi {{name}},\n{{#company}}at {{company}}\nbye'));
    assert.equal(result.ok, false);
    assert.equal(result.text, '');
    assert.equal(result.problems.length, 1);
    assert.equal(result.problems[0].line, 5);
    assert.equal(result.problems[0].column, 1);
    assert.match(result.problems[0].message, /company.*never closed/);
  });

  it('reports bad YAML as an error on its line', () => {
    const result = render('---\nname: Dana\ncontext: [unclosed\n---\nHi');
    assert.equal(result.ok, false);
    assert.ok(result.problems[0].line >= 3 && result.problems[0].line <= 4, `line ${result.problems[0].line}`);
    assert.match(result.problems[0].message, /Front matter/);
  });

  it('reports front matter that is never closed', () => {
    const result = render('---\nname: Dana\nHi');
    assert.equal(result.ok, false);
    assert.equal(result.problems[0].line, 1);
    assert.match(result.problems[0].message, /never closed/);
  });

  it('lets each recipient override the top-level keys', () => {
    const source = doc('company: Acme\nrecipients:\n  - name: Omar\n  - name: Lee\n    company: Initech', 'Hi {{name}} at {{company}}');
    assert.deepEqual(render(source).recipients, ['Omar', 'Lee']);
    assert.equal(render(source).text, 'Hi Omar at Acme');
    assert.equal(render(source, { recipient: 'lee' }).text, 'Hi Lee at Initech');
    const missing = render(source, { recipient: 'Zed' });
    assert.equal(missing.ok, false);
    assert.match(missing.problems[0].message, /Omar, Lee/);
  });

  it('renders a variable with no value as nothing', () => {
    assert.equal(render('Hi {{first_name}}, hello').text, 'Hi , hello');
  });

  it('takes the limit from the front matter over the option', () => {
    assert.equal(render(doc('limit: free', 'x'), { limit: 300 }).limit, 200);
    assert.equal(render(doc('limit: 250', 'x')).limit, 250);
    assert.equal(render('x', { limit: 180 }).limit, 180);
    assert.equal(render('x').limit, 200, "a free account's box, which fits every account");
  });

  it('matches mustache.render without escaping on ordinary templates', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ a: 'x', list: [{ n: 1 }, { n: 2 }] }, '{{a}}{{#list}}-{{n}}{{/list}}'],
      [{ flag: true, s: 'str' }, '{{#flag}}on{{/flag}}{{^flag}}off{{/flag}} {{#s}}[{{.}}]{{/s}}'],
      [{ o: { p: { q: 'deep' } } }, '{{o.p.q}} {{#o}}{{p.q}}{{/o}} {{{o.p.q}}} {{&o.p.q}}'],
      [{ n: 0, e: [] }, '{{#n}}no{{/n}}{{^n}}zero{{/n}}{{#e}}x{{/e}}{{^e}}empty{{/e}}'],
    ];
    for (const [view, template] of cases) {
      const expected = Mustache.render(template, view, {}, { escape: (value: string) => value });
      // JSON is YAML, so the view can be written as front matter as it is.
      assert.equal(render(`---\n${JSON.stringify(view)}\n---\n${template}`).text, expected, template);
    }
  });

  it('never changes the source it is given', () => {
    const source = doc('name: Dana', 'Hi {{name}}  \n\n\n\nbye');
    const copy = source.slice();
    render(source);
    assert.equal(source, copy);
  });
});

describe('render agrees with mustache.js', () => {
  /** The product's whitespace rules, written plainly on strings, as the reference. */
  const tidy = (text: string) =>
    text.replace(/\r\n|\r/g, '\n').replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '');

  const fragments = ['Hi ', 'we met', '{{name}}', '{{{name}}}', '{{&name}}', '{{#a}}', '{{/a}}', '{{^a}}', '{{#list}}', '{{/list}}', '{{.}}',
    '{{! note }}', '\n', '\r\n', '  ', '\t', 'x', '{', '}', '{{', '}}', 'AT&T', '<b>'];

  it('on random templates: same text, or both refuse', async () => {
    const fc = await import('fast-check');
    const views = [{ name: 'Dana & <b>', a: true, list: ['p', 'q'] }, { a: false, list: [] }, { name: 'Lee', a: { name: 'inner' }, list: 'str' }];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 40 }), fc.constantFrom(...views), (parts, view) => {
        const template = parts.join('');
        let expected: string | undefined;
        try {
          expected = tidy(Mustache.render(template, view, {}, { escape: (value: string) => value }));
        } catch {
          expected = undefined;
        }
        const result = render(`---\n${JSON.stringify(view)}\n---\n${template}`);
        if (expected === undefined) assert.equal(result.ok, false, template);
        else assert.equal(result.text, expected, JSON.stringify(template));
      }),
      { numRuns: 3000 },
    );
  });
});
