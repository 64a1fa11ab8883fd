import type { Command } from 'commander';
import { DEFAULT_DATA_DIR, parseCount, stopSignal } from '../options.js';
import { UsageError } from '../usage-error.js';

interface WorkerFlags {
  concurrency: number;
  data: string;
}

/**
 * `plumb worker`: analysis workers against the PostgreSQL of DATABASE_URL, until SIGTERM or SIGINT; running analyses
 * go back to the queue on the way out. The embedded store is one process at a time, so it needs PostgreSQL.
 */
export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('run analyses from the queue (needs DATABASE_URL)')
    .option('--concurrency <n>', 'analyses at a time', parseCount, 1)
    .option('--data <dir>', 'where git mirrors and checkouts live', DEFAULT_DATA_DIR)
    .action(async (flags: WorkerFlags) => {
      if (!process.env.DATABASE_URL)
        throw new UsageError(
          'worker: DATABASE_URL is not set; workers share the PostgreSQL server of the API nodes ' +
            '(plumb serve runs its own worker on the embedded store)',
        );
      const { startWorkerProcess, storeOptionsFromEnv } = await import('@plumb/server');
      const report = (line: string) => process.stdout.write(`${new Date().toISOString()} ${line}\n`);
      const worker = await startWorkerProcess({
        store: storeOptionsFromEnv(flags.data),
        dataDir: flags.data,
        concurrency: flags.concurrency,
        report,
      });
      report(`plumb worker started: ${flags.concurrency} at a time (pid ${process.pid})`);
      const signal = await stopSignal();
      report(`${signal}: handing running analyses back to the queue`);
      await worker.stop();
    });
}
