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
