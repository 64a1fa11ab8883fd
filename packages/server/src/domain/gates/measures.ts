import { and, count, eq, inArray, notExists } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { schema, type Executor } from '../../store/index.js';
import { countsBySeverity, type SeverityCounts } from './severity.js';

const { findings } = schema;
const reference = alias(findings, 'reference_findings');

/**
 * An analysis's open findings (neither false positives nor ignored) counted by kind; with `referenceId`, only those
 * whose fingerprint the reference analysis lacks (new code). Counted by the database: no finding is loaded.
 */
export async function openFindingsByKind(
  db: Executor,
  analysisId: number,
  referenceId?: number,
): Promise<Map<number, number>> {
  const rows = await db
    .select({ kind: findings.kind, total: count() })
    .from(findings)
    .where(
      and(
        eq(findings.analysisId, analysisId),
        inArray(findings.status, ['open', 'reopened']),
        referenceId === undefined
          ? undefined
          : notExists(
              db
                .select({ id: reference.id })
                .from(reference)
                .where(and(eq(reference.analysisId, referenceId), eq(reference.fingerprint, findings.fingerprint))),
            ),
      ),
    )
    .groupBy(findings.kind);
  return new Map(rows.map((row) => [row.kind, row.total]));
}

export const NO_FINDINGS: Readonly<SeverityCounts> = { critical: 0, high: 0, medium: 0, low: 0 };

/**
 * An analysis's open findings by CodeStax severity: all of them, and the new ones against the reference (none when
 * the analysis is its own reference, a baseline; all of them without a reference). `openByKind`, when the caller
 * has the findings at hand, saves counting them all again.
 */
export async function findingCounts(
  db: Executor,
  analysisId: number,
  referenceId: number | null,
  severityOf: (kind: number) => string | undefined,
  openByKind?: ReadonlyMap<number, number>,
): Promise<{ all: SeverityCounts; fresh: SeverityCounts }> {
  const all = countsBySeverity(openByKind ?? (await openFindingsByKind(db, analysisId)), severityOf);
  if (referenceId === analysisId) return { all, fresh: { ...NO_FINDINGS } };
  if (referenceId === null) return { all, fresh: all };
  return { all, fresh: countsBySeverity(await openFindingsByKind(db, analysisId, referenceId), severityOf) };
}
