import { InvalidArgumentError } from 'commander';

/** Parses a TCP port option, rejecting anything but 0..65535. */
export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535)
    throw new InvalidArgumentError(`expected a port number from 0 to 65535, got "${value}"`);
  return port;
}

/** The embedded store's directory, unless DATABASE_URL points at PostgreSQL. */
export const DEFAULT_DATA_DIR = '.plumb';

/** Parses a count option (concurrency), rejecting anything but a whole number from 1 to 64. */
export function parseCount(value: string): number {
  const count = Number(value);
  if (!/^\d+$/.test(value) || count < 1 || count > 64)
    throw new InvalidArgumentError(`expected a whole number from 1 to 64, got "${value}"`);
  return count;
}

/** Resolves when the process is asked to stop (SIGTERM or SIGINT), with the signal's name. */
export function stopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    process.once('SIGTERM', resolve);
    process.once('SIGINT', resolve);
  });
}
