import type { Severity } from '@plumb/engine';
import {
  RATING_LETTERS,
  SCRUTINIZER_SEVERITIES,
  type Assertion,
  type Comparison,
  type Comparator,
  type ConditionContext,
  type ConditionElement,
  type ConditionIssue,
  type ConditionsOutcome,
  type ElementFilter,
  type FunctionRating,
  type IssueFilter,
  type MetricValues,
  type ParsedCondition,
  type RatingLetter,
  type ScrutinizerSeverity,
} from './types.js';

/** Plumb's severity on Scrutinizer's scale: low and moderate both read as MINOR, high as MAJOR. */
const SEVERITY_TO_SCRUTINIZER: Record<Severity, ScrutinizerSeverity> = {
  info: 'INFO',
  low: 'MINOR',
  moderate: 'MINOR',
  high: 'MAJOR',
  critical: 'CRITICAL',
};

export function scrutinizerSeverity(severity: Severity): ScrutinizerSeverity {
  return SEVERITY_TO_SCRUTINIZER[severity];
}

/** The engine's function rating as Scrutinizer's letter: very_good A, good B, satisfactory C, pass D, critical F. */
const RATING_TO_LETTER: Record<FunctionRating, RatingLetter> = {
  very_good: 'A',
  good: 'B',
  satisfactory: 'C',
  pass: 'D',
  critical: 'F',
};

export function ratingLetter(rating: FunctionRating): RatingLetter {
  return RATING_TO_LETTER[rating];
}

/** Decimal noise of a subtraction (0.7 − 0.8) is not a change: differences are compared at 12 decimals. */
const roundChange = (value: number): number => Math.round(value * 1e12) / 1e12;

function compare(left: number, op: Comparator, right: number): boolean {
  switch (op) {
    case '<':
      return left < right;
    case '<=':
      return left <= right;
    case '>':
      return left > right;
    case '>=':
      return left >= right;
    case '=':
      return left === right;
    case '!=':
      return left !== right;
  }
}

const holds = (value: number | undefined, comparison: Comparison): boolean =>
  value !== undefined && Number.isFinite(value) && compare(value, comparison.op, comparison.value);

/** A rating is greater when it is better: `rating(<= D)` is D or worse (D, F), `rating(< A)` anything but A. */
const ratingRank = (letter: RatingLetter): number => RATING_LETTERS.length - RATING_LETTERS.indexOf(letter);

function issuePasses(issue: ConditionIssue, filter: IssueFilter): boolean {
  switch (filter.kind) {
    case 'new':
      return issue.isNew;
    case 'label': {
      const wanted = filter.label.toLowerCase();
      return issue.labels.some((label) => label.toLowerCase() === wanted);
    }
    case 'severity': {
      const rank = SCRUTINIZER_SEVERITIES.indexOf(scrutinizerSeverity(issue.severity));
      return compare(rank, filter.op, SCRUTINIZER_SEVERITIES.indexOf(filter.severity));
    }
  }
}

function elementPasses(element: ConditionElement, filter: ElementFilter): boolean {
  switch (filter.kind) {
    case 'new':
      return element.isNew;
    case 'rating':
      return compare(ratingRank(ratingLetter(element.rating)), filter.op, ratingRank(filter.rating));
    case 'metric':
      return holds(element.metrics?.[filter.key], filter.comparison);
  }
}

function asserted(count: number, assertion: Assertion): boolean {
  return assertion.kind === 'exists' ? count > 0 : compare(count, assertion.comparison.op, assertion.comparison.value);
}

function metricChange(current: MetricValues, previous: MetricValues | undefined, key: string): number | undefined {
  const now = current[key];
  const before = previous?.[key];
  if (now === undefined || before === undefined) return undefined;
  return roundChange(now - before);
}

/** Whether one parsed condition matches the inspection (a match fails the build). */
export function conditionMatches(condition: ParsedCondition, context: ConditionContext): boolean {
  switch (condition.scope) {
    case 'project': {
      const { metrics, previousMetrics } = context.project;
      const value =
        condition.check === 'metric' ? metrics[condition.key] : metricChange(metrics, previousMetrics, condition.key);
      return holds(value, condition.comparison);
    }
    case 'issues': {
      const count = context.issues.filter((issue) => condition.filters.every((f) => issuePasses(issue, f))).length;
      return asserted(count, condition.assertion);
    }
    case 'patches':
      // Plumb proposes no patches: every patches condition counts none.
      return asserted(0, condition.assertion);
    case 'elements':
    case 'classes':
    case 'operations': {
      const classes = context.classes ?? [];
      const elements =
        condition.scope === 'operations'
          ? context.functions
          : condition.scope === 'classes'
            ? classes
            : [...classes, ...context.functions];
      const count = elements.filter((element) => condition.filters.every((f) => elementPasses(element, f))).length;
      return asserted(count, condition.assertion);
    }
  }
}

/**
 * The build status of an inspection under a repository's conditions: `unknown` when there are none, `failed`
 * with the conditions that matched (as configured, in order) when any did, `passed` otherwise.
 */
export function evaluateConditions(
  conditions: readonly ParsedCondition[],
  context: ConditionContext,
): ConditionsOutcome {
  if (conditions.length === 0) return { status: 'unknown', failures: [] };
  const failures = conditions
    .filter((condition) => conditionMatches(condition, context))
    .map((condition) => condition.source);
  return { status: failures.length > 0 ? 'failed' : 'passed', failures };
}
