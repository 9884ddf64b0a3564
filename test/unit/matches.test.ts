import * as assert from 'node:assert/strict';
import { allMatches } from '../../src/core/normalize';

/** allMatches is a drop-in for matchAll: the same matches, at the same places, with the same groups. */
describe('allMatches', () => {
  const cases: [RegExp, string][] = [
    [/\bi'd like to\b/g, "i'd like to add you. i'd like to"],
    [/(\w+)@(\w+)/g, 'a@b c@d'],
    [/x*/g, 'axxb'],
    [/(?:)/gu, 'a😀b'],
    [/\p{Lu}/gu, 'Ärger über Öl'],
    [/nothing/g, 'here'],
  ];
  for (const [pattern, text] of cases) {
    it(`finds what matchAll finds: /${pattern.source}/${pattern.flags} in "${text}"`, () => {
      const expected = [...text.matchAll(pattern)].map((match) => ({ index: match.index, groups: [...match] }));
      const found = allMatches(pattern, text).map((match) => ({ index: match.index, groups: [...match] }));
      assert.deepEqual(found, expected);
      assert.equal(pattern.lastIndex, 0, 'the pattern is left ready for the next text');
    });
  }

  it('refuses a pattern without the g flag, as matchAll does', () => {
    assert.throws(() => allMatches(/a/, 'a'), TypeError);
  });
});
