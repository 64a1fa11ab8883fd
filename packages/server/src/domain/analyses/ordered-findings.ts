// An index's findings in an order other than the stored one (by file and place): by severity, category or file.
import { asc, count, desc } from 'drizzle-orm';
import { byteOrder, rankedBy, schema, type Executor, type FindingKind } from '../../store/index.js';
import type { Page } from '../paging.js';
import {
  filterOf,
  findingsByIds,
  listIndexFindings,
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
 * One page of an index's findings in the order asked for. The stored order (by file, then place) is the fast path;
 * the others sort the findings the filter keeps, which a filter keeps cheap.
 */
export async function listIndexFindingsInOrder(
  db: Executor,
  index: Index,
  filter: FindingFilter,
  page: { limit: number; offset: number },
  order: FindingOrder,
): Promise<Page<StoredFinding>> {
  const { by } = order;
  if ((by === 'place' || by === 'filename') && !order.descending) return listIndexFindings(db, index, filter, page);
  const total = await countIndexFindings(db, index, filter);
  if (page.limit === 0 || page.offset >= total) return { items: [], total };
  const direction = order.descending ? desc : asc;
  const orderBy =
    by === 'place' || by === 'filename'
      ? [direction(byteOrder(findings.filename)), direction(findings.id)]
      : [direction(rankedBy(findings.kind, rankedKinds(index.findingKinds, by))), direction(findings.id)];
  const ids = await db
    .select({ id: findings.id })
    .from(findings)
    .where(filterOf(index, filter))
    .orderBy(...orderBy)
    .limit(page.limit)
    .offset(page.offset);
  return {
    items: await findingsByIds(
      db,
      index,
      ids.map((row) => row.id),
    ),
    total,
  };
}
