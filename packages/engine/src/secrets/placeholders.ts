/** Words that mark a value as an example, a default or a stand-in rather than a live secret. */
const PLACEHOLDER_WORDS = new RegExp(
  'example|sample|dummy|fake|placeholder|changeme|change[_-]me|replace|redacted|insecure|' +
    'your[_-]?(?:own|api|secret|token|key|pass)|mock|foobar|lorem|notreal|not[_-]a[_-]real|do[_-]?not[_-]?use',
  'i',
);
/** `test` only as a word of its own, so that real values that merely contain the letters survive. */
const TEST_WORD = /(?:^|[^a-z])test(?:ing)?(?:[^a-z]|$)/i;
/** Values that name what they are instead of being it (`my-secret-password`). */
const SELF_DESCRIBING = /password|passwd|secret|token|apikey|api[_-]key/i;
/** Template and environment references: `${X}`, `$X`, `%X%`, `{{ x }}`, `<x>`, `%(x)s`, `#{x}`, `[x]`. */
const REFERENCE = new RegExp(
  String.raw`\$\{[^}]*\}|^\$[A-Za-z_(]|^%[A-Za-z_]+%$|\{\{[^}]*\}\}|\{%|^<[^>]*>$|<[A-Za-z_ -]+>|%\([^)]*\)[sd]|` +
    String.raw`#\{[^}]*\}|^\[[^\]]*\]$|` +
    String.raw`process\.env|os\.environ|getenv|ENV\[|System\.getenv|secrets\.|vault:|^!|^\*[A-Za-z]|^&[A-Za-z]`,
);
const SEQUENCES = ['0123456789', '1234567890', 'abcdefghij', 'ABCDEFGHIJ', 'qwertyuiop'];

/** The number of distinct characters in a string. */
export function distinctCharacters(value: string): number {
  return new Set(value).size;
}

/** Whether a value is a placeholder, a documentation example, a reference or a pattern of repeated characters. */
export function isPlaceholder(value: string): boolean {
  if (PLACEHOLDER_WORDS.test(value) || TEST_WORD.test(value) || REFERENCE.test(value)) return true;
  if (/x{4,}|X{4,}|\*{3,}|\.{3,}|…|#{4,}|_{4,}/.test(value)) return true;
  if (/(.)\1{5,}/.test(value)) return true;
  if (SEQUENCES.some((sequence) => value.includes(sequence))) return true;
  return distinctCharacters(value) <= Math.max(3, Math.floor(value.length / 8));
}

/** Whether a value spells out what it stands for (`super-secret-token`), as defaults and examples do. */
export function isSelfDescribing(value: string): boolean {
  return SELF_DESCRIBING.test(value);
}
