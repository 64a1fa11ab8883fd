import type { Severity } from '../findings/types.js';
import type { RuleDocs, RuleEquivalents, RuleMeta } from '../rules/types.js';

/** The catalog entry of one kind of secret: tool `plumb`, every text file, category Security. */
export function secretRule(
  name: string,
  severity: Severity,
  docs: RuleDocs,
  remediationMinutes = 30,
  equivalents: RuleEquivalents = {},
): RuleMeta {
  return {
    id: `secrets/${name}`,
    tool: 'plumb',
    language: 'any',
    category: 'Security',
    // Test data, fixtures and examples hold fake keys on purpose.
    appliesToTests: false,
    severity,
    labels: ['security'],
    remediationMinutes,
    docs,
    // eslint-plugin-no-secrets and SonarQube's "hard-coded secrets" look for every kind of secret.
    equivalents: { eslint: ['no-secrets/no-secrets'], sonar: ['S6418'], ...equivalents },
  };
}

/** What every leaked credential needs, whatever its kind. */
export const ROTATE_HELP =
  'Revoke and rotate it now, remove it from the repository (and its history), ' +
  'and load it at run time from the environment or a secret manager.';
export const WHY_LEAKED =
  'Anyone who can read the repository, its forks, clones or CI logs can use a committed credential; removing ' +
  'it in a later commit does not take it out of the history.';
