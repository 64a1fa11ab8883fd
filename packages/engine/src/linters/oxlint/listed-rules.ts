import { execFileSync } from 'node:child_process';
import { dependencyRequire } from '../../dependency-require.js';
import type { LinterRuleRecord } from '../rule-record.js';
import { oxlintBin } from './run.js';

/** The bundled oxlint's version, as its package declares it. */
export const OXLINT_VERSION: string = (dependencyRequire()('oxlint/package.json') as { version: string }).version;

interface ListedRule {
  scope: string;
  value: string;
  category: string;
  docs_url: string;
}

/** What each oxlint category is about, for the catalog's "why it matters". */
const CATEGORY_MEANING: Readonly<Record<string, string>> = {
  correctness: 'oxlint files it under correctness: code that is outright wrong or useless.',
  suspicious: 'oxlint files it under suspicious: code that is most likely wrong or useless.',
  perf: 'oxlint files it under perf: code that could be written to run faster.',
  pedantic: 'oxlint files it under pedantic: stricter checks that can have false positives.',
  restriction: 'oxlint files it under restriction: patterns some teams forbid.',
  style: 'oxlint files it under style: code that should be written in a more idiomatic way.',
  nursery: 'oxlint files it under nursery: new rules still under development.',
};

let rules: readonly LinterRuleRecord[] | undefined;

/**
 * Every rule of the bundled oxlint, listed by the binary itself (`--rules --format=json`) once per process; its
 * documentation is on the page each rule links to.
 */
export function oxlintRules(): readonly LinterRuleRecord[] {
  rules ??= (
    JSON.parse(
      execFileSync(process.execPath, [oxlintBin(), '--rules', '--format=json'], { maxBuffer: 64 << 20 }).toString(),
    ) as ListedRule[]
  ).map((rule) => ({
    id: `${rule.scope}/${rule.value}`,
    category: rule.category,
    url: rule.docs_url,
    docs: {
      whatItFinds: `What the ${rule.scope} rule \`${rule.value}\` checks, as documented at ${rule.docs_url}.`,
      whyItMatters: CATEGORY_MEANING[rule.category] ?? `oxlint files it under ${rule.category}.`,
      example: { bad: `See ${rule.docs_url}`, good: `See ${rule.docs_url}` },
    },
  }));
  return rules;
}
