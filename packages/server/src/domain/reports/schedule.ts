import { and, eq } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import type { Project } from '../projects/index.js';

const { projects } = schema;

/** A moment of the week in a time zone at which reports are made: every enabled repository set to it shares it. */
export interface ReportSlot {
  weekday: number;
  hour: number;
  timezone: string;
}

/** Every slot some enabled repository's report settings name. */
export async function reportSlots(db: Executor): Promise<ReportSlot[]> {
  return db
    .selectDistinct({ weekday: projects.reportWeekday, hour: projects.reportHour, timezone: projects.reportTimezone })
    .from(projects)
    .where(eq(projects.reportEnabled, true));
}

/** The ids of the enabled repositories whose report is made at this slot. */
export async function repositoriesAt(db: Executor, slot: ReportSlot): Promise<number[]> {
  const rows = await db
    .select({ id: projects.id })
    .from(projects)
    .where(
      and(
        eq(projects.reportEnabled, true),
        eq(projects.reportWeekday, slot.weekday),
        eq(projects.reportHour, slot.hour),
        eq(projects.reportTimezone, slot.timezone),
      ),
    );
  return rows.map((row) => row.id);
}

/** A project by id, for a report job (no caller: the schedule acts for the repository). */
export async function reportProject(db: Executor, projectId: number): Promise<Project | undefined> {
  const [project] = await db.select().from(projects).where(eq(projects.id, projectId));
  return project;
}
