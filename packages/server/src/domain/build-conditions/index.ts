/**
 * Scrutinizer's build failure conditions (`build_failure_conditions` in a repository's configuration): parsed
 * when a configuration is saved, evaluated at the end of each inspection. Pure: no store, no HTTP.
 * docs/api/scrutinizer-build-conditions.md lists the syntax and how Plumb reads it.
 */
export { conditionsFromConfig, CONDITIONS_KEY, parseConditions } from './parse.js';
export { conditionMatches, evaluateConditions, ratingLetter, scrutinizerSeverity } from './evaluate.js';
export { RATING_LETTERS, SCRUTINIZER_SEVERITIES } from './types.js';
export type {
  Assertion,
  BuildStatus,
  Comparator,
  Comparison,
  ConditionContext,
  ConditionElement,
  ConditionIssue,
  ConditionsOutcome,
  ElementFilter,
  ElementScope,
  FunctionRating,
  IssueFilter,
  MetricValues,
  ParsedCondition,
  PatchFilter,
  RatingLetter,
  ScrutinizerSeverity,
} from './types.js';
