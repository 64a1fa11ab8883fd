import { expect, it } from 'vitest';
import type { LanguageId } from '../languages/registry.js';
import { parseSource } from '../parse/parser.js';
import { builtInRulesFor, runRules } from '../rules/index.js';
import { DEFAULT_RULE_OPTIONS, type RuleMeta } from '../rules/types.js';
import { findSecrets, SECRET_RULES } from '../secrets/index.js';
import { suppressFindings } from './apply.js';
import { readSuppressions } from './collect.js';

export interface SuppressionCase {
  name: string;
  code: string;
  /** Findings (`rule:line`) the code's suppressions must drop. */
  suppressed: string[];
  /** Findings (`rule:line`) that must stay: the same rules elsewhere, or other rules on the same lines. */
  kept: string[];
  filename?: string;
}

const key = (finding: { rule: string; line: number }) => `${finding.rule}:${finding.line}`;

/**
 * Table tests for one language's suppressions: the built-in rules and secret detectors run on each case's code,
 * every finding listed must be there before the suppressions apply, and afterwards exactly the suppressed are gone.
 */
export function testSuppressions(language: LanguageId, cases: SuppressionCase[]): void {
  const metas = new Map<string, RuleMeta>(
    [...builtInRulesFor(language).map((rule) => rule.meta), ...SECRET_RULES].map((meta) => [meta.id, meta]),
  );
  const names = new Set<string>();
  for (const entry of cases) {
    if (names.has(entry.name)) throw new Error(`${language}: duplicate suppression case "${entry.name}"`);
    names.add(entry.name);
    it(entry.name, async () => {
      const filename = entry.filename ?? `case.${language}`;
      const tree = await parseSource(language, entry.code);
      try {
        const found = [
          ...runRules(builtInRulesFor(language), {
            tree,
            source: entry.code,
            language,
            filename,
            options: DEFAULT_RULE_OPTIONS,
          }),
          ...findSecrets(filename, entry.code),
        ];
        const before = found.map(key);
        for (const expected of [...entry.suppressed, ...entry.kept]) expect(before).toContain(expected);
        const after = suppressFindings(found, readSuppressions(tree, language, entry.code, filename), (id) =>
          metas.get(id),
        );
        expect(after.map(key).sort()).toEqual(before.filter((finding) => !entry.suppressed.includes(finding)).sort());
        expect(entry.kept.length + entry.suppressed.length).toBeGreaterThan(0);
      } finally {
        tree.delete();
      }
    });
  }
}
