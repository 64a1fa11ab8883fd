import { and, count, eq, inArray, notExists } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { schema, type Executor } from '../../store/index.js';

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
