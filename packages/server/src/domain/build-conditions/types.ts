import type { ScrutinizerQuality, Severity } from '@plumb/engine';

/** A comparison as written in a condition: `<`, `<=`, `>`, `>=`, `=` (also `==`) or `!=`. */
export type Comparator = '<' | '<=' | '>' | '>=' | '=' | '!=';

export interface Comparison {
  op: Comparator;
  value: number;
}

/** Scrutinizer's element ratings, best first. */
export const RATING_LETTERS = ['A', 'B', 'C', 'D', 'F'] as const;
export type RatingLetter = (typeof RATING_LETTERS)[number];

/** Scrutinizer's issue severities, least severe first. */
export const SCRUTINIZER_SEVERITIES = ['INFO', 'MINOR', 'MAJOR', 'CRITICAL'] as const;
export type ScrutinizerSeverity = (typeof SCRUTINIZER_SEVERITIES)[number];

/** The engine's rating of a function (Scrutinizer's names: very_good … critical). */
export type FunctionRating = ScrutinizerQuality['functions'][number]['rating'];

/** What a condition ends with: `.exists`, or `.count <op> <whole number>`. */
export type Assertion = { kind: 'exists' } | { kind: 'count'; comparison: Comparison };

export type IssueFilter =
  | { kind: 'new' }
  | { kind: 'label'; label: string }
  | { kind: 'severity'; op: Comparator; severity: ScrutinizerSeverity };

export type ElementFilter =
  | { kind: 'new' }
  | { kind: 'rating'; op: Comparator; rating: RatingLetter }
  | { kind: 'metric'; key: string; comparison: Comparison };

export type PatchFilter = { kind: 'new' } | { kind: 'label'; label: string };

/** `elements` (classes and functions), `classes`, `operations` (functions and methods). */
export type ElementScope = 'elements' | 'classes' | 'operations';

/** One condition of `build_failure_conditions`, parsed; `source` is the string as configured. */
export type ParsedCondition =
  | { source: string; scope: 'issues'; filters: IssueFilter[]; assertion: Assertion }
  | { source: string; scope: ElementScope; filters: ElementFilter[]; assertion: Assertion }
  | { source: string; scope: 'patches'; filters: PatchFilter[]; assertion: Assertion }
  | { source: string; scope: 'project'; check: 'metric' | 'metric_change'; key: string; comparison: Comparison };

/** One issue of the inspection, as the conditions see it. */
export interface ConditionIssue {
  /** Plumb's severity; read on Scrutinizer's scale (see `scrutinizerSeverity`). */
  severity: Severity;
  /** Scrutinizer's label slugs (`coding-style`, `security`, …), compared without regard to case. */
  labels: readonly string[];
  /** First seen in this inspection. */
  isNew: boolean;
}

/** One code element (a function, or a class) with its rating. */
export interface ConditionElement {
  rating: FunctionRating;
  /** Added (or first rated) in this inspection. */
  isNew: boolean;
  /** The element's own metrics, for `.metric("key", <op> <number>)`; an absent key never matches. */
  metrics?: Readonly<Record<string, number | undefined>>;
}

export type MetricValues = Readonly<Record<string, number | undefined>>;

/** What an inspection gives the conditions to look at. */
export interface ConditionContext {
  issues: readonly ConditionIssue[];
  /** Functions and methods: Scrutinizer's `operations`. */
  functions: readonly ConditionElement[];
  /** Plumb rates no classes yet: leave it out (or empty) and `classes` conditions see none. */
  classes?: readonly ConditionElement[];
  project: {
    /** This inspection's index: `scrutinizer.quality`, `scrutinizer.test_coverage`, … */
    metrics: MetricValues;
    /** The base inspection's index; absent on a first inspection, so every `metric_change` is unknown. */
    previousMetrics?: MetricValues;
  };
}

export type BuildStatus = 'passed' | 'failed' | 'unknown';

export interface ConditionsOutcome {
  /** `unknown` without conditions, `failed` when any matched, `passed` otherwise. */
  status: BuildStatus;
  /** The conditions that matched, as configured, in configuration order. */
  failures: string[];
}
