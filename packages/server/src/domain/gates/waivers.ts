import { and, desc, eq, gt, isNull, or, type SQL } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import { authorize, type OrganizationAccess } from '../access/index.js';
import { Invalid, NotFound } from '../errors.js';
import { requireName } from '../validate.js';
import { POLICY_KEYS } from './policy.js';

const { gateWaivers, projects } = schema;

export type Waiver = typeof gateWaivers.$inferSelect;

export interface WaiverFilter {
  includeExpired: boolean;
  includeRevoked: boolean;
  projectId?: number;
}

/** The organization's waivers, newest first; expired and revoked ones only when asked for. Any member reads them. */
export async function listWaivers(db: Executor, access: OrganizationAccess, filter: WaiverFilter): Promise<Waiver[]> {
  authorize(access, 'viewOrganization');
  const conditions: (SQL | undefined)[] = [eq(gateWaivers.organizationId, access.organization.id)];
  if (!filter.includeExpired) conditions.push(or(isNull(gateWaivers.expiresAt), gt(gateWaivers.expiresAt, new Date())));
  if (!filter.includeRevoked) conditions.push(isNull(gateWaivers.revokedAt));
  if (filter.projectId !== undefined) conditions.push(eq(gateWaivers.projectId, filter.projectId));
  return db
    .select()
    .from(gateWaivers)
    .where(and(...conditions))
    .orderBy(desc(gateWaivers.id));
}

export interface WaiverInput {
  rule?: unknown;
  reason?: unknown;
  projectId?: unknown;
  pullRequest?: unknown;
  expiresAt?: unknown;
}

const optionalId = (field: string, value: unknown): number | null => {
  if (value === undefined || value === null) return null;
  if (!Number.isSafeInteger(value) || (value as number) < 1) throw new Invalid(field, 'expected a positive integer');
  return value as number;
};

function optionalTime(field: string, value: unknown): Date | null {
  if (value === undefined || value === null) return null;
  const time = typeof value === 'string' ? new Date(value) : undefined;
  if (!time || Number.isNaN(time.getTime())) throw new Invalid(field, 'expected an ISO-8601 date and time');
  return time;
}

/** Creates a waiver of one policy rule (OWNER or ADMIN): for the organization, a repository or a pull request. */
export async function createWaiver(db: Executor, access: OrganizationAccess, input: WaiverInput): Promise<Waiver> {
  authorize(access, 'manageGate');
  if (typeof input.rule !== 'string' || !(POLICY_KEYS as string[]).includes(input.rule))
    throw new Invalid('rule', `expected one of ${POLICY_KEYS.join(', ')}`);
  const reason = requireName('reason', input.reason, 2000);
  const projectId = optionalId('repo_id', input.projectId);
  const pullRequest = optionalId('pr_number', input.pullRequest);
  if (pullRequest !== null && projectId === null) throw new Invalid('pr_number', 'a pull request needs its repo_id');
  const expiresAt = optionalTime('expires_at', input.expiresAt);
  if (projectId !== null) {
    const [project] = await db
      .select({ id: projects.id })
      .from(projects)
      .where(and(eq(projects.id, projectId), eq(projects.organizationId, access.organization.id)));
    if (!project) throw new NotFound('repository');
  }
  const [waiver] = await db
    .insert(gateWaivers)
    .values({
      organizationId: access.organization.id,
      projectId,
      pullRequest,
      rule: input.rule,
      reason,
      createdByUserId: access.principal.user?.id ?? null,
      expiresAt,
    })
    .returning();
  return waiver!;
}

/** Revokes a waiver (OWNER or ADMIN): kept, no longer honoured. Revoking it again keeps the first time. */
export async function revokeWaiver(db: Executor, access: OrganizationAccess, id: number): Promise<Waiver> {
  authorize(access, 'manageGate');
  const own = and(eq(gateWaivers.id, id), eq(gateWaivers.organizationId, access.organization.id));
  const [revoked] = Number.isSafeInteger(id)
    ? await db
        .update(gateWaivers)
        .set({ revokedAt: new Date() })
        .where(and(own, isNull(gateWaivers.revokedAt)))
        .returning()
    : [];
  if (revoked) return revoked;
  const [already] = Number.isSafeInteger(id) ? await db.select().from(gateWaivers).where(own) : [];
  if (!already) throw new NotFound('waiver');
  return already;
}

/** Pull request, then repository, then organization: the rank of the scope a waiver applies to (higher wins). */
const scopeRank = (waiver: Waiver): number => (waiver.pullRequest !== null ? 2 : waiver.projectId !== null ? 1 : 0);

/**
 * The waivers an analysis's gate honours at `now` (not revoked, not expired, of its organization, repository or pull
 * request), as the most specific waiver of each rule.
 */
export async function waiversInForce(
  db: Executor,
  target: { organizationId: number; projectId: number; pullRequest: number | null },
  now: Date,
): Promise<(rule: string) => number | undefined> {
  const rows = await db
    .select()
    .from(gateWaivers)
    .where(
      and(
        eq(gateWaivers.organizationId, target.organizationId),
        isNull(gateWaivers.revokedAt),
        or(isNull(gateWaivers.expiresAt), gt(gateWaivers.expiresAt, now)),
        or(isNull(gateWaivers.projectId), eq(gateWaivers.projectId, target.projectId)),
      ),
    );
  const chosen = new Map<string, Waiver>();
  for (const waiver of rows) {
    if (waiver.pullRequest !== null && waiver.pullRequest !== target.pullRequest) continue;
    const held = chosen.get(waiver.rule);
    if (!held || scopeRank(waiver) > scopeRank(held)) chosen.set(waiver.rule, waiver);
  }
  return (rule) => chosen.get(rule)?.id;
}
