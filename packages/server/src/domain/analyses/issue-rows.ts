// The issue rows of tracking: the base's findings and the scope's gone issues as the tracker reads them, and the
// issues each analysis creates, brings back or closes.
import type { Finding } from '@plumb/engine';
import { and, asc, eq, gt, isNotNull } from 'drizzle-orm';
import { insertMapped, reserveIds, schema, timeOrderedUuid, updateRowsById, type Executor } from '../../store/index.js';
import type { Analysis } from './analyses.js';
import { kindOf } from './indices.js';
import type { IssueFate, TrackedFinding } from './tracking.js';

const { findings, indices, issues } = schema;

/**
 * The base analysis's findings as the tracker reads them: place, rule (through its index's kinds), hash, message and
 * fingerprint, with their issue. Only those columns: on 100,000 findings the rest (help, remediation…) took a third
 * of the memory.
 */
export async function trackedFindings(db: Executor, analysisId: number): Promise<TrackedFinding[]> {
  const [index] = await db
    .select({ findingKinds: indices.findingKinds })
    .from(indices)
    .where(eq(indices.analysisId, analysisId));
  if (!index) return [];
  const tracked: TrackedFinding[] = [];
  // In slices by id: the driver's rows of one slice are garbage before the next is read, so the process never holds
  // 100,000 of them beside the findings built from them (a third of its peak memory when it did).
  for (let after = 0; ;) {
    const rows = await db
      .select({
        id: findings.id,
        kind: findings.kind,
        filename: findings.filename,
        line: findings.line,
        lineEnd: findings.lineEnd,
        column: findings.column,
        description: findings.description,
        codeHash: findings.codeHash,
        fingerprint: findings.fingerprint,
        issueId: findings.issueId,
        status: issues.status,
      })
      .from(findings)
      .innerJoin(issues, eq(issues.id, findings.issueId))
      .where(and(eq(findings.analysisId, analysisId), gt(findings.id, after)))
      .orderBy(asc(findings.id))
      .limit(TRACKED_SLICE);
    for (const row of rows) {
      const { rule, tool } = kindOf(index, row.kind);
      tracked.push({
        ...UNREAD,
        rule,
        tool,
        filename: row.filename,
        line: row.line,
        lineEnd: row.lineEnd,
        column: row.column,
        description: row.description,
        codeHash: row.codeHash,
        uniqueIdentifier: row.fingerprint,
        issueId: row.issueId!,
        status: row.status,
      });
    }
    if (rows.length < TRACKED_SLICE) return tracked;
    after = rows.at(-1)!.id;
  }
}

const TRACKED_SLICE = 10_000;

/** What the tracker does not read of an earlier finding. */
const UNREAD = { category: 'Unknown', severity: 'info', language: null, remediationMinutes: 0 } as const;

/** The scope's issues whose code has gone: fixed ones, and false positives or ignored ones last seen before a fix. */
export async function goneIssues(db: Executor, projectId: number, scope: string): Promise<TrackedFinding[]> {
  const rows = await db
    .select()
    .from(issues)
    .where(and(eq(issues.projectId, projectId), eq(issues.scope, scope), isNotNull(issues.fixedAnalysisId)));
  const gone = rows.filter((issue) => issue.status === 'fixed' || issue.lastAnalysisId < issue.fixedAnalysisId!);
  // A gone issue always has its facts: writeIssues writes them when it sets `fixed_analysis_id`.
  return gone.map((issue) => ({
    ...UNREAD,
    rule: issue.rule!,
    tool: issue.tool!,
    filename: issue.filename!,
    line: issue.line!,
    lineEnd: issue.line!,
    column: 1,
    description: issue.description!,
    codeHash: issue.codeHash!,
    uniqueIdentifier: issue.fingerprint!,
    issueId: issue.id,
    status: issue.status,
  }));
}

/**
 * Creates the new issues, reopens the ones that came back, closes the fixed ones; answers each finding's issue id.
 * An issue's facts (place, hash, message) are those of its finding when it came back or went away: new ones are
 * written without them, and the issues that simply continue are not written at all (most of them, on a large
 * repository).
 */
export async function writeIssues(
  db: Executor,
  analysis: Analysis,
  scope: string,
  current: readonly Finding[],
  fates: readonly IssueFate[],
  gone: { fixed: readonly TrackedFinding[]; baseId: number | undefined },
): Promise<number[]> {
  const ids: (number | undefined)[] = fates.map((fate) => (fate.kind === 'new' ? undefined : fate.issueId));
  const fresh = fates.flatMap((fate, index) => (fate.kind === 'new' ? [{ fate, index }] : []));
  const freshIds = await reserveIds(db, issues, fresh.length);
  await insertMapped(db, issues, fresh, ({ fate, index }, n) => {
    const inherited = fate.kind === 'new' ? fate.inherited : undefined;
    ids[index] = freshIds[n]!;
    return {
      id: freshIds[n]!,
      // Made here, not by gen_random_uuid(): PGlite's takes half the time of writing the row; time-ordered, so the
      // unique index on it grows at its end.
      uuid: timeOrderedUuid(),
      projectId: analysis.projectId,
      scope,
      status: inherited?.status ?? 'open',
      firstAnalysisId: inherited?.firstAnalysisId ?? analysis.id,
      lastAnalysisId: analysis.id,
    };
  });
  // Back, or gone: the facts of the finding that came back, or of the base's that is gone, for the next match.
  const factsOf = (finding: Finding) => ({
    rule: finding.rule,
    tool: finding.tool,
    filename: finding.filename,
    line: finding.line,
    codeHash: finding.codeHash,
    description: finding.description,
    fingerprint: finding.uniqueIdentifier,
  });
  await updateRowsById(
    db,
    issues,
    fates.flatMap((fate, index) =>
      fate.kind === 'reopened'
        ? [{ id: fate.issueId, status: fate.status, lastAnalysisId: analysis.id, ...factsOf(current[index]!) }]
        : [],
    ),
  );
  await updateRowsById(
    db,
    issues,
    gone.fixed.map((finding) => ({
      id: finding.issueId,
      status: finding.status === 'open' || finding.status === 'reopened' ? 'fixed' : finding.status,
      fixedAnalysisId: analysis.id,
      lastAnalysisId: gone.baseId ?? analysis.id,
      ...factsOf(finding),
    })),
  );
  return ids as number[];
}
