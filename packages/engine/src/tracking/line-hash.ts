import { createHash } from 'node:crypto';

const WHITESPACE = /\s+/gu;

/**
 * The hash of one line's content with every whitespace character removed: the first 16 hex digits (64 bits)
 * of its SHA-256. Re-indenting or re-spacing a line keeps its hash; a blank line hashes like an empty one.
 */
export function codeHash(lineText: string): string {
  return createHash('sha256').update(lineText.replace(WHITESPACE, ''), 'utf8').digest('hex').slice(0, 16);
}

/** The hash of every line of a file, index 0 for line 1: what the moved-block pass compares. */
export function lineHashes(lines: readonly string[]): string[] {
  return lines.map(codeHash);
}

/** The lines of a text, split on `\n`, `\r\n` or `\r`, as editors number them. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/u);
}
