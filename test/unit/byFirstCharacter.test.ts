import * as assert from 'node:assert/strict';
import { groupByFirstCharacter } from '../../src/core/byFirstCharacter';
import { ANY_SIGNAL_SCAN } from '../../src/core/contextSignals';
import { STOCK_SCAN } from '../../src/core/phraseMatcher';
import { STOCK_PHRASES } from '../../src/core/phrases';

/**
 * The grouping must find exactly what the plain alternation finds, with the same branch
 * winning. The corpus-wide comparisons are in asWritten.test.ts (stock phrases against the plain
 * alternation, context against each signal on its own); these pin down each construct.
 */
describe('groupByFirstCharacter', () => {
  const branch = (source: string, tag = source) => ({ source, tag });

  it('groups branches under their first character, keeping their order', () => {
    const result = groupByFirstCharacter([branch('we met'), branch('great talk'), branch('worked with you')], false);
    assert.equal(result.source, '\\b(?:w(?:e met|orked with you)|g(?:reat talk))');
    assert.equal(result.grouped, true);
  });

  it('spreads a leading group, an optional one with it and then without it, and drops a leading \\b', () => {
    const result = groupByFirstCharacter([branch('\\b(?:great|good) (?:to meet|meeting)'), branch('(?:long-time )?follower\\b')], false);
    assert.equal(result.source, '\\b(?:g(?:reat (?:to meet|meeting)|ood (?:to meet|meeting))|l(?:ong-time follower\\b)|f(?:ollower\\b))');
  });

  it('captures each run of neighbouring branches of one tag and names its tag by group number', () => {
    const result = groupByFirstCharacter([branch('(?:hi|hey) there', 'greeting'), branch('thanks', 'thanks'), branch('hello', 'hello')], true);
    assert.equal(result.source, '\\b(?:h(?:(i there|ey there)|(ello))|t(?:(hanks)))');
    assert.deepEqual(result.tags, ['greeting', 'hello', 'thanks']);
    const pattern = new RegExp(result.source, 'g');
    const named = [...'thanks, hello, hey there'.matchAll(pattern)].map((match) => result.tags[match.slice(1).findIndex((group) => group !== undefined)]);
    assert.deepEqual(named, ['thanks', 'hello', 'greeting']);
  });

  it('lets the earlier branch win where two start at the same place, as the plain alternation does', () => {
    const branches = [branch('let me', 'short'), branch('let me know', 'long')];
    const result = groupByFirstCharacter(branches, true);
    const match = new RegExp(result.source).exec('let me know')!;
    assert.equal(match[0], 'let me');
    assert.equal(result.tags[match.slice(1).findIndex((group) => group !== undefined)], 'short');
  });

  it('falls back to the plain alternation when a branch cannot be spread out', () => {
    for (const awkward of ['[ab]c', '\\Sx', '(?!no)yes', 'a?b', '(?:a|b)*c', '(capture)']) {
      const result = groupByFirstCharacter([branch('we met'), branch(awkward)], true);
      assert.equal(result.grouped, false, awkward);
      assert.equal(result.source, `\\b(?:(we met)|(${awkward}))`);
      assert.deepEqual(result.tags, ['we met', awkward]);
    }
  });

  it('groups every stock phrase and every context signal', () => {
    assert.equal(STOCK_SCAN.grouped, true);
    assert.equal(ANY_SIGNAL_SCAN.grouped, true);
    assert.deepEqual(new Set(STOCK_SCAN.tags), new Set(STOCK_PHRASES), 'every phrase can be named');
  });
});
