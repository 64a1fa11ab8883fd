import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { dependencyRequire } from '../dependency-require.js';

/** The licenses most projects use, compared first so that the common case reads a handful of texts, not 700. */
const COMMON = [
  'MIT',
  'Apache-2.0',
  'BSD-3-Clause',
  'BSD-2-Clause',
  'ISC',
  'GPL-2.0-only',
  'GPL-3.0-only',
  'LGPL-2.1-only',
  'LGPL-3.0-only',
  'AGPL-3.0-only',
  'MPL-2.0',
  'Unlicense',
  '0BSD',
  'Zlib',
  'BSL-1.0',
  'EPL-1.0',
  'EPL-2.0',
  'CC0-1.0',
  'Artistic-2.0',
  'PostgreSQL',
  'Python-2.0',
  'OpenSSL',
  'curl',
  'WTFPL',
];

/**
 * A license text's words, as licensee compares them: lower case, without the copyright lines, the title, the
 * template's `<placeholders>` and punctuation, so that a project's own holder and year do not count.
 */
export function licenseWords(text: string): string[] {
  const body = text
    .split(/\r?\n/)
    // A holder's line (`Copyright (c) 2020 Ada`), not the body's wrapped `copyright notice and this permission…`.
    .filter((line) => !/^\s*(copyright\s*(\(c\)|©|\d|<|\[)|\(c\)\s*\d|©|all rights reserved)/i.test(line))
    .join(' ')
    .toLowerCase()
    .replace(/<[^>]*>/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ');
  return body.match(/[a-z0-9]+(?:['-][a-z0-9]+)*/g) ?? [];
}

/** A text's words as a set, and how many words it has: a license with others appended is no longer that license. */
interface Words {
  set: ReadonlySet<string>;
  length: number;
}

const wordsOf = (text: string): Words => {
  const words = licenseWords(text);
  return { set: new Set(words), length: words.length };
};

/** Sørensen–Dice similarity of two texts' word sets; 0 when their lengths differ by more than a fifth. */
function similarity(text: Words, known: Words): number {
  if (Math.abs(text.length - known.length) > MAX_LENGTH_DELTA * known.length) return 0;
  let shared = 0;
  for (const word of text.set) if (known.set.has(word)) shared += 1;
  return (2 * shared) / (text.set.size + known.set.size);
}

/** Below this, a text is not taken for any license: licensee's own default confidence is 98 on whole texts. */
const MIN_SIMILARITY = 0.9;
/** Shipped texts run up to 15% from SPDX's (Apache's without its appendix, BSD with a preamble). */
const MAX_LENGTH_DELTA = 0.2;

const folder = () => path.join(path.dirname(dependencyRequire().resolve('spdx-license-list/package.json')), 'licenses');
const templates = new Map<string, Promise<Words | undefined>>();

function template(id: string): Promise<Words | undefined> {
  let words = templates.get(id);
  if (!words) {
    words = readFile(path.join(folder(), `${id}.json`), 'utf8').then(
      (json) => wordsOf((JSON.parse(json) as { licenseText: string }).licenseText),
      () => undefined,
    );
    templates.set(id, words);
  }
  return words;
}

let allIds: Promise<string[]> | undefined;

async function bestOf(ids: readonly string[], words: Words): Promise<{ id: string; score: number }> {
  let best = { id: '', score: 0 };
  for (const id of ids) {
    const known = await template(id);
    const score = known ? similarity(words, known) : 0;
    if (score > best.score) best = { id, score };
  }
  return best;
}

/** The SPDX id whose text a license file holds, or null when none is close enough (a custom or combined text). */
export async function identifyLicenseText(text: string): Promise<string | null> {
  const words = wordsOf(text);
  if (words.set.size < 20) return null;
  const common = await bestOf(COMMON, words);
  if (common.score >= MIN_SIMILARITY) return common.id;
  allIds ??= readdir(folder()).then((names) => names.map((name) => name.replace(/\.json$/, '')));
  const any = await bestOf(await allIds, words);
  return any.score >= MIN_SIMILARITY ? any.id : null;
}
