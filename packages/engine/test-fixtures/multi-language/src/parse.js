// Parses "key=value" pairs, one per line.
export function parsePairs(text) {
  const result = {};
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const index = trimmed.indexOf('=');
    if (index < 0) throw new Error(`no "=" in ${trimmed}`);
    result[trimmed.slice(0, index)] = trimmed.slice(index + 1);
  }
  return result;
}

export const double = (x) => x * 2;
