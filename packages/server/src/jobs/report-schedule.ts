import type PgBoss from 'pg-boss';
import { reportSlots, type ReportSlot } from '../domain/reports/index.js';
import type { Executor } from '../store/index.js';

/** The queue of report jobs: one per repository and day, produced by whichever worker takes it. */
export const REPORT_QUEUE = 'plumb-report';
/** pg-boss keeps one schedule per queue: each slot of the week gets its own small queue, named after it. */
const SLOT_QUEUE_PREFIX = 'plumb-report-at-';

export interface ReportJob {
  projectId: number;
  /** The report's day; the week before it is the window. */
  date: string;
}

/** A slot's queue, e.g. `plumb-report-at-1-08-Europe/Berlin`. */
export const slotQueue = (slot: ReportSlot): string =>
  `${SLOT_QUEUE_PREFIX}${slot.weekday}-${String(slot.hour).padStart(2, '0')}-${slot.timezone}`;

export const isSlotQueue = (name: string): boolean => name.startsWith(SLOT_QUEUE_PREFIX);

/** Cron of a slot: minute 0 of its hour on its ISO weekday (cron counts Sunday as 0 or 7, so 7 works). */
export const slotCron = (slot: ReportSlot): string => `0 ${slot.hour} * * ${slot.weekday}`;

/**
 * Brings pg-boss's schedules in line with the repositories' report settings: a schedule (cron in the slot's time
 * zone) for every slot an enabled repository names, and none for a slot no repository names any more. Answers the
 * slots now scheduled.
 */
export async function syncReportSchedules(db: Executor, boss: PgBoss): Promise<ReportSlot[]> {
  const slots = await reportSlots(db);
  const wanted = new Map(slots.map((slot) => [slotQueue(slot), slot]));
  const scheduled = new Map((await boss.getSchedules()).filter((s) => isSlotQueue(s.name)).map((s) => [s.name, s]));
  for (const [name, slot] of wanted) {
    const existing = scheduled.get(name);
    // The row's `timezone` column, which pg-boss's type leaves out.
    const zone = (existing as { timezone?: string } | undefined)?.timezone;
    if (existing && existing.cron === slotCron(slot) && zone === slot.timezone) continue;
    await boss.createQueue(name, { name, policy: 'standard', retryLimit: 2 });
    await boss.schedule(name, slotCron(slot), slot, { tz: slot.timezone });
  }
  for (const name of scheduled.keys()) {
    if (wanted.has(name)) continue;
    await boss.unschedule(name);
    // Its queue goes too: a job the cron put there and no worker took any more is a report nobody asked for.
    await boss.deleteQueue(name);
  }
  return slots;
}
