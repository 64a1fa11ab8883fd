// A project's development reports for its dashboard page: the stored ones, one by day, one made on demand.
import type { Executor } from '../../store/index.js';
import type { OrganizationAccess } from '../access/index.js';
import type { Project, Repository, RepositoryIdentity } from '../projects/index.js';
import { findReport, listReports, requestReport, type ReportHistory, type StoredReport } from '../reports/index.js';
import { NotFound } from '../errors.js';

/** How many of a project's reports its page lists, newest first. */
export const REPORTS_LISTED = 52;

const identityOf = (project: Project): RepositoryIdentity => ({
  provider: project.provider,
  instance: project.instance,
  owner: project.owner,
  name: project.name,
});

function personal(access: OrganizationAccess) {
  const user = access.principal.user;
  if (!user) throw new NotFound('repository');
  return { principal: access.principal, user };
}

/** The project's stored reports, newest first (the project comes from `organizationProject`). */
export async function projectReports(db: Executor, access: OrganizationAccess, project: Project) {
  const { page } = await listReports(db, personal(access), identityOf(project), 'desc', {
    limit: REPORTS_LISTED,
    offset: 0,
  });
  return page.items;
}

/** The project's report of this day (YYYY-MM-DD); NotFound when there is none. */
export async function projectReport(
  db: Executor,
  access: OrganizationAccess,
  project: Project,
  date: string,
): Promise<StoredReport> {
  return (await findReport(db, personal(access), identityOf(project), date)).report;
}

/** Makes the project's report now (of `date`'s week, else of the last seven days), as Scrutinizer's POST does. */
export async function makeProjectReport(
  db: Executor,
  access: OrganizationAccess,
  project: Project,
  date: string | undefined,
  historyOf: (repository: Repository) => Promise<ReportHistory>,
): Promise<StoredReport> {
  return (await requestReport(db, personal(access), identityOf(project), date, historyOf)).report;
}
