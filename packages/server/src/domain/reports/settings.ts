import { eq } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import type { PersonalAccess } from '../access/index.js';
import { writableRepository } from '../analyses/inspections.js';
import { Invalid } from '../errors.js';
import type { Project, Repository, RepositoryIdentity } from '../projects/index.js';
import { isTimeZone } from './window.js';

/** Scrutinizer's `development_report_settings`: when a repository's weekly report is made. */
export interface ReportSettings {
  enabled: boolean;
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: number;
  /** 0–23, in `timezone`. */
  hour: number;
  /** An IANA time zone, e.g. Europe/Berlin. */
  timezone: string;
}

/** The only interval Scrutinizer's reports have: one week. */
export const REPORT_INTERVAL = 'P1W';

/** Reschedules reports after settings change (jobs/ implements it over pg-boss's scheduler). */
export interface ReportScheduler {
  reschedule(): Promise<void>;
}

export function reportSettingsOf(project: Project): ReportSettings {
  return {
    enabled: project.reportEnabled,
    weekday: project.reportWeekday,
    hour: project.reportHour,
    timezone: project.reportTimezone,
  };
}

const integerIn = (field: string, value: unknown, min: number, max: number, what: string): number => {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    throw new Invalid(field, `expected ${what}, an integer from ${min} to ${max}`);
  return value;
};

/** Settings laid over the current ones, each field checked; `interval` may only be P1W. */
export function requireReportSettings(current: ReportSettings, body: Record<string, unknown>): ReportSettings {
  if (body.interval !== undefined && body.interval !== REPORT_INTERVAL)
    throw new Invalid('interval', `expected ${REPORT_INTERVAL}: reports are weekly`);
  if (body.enabled !== undefined && typeof body.enabled !== 'boolean')
    throw new Invalid('enabled', 'expected true or false');
  if (body.timezone !== undefined && (typeof body.timezone !== 'string' || !isTimeZone(body.timezone)))
    throw new Invalid('timezone', 'expected an IANA time zone such as UTC or Europe/Berlin');
  return {
    enabled: (body.enabled as boolean | undefined) ?? current.enabled,
    weekday:
      body.weekday === undefined
        ? current.weekday
        : integerIn('weekday', body.weekday, 1, 7, 'an ISO weekday (1 Monday)'),
    hour: body.hour === undefined ? current.hour : integerIn('hour', body.hour, 0, 23, 'an hour of the day'),
    timezone: (body.timezone as string | undefined) ?? current.timezone,
  };
}

/**
 * Changes when a repository's report is made (who may administer the repository), then reschedules. A failed
 * reschedule is left to the workers, which bring the schedules in line with the settings every minute.
 */
export async function updateReportSettings(
  db: Executor,
  access: PersonalAccess,
  identity: RepositoryIdentity,
  body: Record<string, unknown>,
  scheduler: ReportScheduler | undefined,
): Promise<Repository> {
  const repository = await writableRepository(db, access, identity, 'manageReports');
  const settings = requireReportSettings(reportSettingsOf(repository), body);
  await db
    .update(schema.projects)
    .set({
      reportEnabled: settings.enabled,
      reportWeekday: settings.weekday,
      reportHour: settings.hour,
      reportTimezone: settings.timezone,
    })
    .where(eq(schema.projects.id, repository.id));
  await scheduler?.reschedule().catch(() => undefined);
  return {
    ...repository,
    reportEnabled: settings.enabled,
    reportWeekday: settings.weekday,
    reportHour: settings.hour,
    reportTimezone: settings.timezone,
  };
}
