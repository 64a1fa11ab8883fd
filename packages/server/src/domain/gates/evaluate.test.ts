import { describe, expect, it } from 'vitest';
import type { GateMeasures } from '../../store/index.js';
import { evaluatePolicy } from './evaluate.js';
import { DEFAULT_POLICY } from './policy.js';
import { coverageRating } from './rating.js';
import { gateSection, tightenedPolicy } from './repository-policy.js';

const counts = (critical: number, high: number) => ({ critical, high, medium: 0, low: 0 });
const MEASURES: GateMeasures = {
  newBySeverity: counts(0, 1),
  allBySeverity: counts(3, 5),
  duplicationPct: 4.2,
  complexityNewMax: 9,
  rating: 'B',
  newCoveragePct: null,
  referenceAnalysisId: 1,
};
const CONFIG = { configured: true, enabled: true, appliesToNewCodeOnly: true, policy: { ...DEFAULT_POLICY } };
const noWaiver = () => undefined;

describe('evaluatePolicy', () => {
  it('reports each broken condition with its threshold, actual value and severity', () => {
    expect(evaluatePolicy(CONFIG, MEASURES, noWaiver)).toEqual({
      status: 'failed',
      violations: [{ rule: 'duplication_pct_max', threshold: 3, actual: 4.2, severity: 'high' }],
      waivedViolations: [],
    });
  });

  it('counts every open finding when the policy is not on new code only', () => {
    const verdict = evaluatePolicy({ ...CONFIG, appliesToNewCodeOnly: false }, MEASURES, noWaiver);
    expect(verdict.violations.map((violation) => [violation.rule, violation.actual])).toEqual([
      ['new_critical_max', 3],
      ['new_high_max', 5],
      ['duplication_pct_max', 4.2],
    ]);
  });

  it('moves a waived violation aside, and checks rating and complexity', () => {
    const policy = { ...DEFAULT_POLICY, rating_min: 'A' as const, complexity_new_max: 5 };
    const verdict = evaluatePolicy({ ...CONFIG, policy }, MEASURES, (rule) =>
      rule === 'duplication_pct_max' ? 7 : undefined,
    );
    expect(verdict.status).toBe('failed');
    expect(verdict.violations.map((violation) => violation.rule)).toEqual(['complexity_new_max', 'rating_min']);
    expect(verdict.waivedViolations).toEqual([
      { rule: 'duplication_pct_max', threshold: 3, actual: 4.2, severity: 'high', waiverId: 7 },
    ]);
  });

  it('leaves new coverage out until the analysis has coverage, then holds it to the minimum', () => {
    const passing = { ...MEASURES, duplicationPct: 0 };
    expect(evaluatePolicy(CONFIG, passing, noWaiver).status).toBe('passed');
    expect(evaluatePolicy(CONFIG, { ...passing, newCoveragePct: 72.4 }, noWaiver).violations).toEqual([
      { rule: 'new_coverage_min', threshold: 80, actual: 72.4, severity: 'medium' },
    ]);
  });

  it('is not_configured for an organization without a gate, or with it switched off', () => {
    expect(evaluatePolicy({ ...CONFIG, configured: false }, MEASURES, noWaiver).status).toBe('not_configured');
    expect(evaluatePolicy({ ...CONFIG, enabled: false }, MEASURES, noWaiver).status).toBe('not_configured');
  });
});

describe("a repository's gate: section", () => {
  it('tightens the policy and never loosens it', () => {
    const section = gateSection(
      'exclude: [vendor]\ngate:\n  new_high_max: 0\n  new_critical_max: 5\n  rating_min: A\n  new_coverage_min: 90\n',
    )!;
    expect(tightenedPolicy({ ...DEFAULT_POLICY }, section)).toEqual({
      ...DEFAULT_POLICY,
      new_high_max: 0,
      rating_min: 'A',
      new_coverage_min: 90,
    });
    expect(tightenedPolicy({ ...DEFAULT_POLICY, rating_min: 'A' }, { rating_min: 'D' }).rating_min).toBe('A');
  });

  it('is ignored whole when a key has the wrong type, and absent without a gate: section', () => {
    expect(tightenedPolicy({ ...DEFAULT_POLICY }, { new_high_max: 'none', rating_min: 'A' })).toEqual(DEFAULT_POLICY);
    expect(gateSection('exclude: [vendor]\n')).toBeUndefined();
    expect(gateSection(null)).toBeUndefined();
  });
});

describe('coverageRating', () => {
  it('rates line coverage as SonarQube does: A from 80%, B from 70%, C from 50%, D from 30%, else E', () => {
    const rated = [1, 0.8, 0.7999, 0.7, 0.5, 0.4999, 0.3, 0.2999, 0].map(coverageRating);
    expect(rated).toEqual(['A', 'A', 'B', 'B', 'C', 'D', 'D', 'E', 'E']);
    expect(coverageRating(null)).toBeNull();
  });
});
