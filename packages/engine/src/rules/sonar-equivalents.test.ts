import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { severityFromSonar } from '../findings/sonar-severity.js';
import { BUILT_IN_RULES } from './index.js';
import { BUILT_IN_SONAR_EQUIVALENTS } from './sonar-equivalents.js';

const metas = new Map(
  Object.values(BUILT_IN_RULES)
    .flat()
    .map((rule) => [rule.meta.id, rule.meta]),
);
const rulesDoc = readFileSync(new URL('../../../../docs/rules.md', import.meta.url), 'utf8');

describe('built-in rules with a SonarQube equivalent', () => {
  it.each(BUILT_IN_SONAR_EQUIVALENTS.entries())('%s has the severity of its SonarQube rule', (id, sonar) => {
    expect(metas.get(id)?.severity).toBe(severityFromSonar(sonar.severity));
  });

  it.each(BUILT_IN_SONAR_EQUIVALENTS.entries())('%s is in the table of docs/rules.md', (id, sonar) => {
    const severity = severityFromSonar(sonar.severity);
    expect(rulesDoc).toContain(`| \`${id}\` | ${sonar.key} | ${sonar.severity} | ${severity} |`);
  });
});
