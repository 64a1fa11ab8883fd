import { open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';

export interface DataDirLock {
  release(): Promise<void>;
}

/** Thrown when another live process holds the embedded store. */
export class DataDirBusyError extends Error {
  override name = 'DataDirBusyError';
}

/** The embedded store is one process at a time: a pid file keeps a second process from opening it. */
export async function acquireDataDirLock(dataDir: string): Promise<DataDirLock> {
  const lockFile = path.join(dataDir, 'plumb.pid');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return { release: () => rm(lockFile, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(await readFile(lockFile, 'utf8').catch(() => ''), 10);
      if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
        throw new DataDirBusyError(
          `the data directory ${dataDir} is in use by process ${holder}; ` +
            'the embedded store is one process at a time (stop it, or use DATABASE_URL)',
        );
      }
      // A stale lock from a process that died: take it over.
      await rm(lockFile, { force: true });
    }
  }
  throw new DataDirBusyError(`could not lock the data directory ${dataDir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
