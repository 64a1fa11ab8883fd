import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { severityFromSonar } from '../findings/sonar-severity.js';
import { oxlintRule } from './oxlint/catalog.js';
import { oxlintRating } from './oxlint/ratings.js';
import { OXLINT_SONAR_EQUIVALENTS } from './oxlint/sonar-equivalents.js';
import { ruffRating } from './ruff/ratings.js';
import { RUFF_SONAR_EQUIVALENTS } from './ruff/sonar-equivalents.js';

const lintersDoc = readFileSync(new URL('../../../../docs/linters.md', import.meta.url), 'utf8');

describe('linter rules with a SonarQube equivalent', () => {
  it.each(OXLINT_SONAR_EQUIVALENTS.entries())(
    'oxlint %s is listed by oxlint, rated as SonarQube rates it, in the docs',
    (id, sonar) => {
      const listed = oxlintRule(id);
      expect(listed).toBeDefined();
      const severity = severityFromSonar(sonar.severity);
      expect(oxlintRating(id, listed?.category).severity).toBe(severity);
      expect(lintersDoc).toContain(`| \`${id}\` | ${sonar.key} | ${sonar.severity} | ${severity} |`);
    },
  );

  it.each(RUFF_SONAR_EQUIVALENTS.entries())('Ruff %s is rated as SonarQube rates it, in the docs', (code, sonar) => {
    const severity = severityFromSonar(sonar.severity);
    expect(ruffRating(code).severity).toBe(severity);
    expect(lintersDoc).toContain(`| \`${code}\` | ${sonar.key} | ${sonar.severity} | ${severity} |`);
  });

  it('rates an unused parameter low, and a correctness rule SonarQube lacks moderate', () => {
    expect(oxlintRating('eslint/no-unused-vars', 'correctness').severity).toBe('low');
    expect(oxlintRating('eslint/no-this-before-super', 'correctness').severity).toBe('high');
    expect(oxlintRating('oxc/bad-bitwise-operator', 'correctness').severity).toBe('moderate');
    expect(ruffRating('ARG001').severity).toBe('moderate');
    expect(ruffRating('F401').severity).toBe('low');
  });
});
