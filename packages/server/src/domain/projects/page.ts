import { and, asc, count, eq, gt, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import { encodeProjectCursor, type ProjectCursor } from './cursor.js';
import type { Project, Provider } from './projects.js';

export interface ProjectPageQuery {
  providers: readonly Provider[];
  limit: number;
  /** Continue after this position. */
  after?: ProjectCursor;
  /** A case-insensitive substring of the name. */
  search?: string;
}

export interface ProjectPage {
  projects: Project[];
  /** How many projects match, across all pages. */
  total: number;
  /** Where the next page starts; absent on the last page. */
  nextCursor?: string;
}

/** Byte order, so PGlite and every PostgreSQL locale sort (and compare cursors) the same way. */
const nameOrder = sql`${schema.projects.name} collate "C"`;

const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

/** One page of the organization's projects of some providers, ordered by name then id, with a keyset cursor. */
export async function listOrganizationProjectsPage(
  db: Executor,
  organizationId: number,
  query: ProjectPageQuery,
): Promise<ProjectPage> {
  const filters: SQL[] = [
    eq(schema.projects.organizationId, organizationId),
    inArray(schema.projects.provider, [...query.providers]),
  ];
  if (query.search) filters.push(ilike(schema.projects.name, likePattern(query.search)));
  const { after } = query;
  const position = after
    ? or(
        sql`${nameOrder} > ${after.name} collate "C"`,
        and(eq(schema.projects.name, after.name), gt(schema.projects.id, after.id)),
      )
    : undefined;
  const rows = await db
    .select()
    .from(schema.projects)
    .where(and(...filters, position))
    .orderBy(asc(nameOrder), asc(schema.projects.id))
    .limit(query.limit + 1);
  const [totals] = await db
    .select({ total: count() })
    .from(schema.projects)
    .where(and(...filters));
  const projects = rows.slice(0, query.limit);
  const last = projects[projects.length - 1];
  const nextCursor =
    rows.length > query.limit && last ? encodeProjectCursor({ name: last.name, id: last.id }) : undefined;
  return { projects, total: totals?.total ?? 0, ...(nextCursor ? { nextCursor } : {}) };
}
