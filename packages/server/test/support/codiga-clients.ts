import { readFileSync } from 'node:fs';

/** A document one of Codiga's clients sends, verbatim: test/fixtures/codiga-clients/<client>/<name> (source named). */
export const clientDocument = (name: string): string =>
  readFileSync(new URL(`../fixtures/codiga-clients/${name}`, import.meta.url), 'utf8');
