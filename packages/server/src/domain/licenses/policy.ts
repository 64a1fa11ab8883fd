import { isSpdxId, type LicensePolicy } from '@plumb/engine';
import { eq } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import { authorize, type OrganizationAccess } from '../access/index.js';
import { Invalid } from '../errors.js';

const { organizationLicensePolicies } = schema;

/** An organization's license policy as its settings hold it; `configured` false when it has none. */
export interface OrganizationLicensePolicy extends LicensePolicy {
  configured: boolean;
}

/** A policy as sent: either list may be left out (then it is empty). */
export interface LicensePolicyInput {
  allowed?: unknown;
  denied?: unknown;
}

/** The policy an organization's analyses are held to, or undefined when it has none (the worker's read). */
export async function organizationLicensePolicy(
  db: Executor,
  organizationId: number,
): Promise<LicensePolicy | undefined> {
  const [row] = await db
    .select()
    .from(organizationLicensePolicies)
    .where(eq(organizationLicensePolicies.organizationId, organizationId));
  return row ? { allowed: row.allowed, denied: row.denied } : undefined;
}

/** The organization's license policy; any member may read it. */
export async function getLicensePolicy(db: Executor, access: OrganizationAccess): Promise<OrganizationLicensePolicy> {
  authorize(access, 'viewOrganization');
  const policy = await organizationLicensePolicy(db, access.organization.id);
  return policy ? { ...policy, configured: true } : { allowed: [], denied: [], configured: false };
}

/** A list of SPDX license ids, each checked against the SPDX License List; duplicates kept once. */
function requireLicenseIds(field: string, value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new Invalid(field, 'expected a list of SPDX license ids');
  const ids = value.map((id: unknown, index) => {
    if (typeof id !== 'string' || !isSpdxId(id))
      throw new Invalid(
        `${field}[${index}]`,
        `expected an SPDX license id such as MIT or GPL-3.0-only, got ${JSON.stringify(id)}`,
      );
    return id;
  });
  return [...new Set(ids)];
}

/**
 * Replaces the organization's license policy (OWNER or ADMIN); a list left out is empty, and a policy with both
 * lists empty is no policy. Each repository's `.plumb.yml` `licenses:` lists replace the lists of the same name.
 */
export async function saveLicensePolicy(
  db: Executor,
  access: OrganizationAccess,
  input: LicensePolicyInput,
): Promise<OrganizationLicensePolicy> {
  authorize(access, 'manageLicensePolicy');
  const allowed = requireLicenseIds('allowed', input.allowed);
  const denied = requireLicenseIds('denied', input.denied);
  const organizationId = access.organization.id;
  if (allowed.length === 0 && denied.length === 0) {
    await db.delete(organizationLicensePolicies).where(eq(organizationLicensePolicies.organizationId, organizationId));
    return { allowed, denied, configured: false };
  }
  await db
    .insert(organizationLicensePolicies)
    .values({ organizationId, allowed, denied })
    .onConflictDoUpdate({ target: organizationLicensePolicies.organizationId, set: { allowed, denied } });
  return { allowed, denied, configured: true };
}
