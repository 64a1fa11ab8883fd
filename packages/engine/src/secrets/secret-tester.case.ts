import { describe, expect, it } from 'vitest';
import { findSecrets } from './find-secrets.js';

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const BASE64 = `${ALNUM}+/`;
export const BASE64URL = `${ALNUM}-_`;
export const HEX = '0123456789abcdef';
export const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * A deterministic random-looking secret. Tests build their secrets with it so that no token-shaped string is
 * written in Plumb's own source, where Plumb's (and everyone's) secret scanning would rightly object.
 */
export function fakeSecret(prefix: string, length: number, alphabet = ALNUM, seed = 7): string {
  let state = (seed * 2654435761 + length * 40503 + prefix.length) >>> 0;
  let body = '';
  for (let index = 0; index < length; index += 1) {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed);
    body += alphabet[((mixed ^ (mixed >>> 14)) >>> 0) % alphabet.length];
  }
  return prefix + body;
}

export interface SecretCase {
  text: string;
  /** Defaults to `src/config.ts`. */
  filename?: string;
}

export interface InvalidSecretCase extends SecretCase {
  /** `<line> <rule without secrets/>` for every finding, in order. */
  found: string[];
}

/** What findSecrets reports, as `<line> <rule>` strings. */
export function reported({ text, filename = 'src/config.ts' }: SecretCase): string[] {
  return findSecrets(filename, text).map((finding) => `${finding.line} ${finding.rule.replace(/^secrets\//, '')}`);
}

/** Table tests for one kind of secret: valid cases report nothing, invalid cases exactly the listed lines and rules. */
export function testSecrets(kind: string, cases: { valid: SecretCase[]; invalid: InvalidSecretCase[] }): void {
  const keys = [...cases.valid, ...cases.invalid].map((entry) => `${entry.filename ?? ''}\n${entry.text}`);
  const duplicate = keys.find((key, index) => keys.indexOf(key) !== index);
  if (duplicate !== undefined) throw new Error(`${kind}: duplicate case ${JSON.stringify(duplicate)}`);
  describe(kind, () => {
    it.each(cases.valid.map((entry, index) => [index + 1, entry] as const))(
      'valid case %i reports nothing',
      (_index, entry) => {
        expect(reported(entry)).toEqual([]);
      },
    );
    it.each(cases.invalid.map((entry, index) => [index + 1, entry] as const))(
      'invalid case %i reports the listed lines',
      (_index, entry) => {
        expect(reported(entry)).toEqual(entry.found);
      },
    );
  });
}
