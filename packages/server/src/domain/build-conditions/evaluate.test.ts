import type { Severity } from '@plumb/engine';
import { describe, expect, it } from 'vitest';
import { evaluateConditions, ratingLetter, scrutinizerSeverity } from './evaluate.js';
import { parseConditions } from './parse.js';
import type { ConditionContext, ConditionElement, ConditionIssue, FunctionRating } from './types.js';

const issue = (severity: Severity, isNew: boolean, ...labels: string[]): ConditionIssue => ({
  severity,
  isNew,
  labels,
});
const fn = (rating: FunctionRating, isNew: boolean, metrics?: Record<string, number>): ConditionElement => ({
  rating,
  isNew,
  ...(metrics ? { metrics } : {}),
});

/** An inspection with a little of everything; each case below changes one part of it. */
const BASE: ConditionContext = {
  issues: [
    issue('moderate', true, 'coding-style'),
    issue('low', true, 'coding-style'),
    issue('high', false, 'bug'),
    issue('info', true, 'documentation'),
  ],
  functions: [fn('very_good', true), fn('satisfactory', true), fn('pass', false), fn('good', false)],
  project: {
    metrics: { 'scrutinizer.quality': 6.5, 'scrutinizer.test_coverage': 0.7 },
    previousMetrics: { 'scrutinizer.quality': 7, 'scrutinizer.test_coverage': 0.8 },
  },
};

const matches = (condition: string, context: ConditionContext): boolean =>
  evaluateConditions(parseConditions([condition]), context).status === 'failed';

describe('evaluateConditions, each form both ways', () => {
  it.each<[string, Partial<ConditionContext>, boolean]>([
    // Ratings: `<= D` is D or worse; BASE's functions are A, C, D (old), B (old).
    ['elements.rating(<= D).exists', {}, true],
    ['elements.rating(<= D).new.exists', {}, false],
    ['elements.rating(<= D).new.exists', { functions: [fn('critical', true)] }, true],
    ['elements.rating(<= C).new.exists', {}, true],
    ['operations.rating(< A).count = 3', {}, true],
    ['operations.rating(< A).count = 2', {}, false],
    ['operations.rating(= A).count = 1', {}, true],
    ['operations.rating(>= B).count = 2', {}, true],
    ['operations.rating(> B).count = 1', {}, true],
    ['operations.rating(!= C).count = 3', {}, true],
    ['operations.rating(<= D).new.count > 3', {}, false],
    [
      'operations.rating(<= D).new.count > 3',
      { functions: [fn('pass', true), fn('critical', true), fn('critical', true), fn('pass', true)] },
      true,
    ],
    ['operations.rating(<= F).count >= 1', { functions: [fn('critical', false)] }, true],
    // Plumb rates no classes: classes match nothing, elements are the functions.
    ['classes.rating(<= C).exists', {}, false],
    ['classes.rating(<= C).exists', { classes: [fn('satisfactory', false)] }, true],
    ['classes.count < 1', {}, true],
    ['elements.count = 5', { classes: [fn('good', false)] }, true],
    // Element metrics: an absent metric never matches.
    ['operations.metric("scrutinizer.nb_issues", > 2).exists', { functions: [fn('good', false)] }, false],
    [
      'operations.metric("scrutinizer.nb_issues", > 2).exists',
      { functions: [fn('good', false, { 'scrutinizer.nb_issues': 3 })] },
      true,
    ],
    // Issues.
    ['issues.new.exists', {}, true],
    ['issues.new.exists', { issues: [issue('critical', false)] }, false],
    ['issues.count > 3', {}, true],
    ['issues.count > 4', {}, false],
    ['issues.new.count = 3', {}, true],
    ['issues.severity(>= MAJOR).new.exists', {}, false],
    ['issues.severity(>= MAJOR).exists', {}, true],
    ['issues.severity(>= MAJOR).new.exists', { issues: [issue('critical', true)] }, true],
    ['issues.severity(= MINOR).count = 2', {}, true],
    ['issues.severity(<= MINOR).count = 3', {}, true],
    ['issues.severity(< MINOR).count = 1', {}, true],
    ['issues.severity(= CRITICAL).exists', {}, false],
    ['issues.label("coding-style").new.count > 1', {}, true],
    ['issues.label("coding-style").new.count > 5', {}, false],
    ["issues.label('bug').new.exists", {}, false],
    ["issues.label('bug').exists", {}, true],
    ["issues.label('security').new.exists", {}, false],
    ["issues.label('Security').new.exists", { issues: [issue('low', true, 'security')] }, true],
    ['issues.label("bug").severity(>= MAJOR).count = 1', {}, true],
    // Patches: Plumb proposes none.
    ['patches.label("Spacing").new.count > 1', {}, false],
    ['patches.count = 0', {}, true],
    // Project metrics.
    ['project.metric("scrutinizer.quality", < 6)', {}, false],
    ['project.metric("scrutinizer.quality", < 7)', {}, true],
    ['project.metric("scrutinizer.quality", = 6.5)', {}, true],
    ['project.metric("scrutinizer.test_coverage", < 0.60)', {}, false],
    ['project.metric("scrutinizer.unknown", < 100)', {}, false],
    ['project.metric("scrutinizer.unknown", != 0)', {}, false],
    // metric_change is current − previous; 0.7 − 0.8 is −0.1, not a little less.
    ['project.metric_change("scrutinizer.test_coverage", < -0.1)', {}, false],
    ['project.metric_change("scrutinizer.test_coverage", <= -0.1)', {}, true],
    ['project.metric_change("scrutinizer.test_coverage", < 0)', {}, true],
    ['project.metric_change("scrutinizer.quality", = -0.5)', {}, true],
    [
      'project.metric_change("scrutinizer.test_coverage", < -0.1)',
      {
        project: {
          metrics: { 'scrutinizer.test_coverage': 0.5 },
          previousMetrics: { 'scrutinizer.test_coverage': 0.8 },
        },
      },
      true,
    ],
    // Either side absent: unknown, never a match.
    [
      'project.metric_change("scrutinizer.test_coverage", < 0)',
      { project: { metrics: { 'scrutinizer.test_coverage': 0.5 } } },
      false,
    ],
    [
      'project.metric_change("scrutinizer.test_coverage", < 0)',
      { project: { metrics: {}, previousMetrics: { 'scrutinizer.test_coverage': 0.8 } } },
      false,
    ],
  ])('%s on %j → %s', (condition, change, expected) => {
    expect(matches(condition, { ...BASE, ...change })).toBe(expected);
  });
});

describe('evaluateConditions, the outcome', () => {
  it('is unknown without conditions', () => {
    expect(evaluateConditions([], BASE)).toEqual({ status: 'unknown', failures: [] });
  });

  it('is passed when none matched', () => {
    const conditions = parseConditions(['issues.severity(= CRITICAL).exists', 'classes.exists']);
    expect(evaluateConditions(conditions, BASE)).toEqual({ status: 'passed', failures: [] });
  });

  it('is failed with the conditions that matched, as configured and in order', () => {
    const list = [
      "issues.label('coding-style').new.exists",
      'project.metric("scrutinizer.quality", < 6)',
      '  elements.rating(<= D).exists ',
      'issues.severity(= CRITICAL).exists',
      'project.metric_change("scrutinizer.test_coverage", < 0)',
    ];
    expect(evaluateConditions(parseConditions(list), BASE)).toEqual({
      status: 'failed',
      failures: [list[0], list[2], list[4]],
    });
  });
});

describe('the mappings', () => {
  it('reads Plumb severities on Scrutinizer scale', () => {
    const severities: Severity[] = ['info', 'low', 'moderate', 'high', 'critical'];
    expect(severities.map(scrutinizerSeverity)).toEqual(['INFO', 'MINOR', 'MINOR', 'MAJOR', 'CRITICAL']);
  });

  it('reads function ratings as letters', () => {
    const ratings: FunctionRating[] = ['very_good', 'good', 'satisfactory', 'pass', 'critical'];
    expect(ratings.map(ratingLetter)).toEqual(['A', 'B', 'C', 'D', 'F']);
  });
});
