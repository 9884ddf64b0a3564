import * as assert from 'node:assert/strict';
import Mustache from 'mustache';
import { analyze, applyEdits, fixAll, lint, render, type JsonFinding } from '../../src/core';
import { coveredText, findingsOf } from './helpers';

/**
 * Kinds of fault found in the bug trackers of other mustache, YAML front-matter and lint tools,
 * each tried on Invite Writer: delimiters, template errors, partials, dotted names, values as
 * typed, and user phrases in other scripts. Positions are line:column as in `--format json`.
 */
const at = (finding: Pick<JsonFinding, 'line' | 'column' | 'endLine' | 'endColumn'>) => `${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}`;
const templateErrors = (source: string) => findingsOf('template-error', source);
const parses = (template: string) => {
  try {
    new Mustache.Writer().parse(template);
    return true;
  } catch {
    return false;
  }
};

describe('set delimiters', () => {
  it('a delimiter change that gives one delimiter is an error on its tag, and render names its line and column', () => {
    const source = 'Hi Ana, {{=<%=}}\nWe met at the summit.\nMore text here.\nBye.\n';
    assert.deepEqual(templateErrors(source).map(at), ['1:9-1:17']);
    const result = render(source);
    assert.equal(result.ok, false);
    assert.deepEqual(result.problems.map((p) => [p.line, p.column]), [[1, 9]]);
  });

  it('disable comments follow the delimiters in force', () => {
    assert.deepEqual(lint('{{=<% %>=}}\n<%! invite-disable placeholder %>\nHi [Name], we met at PyCon.'), []);
    assert.deepEqual(lint('{{=<% %>=}}\n<%! invite-disable-next-line %>\nHi [Name], we met at PyCon.'), []);
  });

  it('after a change, {{! … }} is plain text: it is copied, silences nothing, and the author is told how to write it', () => {
    const source = '{{=<% %>=}}\n{{! invite-disable placeholder }}\nHi [Name], we met at PyCon.';
    assert.equal(render(source).text, '{{! invite-disable placeholder }}\nHi [Name], we met at PyCon.');
    assert.ok(findingsOf('placeholder', source).some((f) => f.message.includes('[Name]')), 'nothing is silenced');
    const [notice] = templateErrors(source);
    assert.equal(at(notice), '2:1-2:34');
    assert.match(notice.message, /plain text: it is copied into the note and silences nothing\. Write it as `<%! invite-disable placeholder %>`/);
    const fixed = fixAll(source);
    assert.equal(fixed, '{{=<% %>=}}\n<%! invite-disable placeholder %>\nHi [Name], we met at PyCon.');
    assert.deepEqual(lint(fixed), []);
  });

  it('the placeholder rule reads a {{tag}} in old delimiters as text that would be copied', () => {
    const source = '{{=<% %>=}}\nHi {{name}}, we met at PyCon.';
    const [slot] = findingsOf('placeholder', source);
    assert.equal(coveredText(source, slot), '{{name}}');
    assert.deepEqual(findingsOf('placeholder', '---\nname: Ana\n---\n{{=<% %>=}}\nHi <%name%>, we met at PyCon.'), []);
  });

  it('template errors point at tags in the new delimiters and give advice in them', () => {
    const [error] = templateErrors('{{=<% %>=}}\nHi <%#company%>there');
    assert.equal(at(error), '2:4-2:16');
    assert.match(error.message, /add `<%\/company%>` where it should end/);
  });
});

describe('every template syntax error has an exact span and advice that works', () => {
  /** Each kind: a template, the span of its error, and the template once the advice is followed. */
  const kinds: { name: string; template: string; span: string; advice: RegExp; followed: (template: string) => string }[] = [
    { name: 'unclosed tag', template: 'Hi {{name, we met', span: '1:4-1:6', advice: /add `}}` where it ends/, followed: (t) => t.replace('{{name', '{{name}}') },
    { name: 'unclosed triple mustache', template: 'Hi {{{name}}, we met', span: '1:4-1:7', advice: /`{{{` tag is never closed: add `}}}`/, followed: (t) => t.replace('{{{name}}', '{{{name}}}') },
    { name: 'unclosed & tag', template: 'Hi {{&name, we met', span: '1:4-1:7', advice: /`{{&` tag is never closed: add `}}`/, followed: (t) => t.replace('{{&name', '{{&name}}') },
    { name: 'unclosed section', template: 'Hi{{#company}} from {{company}}\nBye', span: '1:3-1:15', advice: /add `{{\/company}}` where it should end/, followed: (t) => t.replace('{{company}}', '{{company}}{{/company}}') },
    { name: 'unclosed inverted section', template: 'Hi {{^name}}there', span: '1:4-1:13', advice: /add `{{\/name}}`/, followed: (t) => `${t}{{/name}}` },
    { name: 'unopened section', template: 'Hi there{{/company}}!', span: '1:9-1:21', advice: /add `{{#company}}` before it, or remove it/, followed: (t) => t.replace('{{/company}}', '') },
    { name: 'mismatched section', template: '{{#company}}at {{company}}{{/name}}', span: '1:27-1:36', advice: /change it to `{{\/company}}`/, followed: (t) => t.replace('{{/name}}', '{{/company}}') },
    { name: 'nested sections closed out of order', template: '{{#a}}{{#b}}x{{/a}}{{/b}}', span: '1:14-1:20', advice: /change it to `{{\/b}}`/, followed: (t) => t.replace('{{/a}}{{/b}}', '{{/b}}{{/a}}') },
    { name: 'delimiters without a pair', template: '{{= =}}Hi', span: '1:1-1:8', advice: /needs two/, followed: (t) => t.replace('{{= =}}', '{{=<% %>=}}') },
  ];
  for (const kind of kinds) {
    it(`${kind.name}: ${JSON.stringify(kind.template)}`, () => {
      assert.equal(parses(kind.template), false, 'mustache.js refuses it');
      const errors = templateErrors(kind.template);
      assert.deepEqual(errors.map(at), [kind.span]);
      assert.match(errors[0].message, kind.advice);
      const followed = kind.followed(kind.template);
      assert.ok(parses(followed), `following the advice gives a template mustache.js reads: ${JSON.stringify(followed)}`);
      assert.deepEqual(templateErrors(followed), []);
    });
  }

  it('triple mustache and & tags render unescaped, and are no error', () => {
    assert.equal(render('---\nx: AT&T\n---\n{{{x}}} {{&x}} {{x}}').text, 'AT&T AT&T AT&T');
  });
});

describe('partials', () => {
  it('get a finding on the tag, and render nothing', () => {
    const source = 'We met at the summit. {{> signature}}\n';
    const [finding] = templateErrors(source);
    assert.equal(at(finding), '1:23-1:38');
    assert.match(finding.message, /partial, and an invite has none: it renders nothing/);
    assert.equal(render(source).text, 'We met at the summit.');
    const remove = analyze(source).findings[0].fixes.find((fix) => fix.title === 'Remove the partial');
    assert.ok(remove);
    assert.equal(applyEdits(source, remove.edits), 'We met at the summit. \n');
  });

  it('are found in any delimiters, each of them', () => {
    assert.deepEqual(templateErrors('{{>a}} and {{> b }}\n{{=<% %>=}}<%>c%>').map(at), ['1:1-1:7', '1:12-1:20', '2:12-2:18']);
  });
});

describe('dotted names', () => {
  it('an empty {{a.b}} is told to add b: nested under a:, never a key a.b:', () => {
    const source = '---\nname: Ana\n---\nWe met in {{event.city}}.';
    const [finding] = findingsOf('placeholder', source);
    assert.match(finding.message, /add `city:` nested under `event:` in the front matter/);
    assert.match(finding.message, /a key written `event.city:` is never read/);
    const fix = analyze(source).findings.flatMap((f) => f.fixes).find((f) => f.title === 'Add `city:` under `event:` in the front matter');
    assert.ok(fix);
    const fixed = applyEdits(source, fix.edits);
    assert.equal(fixed, '---\nname: Ana\nevent:\n  city: \n---\nWe met in {{event.city}}.');
    assert.equal(render(fixed.replace('city: ', 'city: Lisbon')).text, 'We met in Lisbon.');
  });

  it('offers no fix that would go inside a map that is there already', () => {
    const source = '---\nevent:\n  name: PyCon\n---\nWe met at {{event.name}} in {{event.city}}.';
    const finding = analyze(source).findings.find((f) => f.rule === 'placeholder');
    assert.ok(finding);
    assert.ok(!finding.fixes.some((fix) => fix.safe));
  });

  it('deeper paths nest deeper, with the cursor on the value', () => {
    const fix = analyze('At {{a.b.c}}.').findings.flatMap((f) => f.fixes).find((f) => f.title.startsWith('Add `c:`'));
    assert.equal(fix?.edits[0].text, '---\na:\n  b:\n    c: \n---\n');
    assert.equal(fix?.edits[0].snippet, '---\na:\n  b:\n    c: ${1}\n---\n');
  });
});

describe('front-matter values are copied as typed', () => {
  it('numbers keep their digits', () => {
    assert.equal(render('---\nversion: 3.10\nzip: 01234\nhex: 0x1F\nsizes: [1.50, 2]\n---\nv{{version}} {{zip}} {{hex}} {{sizes}}').text, 'v3.10 01234 0x1F 1.50,2');
  });

  it('reserved keys keep their types: limit is a whole number, free or premium', () => {
    assert.equal(render('---\nlimit: 20\n---\nx').limit, 20);
    assert.equal(render('---\nlimit: free\n---\nx').limit, 200);
    for (const bad of ['3.5', '0', '-4', 'lots']) {
      assert.ok(findingsOf('template-error', `---\nlimit: ${bad}\n---\nWe met at PyCon.`).some((f) => /`limit` must be/.test(f.message)), bad);
    }
  });

  it('booleans and empty values keep their meaning in sections', () => {
    assert.equal(render('---\nshow: false\nname:\n---\n{{#show}}shown{{/show}}{{^name}}there{{/name}}').text, 'there');
  });
});

describe('user phrases match whole words in every script', () => {
  const hits = (text: string, phrase: string) => lint(text, { extraGenericPhrases: [phrase] }).filter((f) => f.rule === 'generic-phrase').map((f) => coveredText(text, f));
  it('Cyrillic: рад is found in "Я рад знакомству." and not inside радио', () => {
    assert.deepEqual(hits('Я рад знакомству.', 'рад'), ['рад']);
    assert.deepEqual(hits('Слушаю радио каждый день.', 'рад'), []);
  });
  it('Latin with accents: café is not found inside cafés', () => {
    assert.deepEqual(hits('Two cafés on the corner.', 'café'), []);
    assert.deepEqual(hits('The café on the corner.', 'café'), ['café']);
  });
  it('scripts written without spaces: a word is found at its dictionary boundaries', () => {
    assert.deepEqual(hits('コーヒーが好きです', 'コーヒー'), ['コーヒー']);
  });
  it('Greek, ignoring case', () => {
    assert.deepEqual(hits('Χάρηκα ΠΟΛΥ για τη γνωριμία', 'πολυ'), ['ΠΟΛΥ']);
    assert.deepEqual(hits('Πολυτεχνείο', 'πολυ'), []);
  });
});

describe('template errors offer a fix where one is clear', () => {
  const fixed = (source: string, title: RegExp) => {
    const fix = analyze(source).findings.filter((f) => f.rule === 'template-error').flatMap((f) => f.fixes).find((f) => title.test(f.title));
    assert.ok(fix, `no fix ${title} for ${JSON.stringify(source)}`);
    return applyEdits(source, fix.edits);
  };
  it('closes a section at the end of its paragraph', () => {
    const source = '---\ncompany: Acme\n---\nHi Dana,{{#company}} congrats on the launch at {{company}}.\n\nBest, Sam\n';
    const after = fixed(source, /^Close \{\{#company\}\} at the end of its paragraph$/);
    assert.equal(after, '---\ncompany: Acme\n---\nHi Dana,{{#company}} congrats on the launch at {{company}}.{{/company}}\n\nBest, Sam\n');
    assert.equal(render(after).text, 'Hi Dana, congrats on the launch at Acme.\n\nBest, Sam');
  });
  it('closes a tag after its name, in the delimiters in force', () => {
    assert.equal(fixed('Hi {{name, we met', /^Close the tag with \}\}$/), 'Hi {{name}}, we met');
    assert.equal(fixed('{{=<% %>=}}Hi <%name, we met', /^Close the tag with %>$/), '{{=<% %>=}}Hi <%name%>, we met');
  });
  it('changes a mismatched closing tag, and removes one never opened', () => {
    assert.equal(fixed('{{#a}}x{{/b}}', /^Change it to \{\{\/a\}\}$/), '{{#a}}x{{/a}}');
    assert.equal(fixed('Hi{{/a}} there', /^Remove \{\{\/a\}\}$/), 'Hi there');
  });
});
