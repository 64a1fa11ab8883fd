// An index's findings paged in any order (by place, severity, category or file), and counted.
import { and, asc, between, count, desc, eq, max, min } from 'drizzle-orm';
import {
  byteOrder,
  kindRankedPage,
  rankedBy,
  rowsOf,
  schema,
  type Executor,
  type FindingKind,
} from '../../store/index.js';
import {
  filterOf,
  findingsByIds,
  kindsMatching,
  totalFromIndex,
  type FindingFilter,
  type Index,
  type StoredFinding,
} from './indices.js';

const { findings } = schema;

/** The order of a list of findings; ties are broken by the stored order. */
export interface FindingOrder {
  by: 'place' | 'filename' | 'severity' | 'category';
  descending?: boolean;
}

const SEVERITY_RANK: Record<string, number> = { critical: 0, high: 1, moderate: 2, low: 3, info: 4 };

/** The index's finding kinds (positions) from first to last in the order asked for. */
function rankedKinds(kinds: readonly FindingKind[], by: 'severity' | 'category'): number[] {
  const key = (kind: FindingKind) => (by === 'severity' ? String(SEVERITY_RANK[kind.severity] ?? 5) : kind.category);
  return kinds
    .map((kind, position) => ({ key: key(kind), position }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.position - b.position))
    .map((entry) => entry.position);
}

/** How many of the index's findings the filter keeps (from the index's own counts when they say). */
export async function countIndexFindings(db: Executor, index: Index, filter: FindingFilter): Promise<number> {
  const known = totalFromIndex(index, filter);
  if (known !== undefined) return known;
  const [row] = await db.select({ total: count() }).from(findings).where(filterOf(index, filter));
  return row?.total ?? 0;
}

/**
 * One page of an index's findings in the order asked for, without their total: what a client that never reads the
 * total asks (Codiga's `violations`), spared counting every match of a filter. A page in the stored order reads the
 * analysis's own id range along the primary key, as listIndexFindings does.
 */
export async function pageOfIndexFindings(
  db: Executor,
  index: Index,
  filter: FindingFilter,
  page: { limit: number; offset: number },
  order: FindingOrder,
): Promise<StoredFinding[]> {
  if (page.limit === 0) return [];
  const { by } = order;
  const direction = order.descending ? desc : asc;
  let where = filterOf(index, filter);
  let orderBy;
  if (by === 'place' || (by === 'filename' && !order.descending)) {
    const [range] = await db
      .select({ first: min(findings.id), last: max(findings.id) })
      .from(findings)
      .where(eq(findings.analysisId, index.analysisId));
    where = and(where, between(findings.id, range?.first ?? 0, range?.last ?? 0))!;
    orderBy = [direction(findings.id)];
  } else if (by === 'filename') orderBy = [direction(byteOrder(findings.filename)), direction(findings.id)];
  else if (filter.filename !== undefined || filter.pathPrefix || filter.onlyNew)
    // Few rows match a file or a path: they are sorted by the rank of their kind.
    orderBy = [direction(rankedBy(findings.kind, rankedKinds(index.findingKinds, by))), direction(findings.id)];
  else {
    // Each kind holds one severity and category: the page walks the kinds in rank order instead of sorting matches.
    const allowed = kindsMatching(index.findingKinds, filter);
    const statement = kindRankedPage({
      table: findings,
      id: findings.id,
      kind: findings.kind,
      where,
      kinds: rankedKinds(index.findingKinds, by).filter((kind) => allowed?.includes(kind) ?? true),
      descending: order.descending ?? false,
      ...page,
    });
    const rows = rowsOf<{ id: number | string }>(await db.execute(statement));
    return findingsByIds(
      db,
      index,
      rows.map((row) => Number(row.id)),
    );
  }
  const ids = await db
    .select({ id: findings.id })
    .from(findings)
    .where(where)
    .orderBy(...orderBy)
    .limit(page.limit)
    .offset(page.offset);
  return findingsByIds(
    db,
    index,
    ids.map((row) => row.id),
  );
}
