import { eq } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import { authorize, type OrganizationAccess } from '../access/index.js';
import { Invalid } from '../errors.js';

const { rateLimitSettings } = schema;

/** Requests per credential and hour when the organization set no limit of its own. */
export const DEFAULT_HOURLY_LIMIT = 1000;
/** The most an organization may allow, so that a typo cannot switch the limit off. */
export const MAX_HOURLY_LIMIT = 1_000_000;

/** The organization's limit per credential and hour, and whether it set one. */
export interface HourlyLimit {
  hourlyLimit: number;
  configured: boolean;
}

/** The limit every credential acting in the organization is held to; no check of the caller (every request asks). */
export async function hourlyLimitOf(db: Executor, organizationId: number): Promise<HourlyLimit> {
  const [row] = await db
    .select({ hourlyLimit: rateLimitSettings.hourlyLimit })
    .from(rateLimitSettings)
    .where(eq(rateLimitSettings.organizationId, organizationId));
  return row
    ? { hourlyLimit: row.hourlyLimit, configured: true }
    : { hourlyLimit: DEFAULT_HOURLY_LIMIT, configured: false };
}

/** Sets the organization's limit per credential and hour (OWNER or ADMIN); null goes back to the default. */
export async function saveHourlyLimit(db: Executor, access: OrganizationAccess, value: unknown): Promise<HourlyLimit> {
  authorize(access, 'manageRateLimits');
  const organizationId = access.organization.id;
  if (value === null) {
    await db.delete(rateLimitSettings).where(eq(rateLimitSettings.organizationId, organizationId));
    return { hourlyLimit: DEFAULT_HOURLY_LIMIT, configured: false };
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_HOURLY_LIMIT)
    throw new Invalid('hourly_limit', `expected an integer from 1 to ${MAX_HOURLY_LIMIT}, or null for the default`);
  const values = { hourlyLimit: value, updatedByUserId: access.principal.user?.id ?? null, updatedAt: new Date() };
  await db
    .insert(rateLimitSettings)
    .values({ organizationId, ...values })
    .onConflictDoUpdate({ target: rateLimitSettings.organizationId, set: values });
  return { hourlyLimit: value, configured: true };
}
