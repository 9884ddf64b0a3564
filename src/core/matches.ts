/**
 * Every match of a global pattern in a text, exactly as `[...text.matchAll(pattern)]` gives
 * them. `matchAll` copies the pattern on every call; the rules run a few dozen patterns on every
 * note, and those copies took about a tenth of a lint (`npm run bench`, which missed its budget
 * against write-good without this). The pattern's `lastIndex` is left at 0.
 * Throws a TypeError, as `matchAll` does, when the pattern has no `g` flag.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: /${pattern.source}/${pattern.flags}`);
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    matches.push(match);
    // An empty match would be found again at the same place: step over it, by code point under the u flag.
    if (match[0] === '') pattern.lastIndex += pattern.unicode && (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  pattern.lastIndex = 0;
  return matches;
}
