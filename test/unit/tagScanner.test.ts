import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import Mustache from 'mustache';
import { scanTags } from '../../src/core/tagScanner';

type Token = [string, string, number, number, Token[]?, number?];

/** Every tag token of mustache.js's parse, closing tags of sections included, in source order. */
function mustacheTags(template: string): { type: string; start: number; end: number }[] {
  const tags: { type: string; start: number; end: number }[] = [];
  const visit = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token[0] === 'text') continue;
      tags.push({ type: token[0], start: token[2], end: token[3] });
      if ((token[0] === '#' || token[0] === '^') && token[4]) {
        visit(token[4]);
        // A section's closing tag: mustache.js keeps only where it starts.
        tags.push({ type: '/', start: token[5] ?? -1, end: -1 });
      }
    }
  };
  visit(new Mustache.Writer().parse(template) as Token[]);
  return tags.sort((a, b) => a.start - b.start);
}

describe('the tag scanner', () => {
  it('finds the tags mustache.js finds, where it finds them, in any delimiters', () => {
    const pieces = ['Hi ', '{{name}}', '{{ name }}', '{{#a}}', '{{/a}}', '{{^a}}', '{{! note }}', '{{{t}}}', '{{&u}}', '{{>p}}', '{{=<% %>=}}', '<%x%>', '<%#a%>', '<%/a%>', '<%={{ }}=%>', '{{= | | =}}', '|y|', '\n', '  ', '}', '{', '%'];
    let compared = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 25 }), (parts) => {
        const template = parts.join('');
        let expected: { type: string; start: number; end: number }[];
        try {
          expected = mustacheTags(template);
        } catch {
          return;
        }
        compared++;
        const scanned = scanTags(template).tags;
        assert.deepEqual(scanned.map((tag) => tag.start), expected.map((tag) => tag.start), JSON.stringify(template));
        for (const [index, tag] of expected.entries()) {
          const mine = scanned[index];
          assert.equal(mine.type === '{' ? '&' : mine.type === 'name' ? 'name' : mine.type, tag.type, JSON.stringify(template));
          if (tag.end !== -1) assert.equal(mine.end, tag.end, JSON.stringify(template));
        }
      }),
      { numRuns: 3000 },
    );
    assert.ok(compared > 1000, `only ${compared} templates were readable`);
  });

  it('stops at a tag that is never closed, and at delimiters it cannot use', () => {
    assert.deepEqual(scanTags('a {{b}} {{c').tags.map((tag) => [tag.start, tag.end]), [[2, 7], [8, undefined]]);
    const scan = scanTags('{{=<%=}}x');
    assert.equal(scan.invalidDelimiters?.start, 0);
    assert.equal(scan.invalidDelimiters?.end, 8);
  });
});
