/** A filename pattern (`*.py`, `src/**\/*.ts`, `Dockerfile`) as a regular expression over a path. */
function globPattern(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const character = glob[i]!;
    if (character === '*' && glob[i + 1] === '*') {
      source += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (character === '*') source += '[^/]*';
    else if (character === '?') source += '[^/]';
    else source += character.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** True when the file matches one of the patterns (by its whole path, or its name for a pattern without `/`). */
export function matchesAnyPattern(patterns: readonly string[], filename: string): boolean {
  const name = filename.slice(filename.lastIndexOf('/') + 1);
  return patterns.some((pattern) => globPattern(pattern).test(pattern.includes('/') ? filename : name));
}
