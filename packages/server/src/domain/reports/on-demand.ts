import type { Executor } from '../../store/index.js';
import type { PersonalAccess } from '../access/index.js';
import { writableRepository } from '../analyses/inspections.js';
import { Invalid } from '../errors.js';
import type { Project, Repository, RepositoryIdentity } from '../projects/index.js';
import { produceReport, type ReportHistory, type StoredReport } from './produce.js';
import { localDate, requireDay, weekBefore, weekUntil, type ReportWindow } from './window.js';

/**
 * The window of a report asked for now: the week before `date` (as the scheduled report of that day covers), or
 * without a date the seven days up to now, named by today. A day after today is refused.
 */
export function requestedWindow(project: Project, date: string | undefined, now: Date): ReportWindow {
  const zone = project.reportTimezone;
  if (date === undefined) return weekUntil(now, zone);
  const day = requireDay('date', date);
  if (day > localDate(now, zone))
    throw new Invalid('date', `expected a day no later than today (${localDate(now, zone)})`);
  return weekBefore(day, zone);
}

/** Produces a repository's report now (who may ask for an inspection of it may), over its history. */
export async function requestReport(
  db: Executor,
  access: PersonalAccess,
  identity: RepositoryIdentity,
  date: string | undefined,
  historyOf: (repository: Repository) => Promise<ReportHistory>,
): Promise<{ repository: Repository; report: StoredReport }> {
  const repository = await writableRepository(db, access, identity, 'requestReport');
  const window = requestedWindow(repository, date, new Date());
  return { repository, report: await produceReport(db, repository, window, await historyOf(repository)) };
}
