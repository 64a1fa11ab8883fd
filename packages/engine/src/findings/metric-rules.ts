import { complexFunctionMinutes, DEFAULT_REMEDIATION_COSTS, longFunctionMinutes } from '../debt/index.js';
import type { FunctionThresholds } from '../metrics/functions/index.js';
import type { AnalysisFunction } from '../model.js';
import type { RuleMeta } from '../rules/types.js';
import type { UntrackedFinding } from './types.js';

const metricRule = (id: string, labels: string[], minutes: number, docs: RuleMeta['docs']): RuleMeta => ({
  id,
  tool: 'plumb',
  language: 'any',
  category: 'Design',
  severity: 'moderate',
  labels,
  remediationMinutes: minutes,
  docs,
});

/** Complex functions, long functions and duplicated code, reported as findings with rules of their own. */
export const METRIC_RULES = {
  complexFunction: metricRule('metrics/complex-function', ['complexity'], 10, {
    whatItFinds:
      'A function whose cyclomatic complexity (counted as lizard ' +
      'counts it) is above the complexity threshold (15 by default).',
    whyItMatters:
      'Every independent path needs its own test and its own place ' +
      "in a reader's head; complex functions hold most of the bugs.",
    example: {
      bad: 'function price(order) { /* 20 nested ifs and loops */ }',
      good: 'function price(order) { return base(order) + shipping(order) - discounts(order); }',
    },
  }),
  longFunction: metricRule('metrics/long-function', ['complexity', 'coding-style'], 10, {
    whatItFinds: 'A function with more code lines (NLOC) than the length threshold (100 by default).',
    whyItMatters: 'A long function does several things at once: it is hard to name, to test and to change safely.',
    example: {
      bad: 'def import_orders(path):\n    # 150 lines of parsing, validation and saving',
      good: 'def import_orders(path):\n    save(validate(parse(path)))',
    },
  }),
  duplicatedCode: metricRule('duplication/duplicated-code', ['duplication'], 10, {
    whatItFinds:
      'A file with blocks of at least 50 tokens over 6 lines (by default) that occur more than once, with the ' +
      'same or renamed identifiers and literals; one finding per file, naming each block and where else it occurs.',
    whyItMatters:
      'A fix made to one copy is forgotten in the others; duplicated code multiplies the cost of every change.',
    example: {
      bad: 'copy the same validation block into three handlers',
      good: 'call one validateOrder() from the three handlers',
    },
  }),
} as const;

/** One finding per complex and per long function, placed on the function's first line. */
export function functionFindings(
  functions: readonly AnalysisFunction[],
  thresholds: FunctionThresholds,
): UntrackedFinding[] {
  const findings: UntrackedFinding[] = [];
  for (const fn of functions) {
    const place = { filename: fn.filename, line: fn.lineStart, lineEnd: fn.lineEnd, column: 1, language: fn.language };
    if (fn.complexity > thresholds.complexity) {
      const { id, tool, category, severity } = METRIC_RULES.complexFunction;
      findings.push({
        ...place,
        rule: id,
        tool,
        category,
        severity,
        description:
          `Function ${fn.functionName} has a cyclomatic complexity ` +
          `of ${fn.complexity} (more than ${thresholds.complexity}).`,
        help: 'Split it into smaller functions, each with one job.',
        remediationMinutes: complexFunctionMinutes(fn, DEFAULT_REMEDIATION_COSTS, thresholds.complexity),
      });
    }
    if (fn.length > thresholds.length) {
      const { id, tool, category, severity } = METRIC_RULES.longFunction;
      findings.push({
        ...place,
        rule: id,
        tool,
        category,
        severity,
        description: `Function ${fn.functionName} is ${fn.length} lines long (more than ${thresholds.length}).`,
        help: 'Extract the parts it is made of into functions of their own.',
        remediationMinutes: longFunctionMinutes(fn, DEFAULT_REMEDIATION_COSTS, thresholds.length),
      });
    }
  }
  return findings;
}
