/** `${name/`, `${name//`, `${name/#`, `${name/%` (also `${array[i]/`, `${@/`): a replacement's pattern follows. */
const REPLACEMENT_EXPANSION = /\$\{(?:[A-Za-z_][A-Za-z0-9_]*(?:\[[^\]\n]*\])?|[@*0-9])\/[/#%]?/g;

/**
 * tree-sitter-bash (0.25.1) ends the pattern of `${name/pattern/replacement}` at the first `/` even inside a
 * quoted string (`${theme/ '[GTK2/3]'}`, `${dir/$'/:'*}`); the rest of the file then parses with code and strings
 * swapped, so one such line made neofetch's 11,592-line script unparseable. A `/` inside a single-quoted or
 * `$'…'` string of such a pattern is replaced by `_` for the parser only: the text keeps its length, so every
 * position in the tree stays that of the real source.
 */
export function maskQuotedSlashesInPatterns(source: string): string {
  let masked: string[] | undefined;
  for (const match of source.matchAll(REPLACEMENT_EXPANSION)) {
    let at = match.index + match[0].length;
    while (at < source.length) {
      const char = source[at];
      if (char === '}' || char === '/' || char === '\n') break;
      if (char === '\\') {
        at += 2;
        continue;
      }
      if (char !== "'") {
        at++;
        continue;
      }
      const ansiC = source[at - 1] === '$';
      for (at++; at < source.length && source[at] !== "'"; at++) {
        if (ansiC && source[at] === '\\') at++;
        else if (source[at] === '/') (masked ??= source.split(''))[at] = '_';
      }
      at++;
    }
  }
  return masked ? masked.join('') : source;
}
