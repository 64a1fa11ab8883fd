import { describe, expect, it } from 'vitest';
import { METRIC_RULES } from '../findings/metric-rules.js';
import type { ViolationCategory } from '../findings/types.js';
import { SECRET_RULES } from '../secrets/index.js';
import { appliesToTests } from './applies-to-tests.js';

const rule = (tool: string, id: string, category: ViolationCategory, appliesToTestsSetting?: boolean) => ({
  tool,
  id,
  category,
  appliesToTests: appliesToTestsSetting,
});

describe('appliesToTests', () => {
  it.each([
    [rule('plumb', 'c/sizeof-pointer', 'Error_Prone'), true],
    [rule('plumb', 'c/gets-call', 'Security'), true],
    [rule('plumb', 'java/catch-throwable', 'Error_Prone', false), false],
    [rule('plumb', 'go/error-string-style', 'Code_Style'), false],
    [rule('plumb', 'metrics/long-function', 'Design'), false],
    [rule('plumb', 'java/system-out-print', 'Best_Practice'), false],
    [rule('oxlint', 'eslint/no-unused-vars', 'Error_Prone'), true],
    [rule('oxlint', 'jest/no-identical-title', 'Code_Style'), true],
    [rule('oxlint', 'vitest/no-conditional-tests', 'Best_Practice'), true],
    [rule('ruff', 'PT011', 'Best_Practice'), true],
    [rule('ruff', 'S101', 'Security'), false],
    [rule('ruff', 'E711', 'Code_Style'), false],
    [rule('ruff', 'F821', 'Error_Prone'), true],
    [rule('semgrep', 'custom.rule', 'Unknown'), true],
  ])('%o → %s', (meta, expected) => {
    expect(appliesToTests(meta)).toBe(expected);
  });

  it('leaves secrets and the size metrics out of tests, whose fake keys and long cases are on purpose', () => {
    expect([...SECRET_RULES, ...Object.values(METRIC_RULES)].filter(appliesToTests)).toEqual([]);
  });
});
