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

/**
 * Digests of empty input, which every hashing library's documentation and tests print: MD5, SHA-1, SHA-224, SHA-256,
 * SHA-384 and SHA-512 of `""`, in hexadecimal (any case) and, for SHA-256, base64. A key is never one of them.
 */
const EMPTY_INPUT_DIGESTS = new Set([
  'd41d8cd98f00b204e9800998ecf8427e',
  'da39a3ee5e6b4b0d3255bfef95601890afd80709',
  'd14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f',
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b',
  'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce' +
    '47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e',
  '47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=',
]);

/** Whether a value is the digest of empty input (`d41d8cd9…` is MD5's). */
export function isEmptyInputDigest(value: string): boolean {
  return EMPTY_INPUT_DIGESTS.has(/^[0-9a-f]+$/i.test(value) ? value.toLowerCase() : value);
}

/** Whether each character is the one after the previous (`6789`, `qrstu`), ignoring case. */
const ascendsByOne = (run: string) =>
  [...run.toLowerCase()].every(
    (char, index, chars) => index === 0 || char.charCodeAt(0) === chars[index - 1]!.charCodeAt(0) + 1,
  );

/**
 * A value typed by walking the keyboard's alphabet and digits, as placeholders are: its letters and its digits each
 * run on in order (`123456789ABCDEF`, `abc01de2fghijk345lmnop`, `qr6stu789vwxyz`), over at least 8 characters.
 */
export function isSequentialPlaceholder(value: string): boolean {
  if (value.length < 8 || !/^[A-Za-z0-9]+$/.test(value)) return false;
  const letters = value.replace(/[0-9]/g, '');
  const digits = value.replace(/[A-Za-z]/g, '');
  return ascendsByOne(letters) && ascendsByOne(digits);
}

/** The number of distinct characters in a string. */
export function distinctCharacters(value: string): number {
  return new Set(value).size;
}

/**
 * Whether a value is a placeholder, a documentation example, a reference, a pattern of repeated characters, a walk
 * along the alphabet or the digest of empty input.
 */
export function isPlaceholder(value: string): boolean {
  if (PLACEHOLDER_WORDS.test(value) || TEST_WORD.test(value) || REFERENCE.test(value)) return true;
  if (/x{4,}|X{4,}|\*{3,}|\.{3,}|…|#{4,}|_{4,}/.test(value)) return true;
  if (/(.)\1{5,}/.test(value)) return true;
  if (SEQUENCES.some((sequence) => value.includes(sequence))) return true;
  if (isSequentialPlaceholder(value) || isEmptyInputDigest(value)) return true;
  return distinctCharacters(value) <= Math.max(3, Math.floor(value.length / 8));
}

/** Whether a value spells out what it stands for (`super-secret-token`), as defaults and examples do. */
export function isSelfDescribing(value: string): boolean {
  return SELF_DESCRIBING.test(value);
}
