import type { ViolationCategory } from '../findings/types.js';
import type { RuleMeta } from '../rules/types.js';

/**
 * Categories whose findings are bugs wherever the code runs; style, documentation, design (sizes and thresholds),
 * best practices and performance judge shipped code, as SonarQube's rules scoped to main code do.
 */
const CATEGORIES_APPLYING_TO_TESTS: readonly ViolationCategory[] = [
  'Error_Prone',
  'Safety',
  'Security',
  'Deployment',
  'Unknown',
];

/** Linter rules about test code itself: the Jest and Vitest plugins of oxlint, flake8-pytest-style in Ruff. */
const TEST_FRAMEWORK_RULES = /^(jest\/|vitest\/|PT\d)/;

/** Bandit's checks in Ruff (`assert`, hard-coded passwords, subprocess calls) judge code that faces its users. */
const PRODUCTION_ONLY_RULES = /^S\d/;

/**
 * Whether a rule's findings are reported in test code: its meta's `appliesToTests`, else by its linter's plugin,
 * else by its category.
 */
export function appliesToTests(meta: Pick<RuleMeta, 'id' | 'tool' | 'category' | 'appliesToTests'>): boolean {
  if (meta.appliesToTests !== undefined) return meta.appliesToTests;
  if (meta.tool !== 'plumb' && TEST_FRAMEWORK_RULES.test(meta.id)) return true;
  if (meta.tool === 'ruff' && PRODUCTION_ONLY_RULES.test(meta.id)) return false;
  return CATEGORIES_APPLYING_TO_TESTS.includes(meta.category);
}
