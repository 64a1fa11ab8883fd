import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import { authorize, type OrganizationAccess, type PersonalAccess } from '../access/index.js';
import { readableRepository } from '../analyses/inspections.js';
import { Invalid, NotFound } from '../errors.js';
import type { Page } from '../paging.js';
import type { Repository, RepositoryIdentity } from '../projects/index.js';
import type { StoredReport } from './produce.js';
import { requireDay } from './window.js';

const { projects, reports } = schema;

export type SortOrder = 'asc' | 'desc';

/** A page of a list by number (Scrutinizer's `page` and `per_page`). */
export interface NumberedPage {
  limit: number;
  offset: number;
}

/** `sort_field` and `sort_order` as Scrutinizer takes them: created_at only; asc or desc. */
export function requireReportSort(field: unknown, order: unknown): SortOrder {
  if (field !== undefined && field !== 'created_at') throw new Invalid('sort_field', 'expected created_at');
  if (order !== undefined && order !== 'asc' && order !== 'desc')
    throw new Invalid('sort_order', 'expected asc or desc');
  return (order as SortOrder | undefined) ?? 'desc';
}

/** A repository's reports the caller may read, by date of creation. */
export async function listReports(
  db: Executor,
  access: PersonalAccess,
  identity: RepositoryIdentity,
  order: SortOrder,
  page: NumberedPage,
): Promise<{ repository: Repository; page: Page<StoredReport> }> {
  const repository = await readableRepository(db, access, identity);
  const by = order === 'asc' ? asc : desc;
  const items = await db
    .select()
    .from(reports)
    .where(eq(reports.projectId, repository.id))
    .orderBy(by(reports.createdAt), by(reports.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db.select({ count: count() }).from(reports).where(eq(reports.projectId, repository.id));
  return { repository, page: { items, total: total?.count ?? 0 } };
}

/** The repository's report of a day (YYYY-MM-DD). */
export async function findReport(
  db: Executor,
  access: PersonalAccess,
  identity: RepositoryIdentity,
  date: string,
): Promise<{ repository: Repository; report: StoredReport }> {
  const repository = await readableRepository(db, access, identity);
  const [report] = await db
    .select()
    .from(reports)
    .where(and(eq(reports.projectId, repository.id), eq(reports.date, requireDay('date', date))));
  if (!report) throw new NotFound('report');
  return { repository, report };
}

/** An organization's repository with its latest report. */
export interface LatestReport {
  repository: Repository;
  report: StoredReport;
}

/**
 * The latest report of each of the organization's repositories that has one, ordered by repository (oldest added
 * first): one `DISTINCT ON (project_id)` page, and the page's repositories.
 */
export async function latestReportsOfOrganization(
  db: Executor,
  access: OrganizationAccess,
  page: NumberedPage,
): Promise<Page<LatestReport>> {
  authorize(access, 'viewOrganization');
  const ofOrganization = eq(projects.organizationId, access.organization.id);
  const latest = await db
    .selectDistinctOn([reports.projectId], { report: reports })
    .from(reports)
    .innerJoin(projects, eq(projects.id, reports.projectId))
    .where(ofOrganization)
    .orderBy(reports.projectId, desc(reports.createdAt), desc(reports.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db
    .select({ count: count(reports.projectId) })
    .from(
      db
        .selectDistinct({ projectId: reports.projectId })
        .from(reports)
        .innerJoin(projects, eq(projects.id, reports.projectId))
        .where(ofOrganization)
        .as('reported'),
    );
  const ids = latest.map((row) => row.report.projectId);
  const rows = ids.length === 0 ? [] : await db.select().from(projects).where(inArray(projects.id, ids));
  const organization = { slug: access.organization.slug, name: access.organization.name };
  const byId = new Map(rows.map((project) => [project.id, { ...project, organization }]));
  return {
    items: latest.flatMap(({ report }) => {
      const repository = byId.get(report.projectId);
      return repository ? [{ repository, report }] : [];
    }),
    total: total?.count ?? 0,
  };
}
