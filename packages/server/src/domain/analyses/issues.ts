import { and, count, eq, inArray, notInArray, type SQL } from 'drizzle-orm';
import { dropInsightCounts, inTransaction, schema, shifted, type Executor } from '../../store/index.js';
import { authorize, type OrganizationAccess } from '../access/index.js';
import { Invalid, NotFound } from '../errors.js';
import type { Project } from '../projects/index.js';
import { isUuid, requireName } from '../validate.js';

const { analyses, findings, indices, issues, projects } = schema;

export type Issue = typeof issues.$inferSelect;
export type IssueResolution = 'false_positive' | 'ignored' | 'open';

const IGNORED_STATUSES = ['false_positive', 'ignored'] as const;

/**
 * Marks an issue false positive or ignored (who and why are kept; it stays so in every later analysis), or opens it
 * again. The caller has checked the user may change the project's issues.
 */
export async function resolveIssue(
  db: Executor,
  project: Project,
  issueUuid: string,
  change: { status: IssueResolution; reason?: string; userId: number | null },
): Promise<Issue> {
  return setResolution(db, and(eq(issues.projectId, project.id), eq(issues.uuid, issueUuid))!, change);
}

/** How an API names an issue of the organization: by one of its findings' ids (a scan's issue `id`) or its uuid. */
export type IssueTarget = { findingId: number } | { issueUuid: string };

/**
 * Marks the organization's issue a false positive, or opens it again (CodeStax's mark-fp; OWNER, ADMIN or EDITOR).
 * Another organization's issue is NotFound, whichever way it is named.
 */
export async function markFalsePositive(
  db: Executor,
  access: OrganizationAccess,
  target: IssueTarget,
  change: { isFalsePositive: boolean; reason?: string },
): Promise<Issue> {
  return resolveOrganizationIssue(db, access, target, {
    status: change.isFalsePositive ? 'false_positive' : 'open',
    reason: change.reason,
  });
}

/**
 * Marks the organization's issue a false positive or ignored, with a reason (who and when are kept, and the tracker
 * keeps it so in later analyses), or opens it again: mark-fp's operation, with "ignored" beside it (the dashboard).
 */
export async function resolveOrganizationIssue(
  db: Executor,
  access: OrganizationAccess,
  target: IssueTarget,
  change: { status: IssueResolution; reason?: string | undefined },
): Promise<Issue> {
  authorize(access, 'resolveIssues');
  const ofOrganization = eq(projects.organizationId, access.organization.id);
  const [found] =
    'findingId' in target
      ? await db
          .select({ id: issues.id })
          .from(findings)
          .innerJoin(analyses, eq(analyses.id, findings.analysisId))
          .innerJoin(projects, eq(projects.id, analyses.projectId))
          .innerJoin(issues, eq(issues.id, findings.issueId))
          .where(and(eq(findings.id, target.findingId), ofOrganization))
      : isUuid(target.issueUuid)
        ? await db
            .select({ id: issues.id })
            .from(issues)
            .innerJoin(projects, eq(projects.id, issues.projectId))
            .where(and(eq(issues.uuid, target.issueUuid), ofOrganization))
        : [];
  if (!found) throw new NotFound('issue');
  return setResolution(db, eq(issues.id, found.id), {
    status: change.status,
    reason: change.reason,
    userId: access.principal.user?.id ?? null,
  });
}

async function setResolution(
  db: Executor,
  which: SQL,
  change: { status: IssueResolution; reason?: string | undefined; userId: number | null },
): Promise<Issue> {
  if (change.status !== 'open' && change.reason === undefined)
    throw new Invalid('reason', 'why the issue is a false positive or ignored');
  const reason = change.status === 'open' ? null : requireName('reason', change.reason, 2000);
  // The issue, its findings and the counts of their indices change together or not at all.
  return inTransaction(db, async (tx) => {
    const [row] = await tx
      .update(issues)
      .set(
        change.status === 'open'
          ? { status: 'open', resolvedByUserId: null, resolutionReason: null, resolvedAt: null }
          : {
              status: change.status,
              resolvedByUserId: change.userId,
              resolutionReason: reason,
              resolvedAt: new Date(),
            },
      )
      .where(which)
      .returning();
    if (!row) throw new NotFound('issue');
    await moveFindings(tx, [row.id], row.status);
    return row;
  });
}

/**
 * Its findings carry the status too, in every analysis, so that a status filter needs no join; the indices of the
 * analyses where a finding moved between open and ignored count it on its new side (Scrutinizer's nb_ignored_issues).
 */
async function moveFindings(db: Executor, issueIds: readonly number[], status: Issue['status']): Promise<void> {
  const ignoredNow = (IGNORED_STATUSES as readonly string[]).includes(status);
  const moved = await db
    .select({ analysisId: findings.analysisId, moved: count() })
    .from(findings)
    .where(
      and(
        inArray(findings.issueId, [...issueIds]),
        ignoredNow
          ? notInArray(findings.status, [...IGNORED_STATUSES])
          : inArray(findings.status, [...IGNORED_STATUSES]),
      ),
    )
    .groupBy(findings.analysisId);
  await db
    .update(findings)
    .set({ status })
    .where(inArray(findings.issueId, [...issueIds]));
  for (const { analysisId, moved: howMany } of moved) {
    const by = ignoredNow ? howMany : -howMany;
    await db
      .update(indices)
      .set({ nbIssues: shifted(indices.nbIssues, -by), nbIgnoredIssues: shifted(indices.nbIgnoredIssues, by) })
      .where(eq(indices.analysisId, analysisId));
  }
  // Their open findings changed: Qodana's insights count them again when next asked.
  await dropInsightCounts(
    db,
    moved.map((row) => row.analysisId),
  );
}

/** Issues changed together (in slices: a statement holds at most 65,535 parameters). */
const STATUS_SLICE = 5_000;

/**
 * Gives the project's issues one status at once, with who and why, and moves their findings and counts as
 * `resolveIssue` does; answers the ids actually changed. Run it inside the caller's transaction.
 */
export async function setIssuesStatus(
  db: Executor,
  projectId: number,
  issueIds: readonly number[],
  change: { status: Issue['status']; reason: string | null; userId: number | null },
): Promise<number[]> {
  const changed: number[] = [];
  for (let start = 0; start < issueIds.length; start += STATUS_SLICE) {
    const slice = issueIds.slice(start, start + STATUS_SLICE);
    const opening = change.status === 'open';
    const rows = await db
      .update(issues)
      .set({
        status: change.status,
        resolvedByUserId: opening ? null : change.userId,
        resolutionReason: opening ? null : change.reason,
        resolvedAt: opening ? null : new Date(),
      })
      .where(and(eq(issues.projectId, projectId), inArray(issues.id, slice)))
      .returning({ id: issues.id });
    if (rows.length === 0) continue;
    const ids = rows.map((row) => row.id);
    await moveFindings(db, ids, change.status);
    changed.push(...ids);
  }
  return changed;
}
