import { afterAll, describe, expect, it } from 'vitest';
import type { LanguageId } from '../../languages/registry.js';
import { parseSource } from '../../parse/parser.js';
import { extractFunctions } from './index.js';
import type { FunctionMetrics } from './types.js';

/** One scenario: a source text and every function expected in it, in order of start line. */
export interface FunctionCase {
  name: string;
  source: string;
  functions: Partial<FunctionMetrics>[];
}

/** The suite every language runs: the functions found, and exactly the metrics the table gives. */
export function describeFunctionCases(language: LanguageId, cases: readonly FunctionCase[]): void {
  const names = new Set<string>();
  describe(`functions of ${language}`, () => {
    afterAll(() => names.clear());
    for (const scenario of cases) {
      if (names.has(scenario.name)) throw new Error(`duplicate case name: ${scenario.name}`);
      names.add(scenario.name);
      it(scenario.name, async () => {
        const tree = await parseSource(language, scenario.source);
        try {
          const found = extractFunctions(tree, scenario.source, language);
          expect(found).toHaveLength(scenario.functions.length);
          expect(found).toMatchObject(scenario.functions);
        } finally {
          tree.delete();
        }
      });
    }
  });
}

/** Joins lines, so sources in tables keep their line numbers readable. */
export const lines = (...text: string[]): string => text.join('\n') + '\n';
