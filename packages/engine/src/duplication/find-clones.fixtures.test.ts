import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../languages/registry.js';
import { parseSource } from '../parse/parser.js';
import { DEFAULT_DUPLICATION_OPTIONS, duplicatedLines, findClones, tokenizeForClones } from './index.js';
import type { CloneClass } from './types.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '__fixtures__');
const languageOf = new Map(
  LANGUAGES.flatMap((language) => language.extensions.map((extension) => [extension, language.id])),
);

/** Parses and tokenizes every file of one fixture folder, then finds its clones with the default thresholds. */
async function clonesOf(fixture: string): Promise<CloneClass[]> {
  const dir = path.join(fixtures, fixture);
  const read = (filename: string): string => readFileSync(path.join(dir, filename), 'utf8');
  const files = [];
  for (const filename of readdirSync(dir)) {
    const language = languageOf.get(path.extname(filename));
    if (!language) throw new Error(`no language for fixture file ${filename}`);
    const tree = await parseSource(language, read(filename));
    files.push(tokenizeForClones(tree, read(filename), language, filename));
    tree.delete();
  }
  return findClones(files, DEFAULT_DUPLICATION_OPTIONS, read);
}

/** A class in one line each: "tokens kind file:line-lineEnd ...". */
const summary = (classes: CloneClass[]): string[] =>
  classes.map(
    (c) => `${c.tokenCount} ${c.kind} ${c.occurrences.map((o) => `${o.filename}:${o.line}-${o.lineEnd}`).join(' ')}`,
  );

describe('findClones on fixtures', () => {
  it('C: a function copied into three files is one identical class of three occurrences, comments aside', async () => {
    const classes = await clonesOf('c-three-files');
    expect(summary(classes)).toEqual(['84 identical a.c:7-18 b.c:7-19 c.c:1-12']);
    expect(classes[0]?.lineCount).toBe(12);
    expect(classes[0]?.code.split('\n')[0]).toBe('long sum_positive(const struct list *items, int limit) {');
  });

  it('Java: a method with renamed identifiers and changed literals is a similar class', async () => {
    expect(summary(await clonesOf('java-renamed'))).toEqual(['71 similar Invoices.java:8-18 Orders.java:6-16']);
  });

  it('Python: an exact copy is identical, and a copy below the thresholds is not reported', async () => {
    const classes = await clonesOf('python-exact');
    expect(summary(classes)).toEqual(['67 identical first.py:4-12 second.py:13-21']);
    expect(duplicatedLines(classes)).toEqual({
      total: 18,
      byFile: new Map([
        ['first.py', 9],
        ['second.py', 9],
      ]),
    });
  });

  it('JavaScript: a longer clone in two files and its core also in a third make two classes', async () => {
    expect(summary(await clonesOf('js-nested'))).toEqual([
      '115 identical one.js:3-13 two.js:3-13',
      '66 identical one.js:4-10 three.js:3-9 two.js:4-10',
    ]);
  });

  it('TypeScript: back-to-back repeats in a file get disjoint occurrences, a repetitive table no overlap', async () => {
    expect(summary(await clonesOf('ts-same-file'))).toEqual(['99 similar handlers.ts:4-12 handlers.ts:14-22']);
  });

  it('Python: docstrings are documentation, so copies whose docstrings differ are identical clones', async () => {
    expect(summary(await clonesOf('python-docstrings'))).toEqual(['56 identical invoices.py:4-16 orders.py:4-12']);
  });

  it('Go: code repeated inside both copies of a larger clone is a class of its own', async () => {
    // Both files start with the same `package` clause (skipped) and its line-ending terminator, so line 1.
    expect(summary(await clonesOf('go-repeat-inside-clone'))).toEqual([
      '161 similar form_test.go:1-21 query_test.go:1-21',
      '78 similar form_test.go:3-10 form_test.go:13-20 query_test.go:3-10 query_test.go:13-20',
    ]);
  });
});
