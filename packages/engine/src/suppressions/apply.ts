import type { UntrackedFinding } from '../findings/types.js';
import type { RuleMeta } from '../rules/types.js';
import { suppressesRule } from './match.js';
import type { Suppression } from './types.js';

/**
 * Drops Plumb's own findings (built-in rules, secrets) that a suppression covers: on its lines, for a check the
 * finding's rule mirrors or for every rule. Other tools' findings are theirs to suppress.
 */
export function suppressFindings(
  findings: readonly UntrackedFinding[],
  suppressions: readonly Suppression[],
  metaOf: (rule: string) => RuleMeta | undefined,
): UntrackedFinding[] {
  if (suppressions.length === 0) return [...findings];
  return findings.filter(
    (finding) =>
      finding.tool !== 'plumb' ||
      !suppressions.some(
        (suppression) =>
          suppression.from <= finding.line &&
          finding.line <= suppression.to &&
          suppressesRule(suppression, metaOf(finding.rule)),
      ),
  );
}
