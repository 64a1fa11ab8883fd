import type { SealedBox } from '../crypto/sealed-box.js';
import {
  localDate,
  produceReport,
  reportProject,
  repositoriesAt,
  weekBefore,
  type ReportScheduler,
  type ReportSlot,
} from '../domain/reports/index.js';
import { gitSourceOf } from '../domain/projects/index.js';
import { mirrorHistory, refreshedMirror } from '../git/index.js';
import type { Store } from '../store/index.js';
import type { Queue } from './queue.js';
import { REPORT_QUEUE, slotQueue, syncReportSchedules, type ReportJob } from './report-schedule.js';

export interface ReportContext {
  store: Store;
  secrets: SealedBox;
  /** Mirrors live under `<dataDir>/mirrors`. */
  dataDir: string;
  /** One line per report made. */
  report?: (line: string) => void;
}

export interface ReportWorker extends ReportScheduler {
  stop(): Promise<void>;
}

/** How often the schedules are brought in line with settings changed elsewhere (another node, a new repository). */
const SYNC_INTERVAL_MS = 60_000;

/** Produces one repository's report of a day from its freshly fetched mirror; a repository gone since is skipped. */
export async function runReportJob(context: ReportContext, job: ReportJob): Promise<void> {
  const project = await reportProject(context.store.db, job.projectId);
  if (!project) return;
  const source = gitSourceOf(project, context.secrets);
  const mirror = await refreshedMirror(source, { dataDir: context.dataDir, key: project.uuid });
  const window = weekBefore(job.date, project.reportTimezone);
  await produceReport(context.store.db, project, window, mirrorHistory(mirror));
  context.report?.(`report ${job.date} of repository ${project.uuid} made`);
}

/** What a slot's cron job does: one report job per repository of the slot, dated today in the slot's zone. */
export async function fanOutSlot(store: Store, queue: Queue, slot: ReportSlot, now = new Date()): Promise<number> {
  const date = localDate(now, slot.timezone);
  const ids = await repositoriesAt(store.db, slot);
  for (const projectId of ids)
    await queue.boss.send(REPORT_QUEUE, { projectId, date } satisfies ReportJob, {
      singletonKey: `report:${projectId}:${date}`,
    });
  return ids.length;
}

/**
 * Makes the scheduled reports: keeps pg-boss's schedules in line with the repositories' settings (at start, every
 * minute, and at once when `reschedule` is called), works each scheduled slot's queue, and produces the reports.
 */
export async function startReportWorker(
  context: ReportContext,
  queue: Queue,
  options: { pollingIntervalSeconds?: number } = {},
): Promise<ReportWorker> {
  const { boss } = queue;
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;
  const reportWork = await boss.work<ReportJob>(
    REPORT_QUEUE,
    { batchSize: 1, pollingIntervalSeconds },
    async ([job]) => {
      if (job) await runReportJob(context, job.data);
    },
  );
  const slotWork = new Map<string, string>();
  const sync = async () => {
    const slots = await syncReportSchedules(context.store.db, boss);
    const wanted = new Map(slots.map((slot) => [slotQueue(slot), slot]));
    for (const [name, slot] of wanted) {
      if (slotWork.has(name)) continue;
      const work = { batchSize: 1, pollingIntervalSeconds, includeMetadata: true } as const;
      const id = await boss.work<ReportSlot>(name, work, async ([job]) => {
        // Dated when the cron fired, not when a worker got to it.
        if (job) await fanOutSlot(context.store, queue, slot, job.createdOn);
      });
      slotWork.set(name, id);
    }
    for (const [name, id] of slotWork) {
      if (wanted.has(name)) continue;
      slotWork.delete(name);
      await boss.offWork({ id }).catch(() => undefined);
    }
  };
  let syncing: Promise<void> = Promise.resolve();
  const reschedule = () => (syncing = syncing.then(sync, sync));
  await reschedule();
  const timer = setInterval(() => void reschedule().catch(() => undefined), SYNC_INTERVAL_MS);
  let stopping: Promise<void> | undefined;
  return {
    reschedule,
    stop: () =>
      (stopping ??= (async () => {
        clearInterval(timer);
        await syncing.catch(() => undefined);
        for (const id of [reportWork, ...slotWork.values()]) await boss.offWork({ id }).catch(() => undefined);
      })()),
  };
}
