import type { RuleMeta } from '../rules/types.js';
import type { UntrackedFinding } from '../findings/types.js';
import { permitted } from './spdx.js';
import type { DeclaredLicense, LicenseAudit, LicensePolicy } from './types.js';

export const LICENSE_RULE: RuleMeta = {
  id: 'licenses/denied-license',
  tool: 'plumb',
  language: 'any',
  category: 'Deployment',
  severity: 'high',
  labels: ['license'],
  remediationMinutes: 60,
  docs: {
    whatItFinds:
      'A dependency whose declared license the license policy does not permit: one of its terms is denied, or, when ' +
      'the policy lists allowed licenses, it cannot be taken under those alone, or it names no SPDX license. Only ' +
      'reported when `.plumb.yml` `licenses:` (or the organization) sets a policy.',
    whyItMatters:
      'Shipping code under terms the organization has not accepted is a legal risk that no test catches: a copyleft ' +
      'license can oblige you to publish your own source.',
    example: {
      bad: 'licenses:\n  denied: [AGPL-3.0-only]\n# package-lock.json: "node_modules/x": { "license": "AGPL-3.0" }',
      good: 'licenses:\n  denied: [AGPL-3.0-only]\n# package-lock.json: "node_modules/x": { "license": "MIT" }',
    },
  },
};

/** Why the policy refuses a dependency's license, or undefined when it permits it. */
function refusal(dependency: DeclaredLicense, allowed: ReadonlySet<string>, denied: ReadonlySet<string>) {
  if (dependency.spdx === null && allowed.size === 0) return undefined;
  if (dependency.spdx === null)
    return dependency.declared === '' ? 'declares no license' : `declares no SPDX license ("${dependency.declared}")`;
  if (permitted(dependency.spdx, allowed, denied)) return undefined;
  return allowed.size > 0
    ? `is licensed ${dependency.spdx}, which the allowed licenses (${[...allowed].join(', ')}) do not cover`
    : `is licensed ${dependency.spdx}, which the policy denies`;
}

/** A policy is set when it allows or denies anything; an empty one reports nothing. */
export const hasPolicy = (policy: LicensePolicy) => policy.allowed.length > 0 || policy.denied.length > 0;

/**
 * A repository's policy merged over the organization's: each list the repository gives (not empty) replaces the
 * organization's list of the same name, the other is kept.
 */
export function underPolicy(organization: LicensePolicy | undefined, repository: LicensePolicy): LicensePolicy {
  if (!organization) return repository;
  return {
    allowed: repository.allowed.length > 0 ? repository.allowed : organization.allowed,
    denied: repository.denied.length > 0 ? repository.denied : organization.denied,
  };
}

/** Whether the policy refuses the dependency's license. */
export function isRefused(dependency: DeclaredLicense, policy: LicensePolicy): boolean {
  return refusal(dependency, new Set(policy.allowed), new Set(policy.denied)) !== undefined;
}

/** The dependencies whose licenses the policy does not permit, as findings at their declarations. */
export function licenseFindings(audit: LicenseAudit, policy: LicensePolicy): UntrackedFinding[] {
  const allowed = new Set(policy.allowed);
  const denied = new Set(policy.denied);
  const findings: UntrackedFinding[] = [];
  for (const dependency of audit.dependencies) {
    const why = refusal(dependency, allowed, denied);
    if (why === undefined) continue;
    const version = dependency.version ? `@${dependency.version}` : '';
    findings.push({
      rule: LICENSE_RULE.id,
      tool: LICENSE_RULE.tool,
      category: LICENSE_RULE.category,
      severity: LICENSE_RULE.severity,
      filename: dependency.filename,
      line: dependency.line,
      lineEnd: dependency.line,
      column: 1,
      description: `Dependency ${dependency.name}${version} ${why}.`,
      help: 'Replace the dependency, obtain it under other terms, or change the license policy if it is acceptable.',
      language: null,
      remediationMinutes: LICENSE_RULE.remediationMinutes,
    });
  }
  return findings;
}
