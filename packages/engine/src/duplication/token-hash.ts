/** FNV-1a over UTF-16 code units: stable across worker threads, so equal text hashes equally everywhere. */
export function hashText(text: string, start = 0, end = text.length): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The normalized symbols: every identifier, string or number reads the same to "similar" matching. */
export const IDENTIFIER_SYMBOL = hashText('\u0000identifier');
export const STRING_SYMBOL = hashText('\u0000string');
export const NUMBER_SYMBOL = hashText('\u0000number');
