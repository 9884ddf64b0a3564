import * as assert from 'node:assert/strict';
import { analyze, applyEdits, differingSpan, fixAll, render, type Finding } from '../../src/core';

/** The source after the fix titled `title` of the first finding of `rule` that has it. */
function applyFix(source: string, rule: string, title: string): string {
  const fix = analyze(source).findings.filter((f) => f.rule === rule).flatMap((f) => f.fixes).find((f) => f.title === title);
  assert.ok(fix, `no fix "${title}" for ${rule} in ${JSON.stringify(source)}`);
  return applyEdits(source, fix.edits);
}

const titles = (finding: Finding | undefined) => finding?.fixes.map((fix) => fix.title) ?? [];

describe('fixes the rules return', () => {
  describe('generic-phrase', () => {
    it('replaces the phrase and its full stop with a sentence for the relationship, as a snippet with tab stops', () => {
      const source = "---\nrelationship: content\n---\nHi Sam, let's connect!\n";
      const finding = analyze(source).findings.find((f) => f.rule === 'generic-phrase');
      const [replace] = finding?.fixes ?? [];
      assert.equal(replace.title, 'Replace with how you know them');
      assert.equal(replace.preferred, true);
      assert.equal(replace.safe, false, 'the author has to fill it in: never applied by fix-all');
      assert.equal(replace.edits[0].snippet, 'I read your ${1:[post]} on ${2:[the topic]}, and ${3:[what stayed with you]}.');
      assert.equal(applyEdits(source, replace.edits), '---\nrelationship: content\n---\nHi Sam, I read your [post] on [the topic], and [what stayed with you].\n');
    });

    it('after a greeting with a comma, starts the sentence in lower case; without a relationship, uses the event sentence', () => {
      assert.equal(
        applyFix('Hi Dana, please connect with me.', 'generic-phrase', 'Replace with how you know them'),
        'Hi Dana, it was good to meet you at [the event], where we talked about [the topic].',
      );
    });

    it('replaces a stock clause of a sentence that says more by a sentence after it', () => {
      assert.equal(
        applyFix('Hi Dana, we spoke; please connect with me.', 'generic-phrase', 'Replace with how you know them'),
        'Hi Dana, we spoke. It was good to meet you at [the event], where we talked about [the topic].',
      );
    });

    it('removes the phrase with its full stop and the space after it, or the whole line it filled', () => {
      assert.equal(applyFix("I'd like to add you to my professional network on LinkedIn. We met at KubeCon.\n", 'generic-phrase', 'Remove the stock phrase'), 'We met at KubeCon.\n');
      assert.equal(applyFix("Hi Dana,\nI'd like to add you to my professional network.\nWe met at KubeCon.\n", 'generic-phrase', 'Remove the stock phrase'), 'Hi Dana,\nWe met at KubeCon.\n');
      assert.equal(applyFix("Hi Dana,\r\nI'd like to add you to my professional network.\r\nWe met at KubeCon.\r\n", 'generic-phrase', 'Remove the stock phrase'), 'Hi Dana,\r\nWe met at KubeCon.\r\n');
    });

    it('offers only the removal for a phrase in a front-matter value, and none when the YAML would break', () => {
      const valid = '---\nline: we met at PyCon, please connect with me\n---\n{{line}}\n';
      const finding = analyze(valid).findings.find((f) => f.rule === 'generic-phrase');
      assert.deepEqual(titles(finding).slice(0, 1), ['Remove the stock phrase']);
      assert.ok(!titles(finding).includes('Replace with how you know them'));
      assert.equal(render(applyFix(valid, 'generic-phrase', 'Remove the stock phrase')).text, 'we met at PyCon,');

      // A plain value may not start with a comma: removing the phrase in front of one would break the YAML.
      const fragile = '---\nline: please connect with me, we met at PyCon\n---\n{{line}}\n';
      assert.equal(render(fragile).text, 'please connect with me, we met at PyCon');
      const fragileFinding = analyze(fragile).findings.find((f) => f.rule === 'generic-phrase');
      assert.ok(!titles(fragileFinding).includes('Remove the stock phrase'), titles(fragileFinding).join(' | '));
    });

    it('offers no rewrite of a phrase that draws on a tag', () => {
      const finding = analyze("---\nadj: professional\n---\nI'd like to add you to my {{adj}} network.").findings.find((f) => f.rule === 'generic-phrase');
      assert.deepEqual(titles(finding), ['Disable generic-phrase for this line', 'Disable generic-phrase for this file']);
    });
  });

  describe('placeholder', () => {
    it('turns a slot into a variable and creates the front matter when there is none', () => {
      assert.equal(applyFix('Hi [Your Name], we met at KubeCon.\n', 'placeholder', 'Turn into {{your_name}} and add it to the front matter'), '---\nyour_name: \n---\nHi {{your_name}}, we met at KubeCon.\n');
    });

    it('adds the key before the closing line of existing front matter, in its line endings', () => {
      assert.equal(applyFix('---\r\nname: Dana\r\n---\r\nAt {Company}.\r\n', 'placeholder', 'Turn into {{company}} and add it to the front matter'), '---\r\nname: Dana\r\ncompany: \r\n---\r\nAt {{company}}.\r\n');
    });

    it('adds no key that is there already', () => {
      assert.equal(applyFix('---\nname: Dana\n---\nHi [Name], we met at KubeCon.\n', 'placeholder', 'Turn into {{name}} and add it to the front matter'), '---\nname: Dana\n---\nHi {{name}}, we met at KubeCon.\n');
    });

    it('writes the tag in the delimiters in force', () => {
      const source = '{{=<% %>=}}\nHi [Name], we met at [Event].';
      assert.equal(applyFix(source, 'placeholder', 'Turn into <%name%> and add it to the front matter'), '---\nname: \n---\n{{=<% %>=}}\nHi <%name%>, we met at [Event].');
    });

    it('puts the cursor on a new key\'s value, and is left out of fix-all, which would leave the key empty', () => {
      const source = 'Hi [Name], we met at KubeCon.';
      const fix = analyze(source).findings.flatMap((f) => f.fixes).find((f) => f.title.startsWith('Turn into'));
      assert.equal(fix?.safe, false);
      assert.equal(fix?.edits[0].snippet, '---\nname: ${1}\n---\n');
      assert.equal(fixAll(source), source);
    });

    it('is applied by fix-all when the key already has a value', () => {
      assert.equal(fixAll('---\nname: Dana\n---\nHi [Name], we met at KubeCon.'), '---\nname: Dana\n---\nHi {{name}}, we met at KubeCon.');
    });

    it('adds a key under the one recipient who lacks it, with the cursor on its value', () => {
      const source = '---\nrecipients:\n  - name: Omar\n    co: Acme\n  - name: Lee\n---\nHi {{name}} from {{co}}.';
      const finding = analyze(source).findings.find((f) => f.rule === 'placeholder');
      const fix = finding?.fixes.find((f) => f.title === 'Add `co:` for Lee');
      assert.ok(fix, JSON.stringify(finding?.fixes.map((f) => f.title)));
      assert.equal(applyEdits(source, fix.edits), '---\nrecipients:\n  - name: Omar\n    co: Acme\n  - name: Lee\n    co: \n---\nHi {{name}} from {{co}}.');
      assert.equal(fix.edits[0].snippet, '    co: ${1}\n');
    });

    it('adds a key for a {{variable}} with no value', () => {
      assert.equal(applyFix('---\nname: Dana\n---\nHi {{name}} from {{company}}.\n', 'placeholder', 'Add `company:` to the front matter'), '---\nname: Dana\ncompany: \n---\nHi {{name}} from {{company}}.\n');
    });

    it('offers no conversion for slots that are not brackets, or not in the body', () => {
      assert.deepEqual(titles(analyze('We met at XXX last week.').findings.find((f) => f.rule === 'placeholder')), ['Disable placeholder for this line', 'Disable placeholder for this file']);
      const inValue = analyze('---\ncontext: at [event]\n---\nWe met {{context}}.').findings.find((f) => f.rule === 'placeholder');
      assert.ok(!titles(inValue).some((title) => title.startsWith('Turn into')));
    });
  });

  describe('disable switches', () => {
    it('silence the rule on the finding\'s line, keeping its indentation, in the delimiters in force', () => {
      const source = '---\nname: Dana\n---\n{{=<% %>=}}\n  Hi <%name%>, [Event]';
      const fixed = applyFix(source, 'placeholder', 'Disable placeholder for this line');
      assert.equal(fixed, '---\nname: Dana\n---\n{{=<% %>=}}\n  <%! invite-disable-next-line placeholder %>\n  Hi <%name%>, [Event]');
      assert.ok(!analyze(fixed).findings.some((f) => f.rule === 'placeholder'));
    });

    it('silence the rule for the file just below the front matter', () => {
      const fixed = applyFix('---\nname: Dana\n---\nHi [Name]\n', 'placeholder', 'Disable placeholder for this file');
      assert.equal(fixed, '---\nname: Dana\n---\n{{! invite-disable placeholder }}\nHi [Name]\n');
      assert.equal(render(fixed).text, 'Hi [Name]');
    });

    it('give a finding inside the front matter the file-wide switch only', () => {
      const finding = analyze('---\nrelationship: pal\n---\nWe met at PyCon.').findings.find((f) => f.rule === 'template-error');
      assert.deepEqual(titles(finding), ['Disable template-error for this file']);
    });
  });

  describe('fix-all', () => {
    it('applies every safe fix, building on each other, and leaves the rest', () => {
      const source = "---\nname: Dana\ncompany: Acme\n---\n{{=<% %>=}}\n{{! a note }}\nHi [Name], I loved your post on <topic> at {Company}. Please connect with me.\n";
      assert.equal(fixAll(source), "---\nname: Dana\ncompany: Acme\n---\n{{=<% %>=}}\n<%! a note %>\nHi <%name%>, I loved your post on <topic> at <%company%>. Please connect with me.\n");
    });

    it('returns the source itself when nothing is safe to fix', () => {
      const source = "I'd like to add you to my professional network.";
      assert.equal(fixAll(source), source);
    });

    it('as one edit: the stretch between what stays the same at both ends', () => {
      assert.deepEqual(differingSpan('Hi [Name].', 'Hi {{name}}.'), { start: 3, end: 9, text: '{{name}}' });
      assert.equal(differingSpan('same', 'same'), undefined);
    });
  });
});
