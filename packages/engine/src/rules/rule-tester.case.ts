import { describe, expect, it } from 'vitest';
import { parseSource } from '../parse/parser.js';
import { runRules } from './run-rules.js';
import { DEFAULT_RULE_OPTIONS, type Rule, type RuleOptions } from './types.js';

export interface ValidCase {
  code: string;
  options?: Partial<RuleOptions>;
  /** The file the code is in, for rules that look at its name (headers, test files); `case.<language>` unless given. */
  filename?: string;
}

export interface ExpectedReport {
  line: number;
  /** The message, or a pattern it must match. */
  message?: string | RegExp;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedReport[];
}

/**
 * Table tests for one rule, in the manner of ESLint's RuleTester: every valid case reports nothing, every
 * invalid case reports exactly the listed lines. Duplicate cases are rejected.
 */
export function testRule(rule: Rule, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
  const valid = cases.valid.map((entry) => (typeof entry === 'string' ? { code: entry } : entry));
  rejectDuplicates(rule.meta.id, [...valid, ...cases.invalid]);
  if (valid.length === 0 || cases.invalid.length === 0)
    throw new Error(`${rule.meta.id}: needs at least one valid and one invalid case`);
  const language = rule.meta.language;
  if (language === 'any')
    throw new Error(`${rule.meta.id}: testRule runs tree-sitter rules; test language-independent rules directly`);

  const reportsOf = async (entry: ValidCase) => {
    const tree = await parseSource(language, entry.code);
    try {
      return runRules([rule], {
        tree,
        source: entry.code,
        language,
        filename: entry.filename ?? `case.${language}`,
        options: { ...DEFAULT_RULE_OPTIONS, ...entry.options },
      });
    } finally {
      tree.delete();
    }
  };

  describe(rule.meta.id, () => {
    it.each(valid.map((entry, index) => [index + 1, entry] as const))(
      'valid case %i reports nothing',
      async (_index, entry) => {
        expect(await reportsOf(entry)).toEqual([]);
      },
    );
    it.each(cases.invalid.map((entry, index) => [index + 1, entry] as const))(
      'invalid case %i reports the listed lines',
      async (_index, entry) => {
        const reports = await reportsOf(entry);
        expect(reports.map((report) => report.line)).toEqual(entry.errors.map((error) => error.line));
        entry.errors.forEach((error, index) => {
          if (error.message === undefined) return;
          const description = reports[index]!.description;
          if (typeof error.message === 'string') expect(description).toBe(error.message);
          else expect(description).toMatch(error.message);
        });
        for (const report of reports) expect(report.rule).toBe(rule.meta.id);
      },
    );
  });
}

function rejectDuplicates(ruleId: string, entries: ValidCase[]): void {
  const seen = new Set<string>();
  for (const entry of entries) {
    const key = JSON.stringify([entry.code, entry.options ?? {}, entry.filename ?? '']);
    if (seen.has(key))
      throw new Error(`${ruleId}: duplicate test case${entry.filename ? ` in ${entry.filename}` : ''}:\n${entry.code}`);
    seen.add(key);
  }
}
