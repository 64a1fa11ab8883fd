import { and, eq } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import { Invalid, NotFound } from '../errors.js';
import type { Project } from '../projects/index.js';
import { requireName } from '../validate.js';

const { issues } = schema;

export type Issue = typeof issues.$inferSelect;
export type IssueResolution = 'false_positive' | 'ignored' | 'open';

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
  if (change.status !== 'open' && change.reason === undefined)
    throw new Invalid('reason', 'why the issue is a false positive or ignored');
  const [row] = await db
    .update(issues)
    .set(
      change.status === 'open'
        ? { status: 'open', resolvedByUserId: null, resolutionReason: null, resolvedAt: null }
        : {
            status: change.status,
            resolvedByUserId: change.userId,
            resolutionReason: requireName('reason', change.reason, 2000),
            resolvedAt: new Date(),
          },
    )
    .where(and(eq(issues.projectId, project.id), eq(issues.uuid, issueUuid)))
    .returning();
  if (!row) throw new NotFound('issue');
  // Its findings carry the status too, in every analysis, so that a status filter needs no join.
  await db.update(schema.findings).set({ status: row.status }).where(eq(schema.findings.issueId, row.id));
  return row;
}
