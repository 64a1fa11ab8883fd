/**
 * Ruff's file patterns (globset, as `exclude` and `per-file-ignores` use them): `*` may cross `/`, and a
 * pattern matches a file when it matches its path, one of its parent directories, or one of their names.
 */
export function compileRuffPattern(pattern: string): (file: string) => boolean {
  const source = pattern.replace(/^\.\//, '').replace(/\/$/, '');
  let regex = '';
  for (let index = 0; index < source.length; index++) {
    const char = source[index] ?? '';
    if (char === '*') {
      regex += '.*';
      while (source[index + 1] === '*') index++;
    } else if (char === '?') regex += '.';
    else if (char === '[') {
      const close = source.indexOf(']', index + 1);
      if (close < 0) regex += '\\[';
      else {
        regex += `[${source
          .slice(index + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        index = close;
      }
    } else regex += char.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  const matcher = new RegExp(`^${regex}$`);
  return (file) => {
    const parts = file.split('/');
    return parts.some((name, index) => matcher.test(name) || matcher.test(parts.slice(0, index + 1).join('/')));
  };
}

/** Whether a rule selector (`E`, `F4`, `PLR`, `ALL`) covers a code: `E` covers `E501` but not `ERA001`. */
export function selectorCovers(selector: string, code: string): boolean {
  if (selector === 'ALL') return true;
  if (!code.startsWith(selector)) return false;
  const letters = (text: string) => /^[A-Z]*/.exec(text)?.[0] ?? '';
  return letters(selector) === letters(code) || selector === 'PL' || /\d/.test(selector);
}
