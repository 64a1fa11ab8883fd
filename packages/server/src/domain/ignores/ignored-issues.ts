// The issues an ignore covers: found through the findings of every analysis of the project (a finding holds its
// rule through its index's kinds), given the ignored status, and remembered so that removing the ignore opens them.
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import { schema, startsWith, type Executor } from '../../store/index.js';
import { setIssuesStatus } from '../analyses/issues.js';
import { ignoreReason, ignores, type ViolationIgnore } from './match.js';

const { findings, ignoredIssues, indices } = schema;

type IssueStatus = (typeof schema.ISSUE_STATUSES)[number];

/** The project's issues with one of the statuses whose findings an ignore covers, by issue id. */
export async function issuesCovered(
  db: Executor,
  projectId: number,
  list: readonly ViolationIgnore[],
  statuses: readonly IssueStatus[],
): Promise<Map<number, ViolationIgnore>> {
  const covered = new Map<number, ViolationIgnore>();
  if (list.length === 0) return covered;
  const analysesOfProject = await db
    .select({ analysisId: indices.analysisId, findingKinds: indices.findingKinds })
    .from(indices)
    .where(eq(indices.projectId, projectId));
  for (const { analysisId, findingKinds } of analysesOfProject)
    for (const ignore of list) {
      const kinds = findingKinds.flatMap((kind, position) =>
        ignores({ ...ignore, filename: null, prefix: null }, { ...kind, filename: '' }) ? [position] : [],
      );
      if (kinds.length === 0) continue;
      const place: SQL | undefined = and(
        ignore.filename === null ? undefined : eq(findings.filename, ignore.filename),
        ignore.prefix === null ? undefined : startsWith(findings.filename, ignore.prefix),
      );
      const rows = await db
        .selectDistinct({ issueId: findings.issueId })
        .from(findings)
        .where(
          and(
            eq(findings.analysisId, analysisId),
            inArray(findings.kind, kinds),
            inArray(findings.status, [...statuses]),
            place,
          ),
        );
      for (const { issueId } of rows) if (issueId !== null && !covered.has(issueId)) covered.set(issueId, ignore);
    }
  return covered;
}

/** Marks the issues ignored, each for the ignore that covers it, and remembers which ignore did. */
export async function ignoreIssues(
  db: Executor,
  projectId: number,
  covered: ReadonlyMap<number, ViolationIgnore>,
): Promise<void> {
  const byIgnore = new Map<ViolationIgnore, number[]>();
  for (const [issueId, ignore] of covered) byIgnore.set(ignore, [...(byIgnore.get(ignore) ?? []), issueId]);
  for (const [ignore, issueIds] of byIgnore) {
    const changed = await setIssuesStatus(db, projectId, issueIds, {
      status: 'ignored',
      reason: ignoreReason(ignore),
      userId: ignore.createdByUserId,
    });
    await remember(db, ignore.id, changed);
  }
}

/** Records that the ignore holds these issues (already ignored ones included, e.g. inherited by a branch). */
export async function remember(db: Executor, ignoreId: number, issueIds: readonly number[]): Promise<void> {
  for (let start = 0; start < issueIds.length; start += 10_000)
    await db
      .insert(ignoredIssues)
      .values(issueIds.slice(start, start + 10_000).map((issueId) => ({ ignoreId, issueId })))
      .onConflictDoNothing();
}
