import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { UsageError } from '../usage-error.js';
import { analyzeLocally } from './analyze-local.js';
import { namingCoverageFile, readCoverageFiles } from './scan-coverage.js';
import { measureNewLines, type UploadedNewLines } from './scan-new-lines.js';
import type { SetExitCode } from './index.js';

const gzipAsync = promisify(gzip);
const execFileAsync = promisify(execFile);

/** The states an analysis never leaves; every one but `completed` makes `--wait` exit 1. */
const FINAL_STATES = ['completed', 'failed', 'timed_out', 'canceled'] as const;

interface ScanFlags {
  server: string;
  token?: string;
  branch?: string;
  revision?: string;
  pullRequest?: number;
  base?: string;
  config?: string;
  threads?: number;
  importSarif: string[];
  coverage: string[];
  linters: boolean;
  wait: boolean;
  waitTimeout: number;
  pollInterval: number;
}

/** A condition of the quality gate the analysis broke. */
interface GateViolation {
  rule: string;
  threshold: number | string;
  actual: number | string;
  severity: string;
}

/** What the server answers about an uploaded analysis. */
interface UploadedAnalysis {
  id: number;
  uuid: string;
  state: string;
  error: string | null;
  url: string;
  /** The quality gate's verdict once completed (null before; absent from servers older than the gate). */
  gate?: { status: string; violations: GateViolation[] } | null;
}

const collect = (value: string, previous: string[]) => [...previous, value];

function parsePullRequest(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 2 ** 31 - 1)
    throw new InvalidArgumentError(`expected a pull request number, got "${value}"`);
  return Number(value);
}

function parseThreads(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`expected a number of threads (0 = none), got "${value}"`);
  return Number(value);
}

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** A duration such as `90s`, `30m`, `1h` or `500ms`; a bare number is seconds. */
export function parseDuration(value: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(value.trim());
  if (!match) throw new InvalidArgumentError(`expected a duration such as 90s, 30m or 1h, got "${value}"`);
  return Math.round(Number(match[1]) * UNITS[match[2] ?? 's']!);
}

export function parseServer(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError(`expected the server's URL, such as https://plumb.example.com, got "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new InvalidArgumentError(`expected an http or https URL, got "${value}"`);
  return url.toString().replace(/\/+$/, '');
}

/** What git says about the checkout in `dir`: `undefined` for each thing it cannot tell. */
async function gitFacts(
  dir: string,
): Promise<{ branch?: string; revision?: string; subject?: string; inRepository: boolean }> {
  const git = async (...args: string[]) =>
    (await execFileAsync('git', ['-C', dir, ...args], { encoding: 'utf8', timeout: 30_000 })).stdout.trim();
  try {
    const revision = await git('rev-parse', 'HEAD');
    const branch = await git('rev-parse', '--abbrev-ref', 'HEAD');
    const subject = await git('log', '-1', '--format=%s', 'HEAD').catch(() => '');
    return {
      revision,
      branch: branch === 'HEAD' ? undefined : branch,
      ...(subject ? { subject: subject.slice(0, 500) } : {}),
      inRepository: true,
    };
  } catch {
    return { inRepository: false };
  }
}

async function requireDirectory(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(`${dir} is not a directory`);
}

/** The metadata the upload carries; git fills what the flags leave out. */
async function metadataFor(dir: string, flags: ScanFlags) {
  if (flags.pullRequest !== undefined && flags.base === undefined)
    throw new UsageError('--pull-request needs --base BRANCH, the branch the pull request targets');
  if (flags.base !== undefined && flags.pullRequest === undefined)
    throw new UsageError('--base is the target of a pull request: give --pull-request N with it');
  const git = await gitFacts(dir);
  const branch = flags.branch ?? git.branch;
  const revision = flags.revision ?? git.revision;
  if (branch === undefined || revision === undefined) {
    const missing = [branch === undefined ? '--branch' : '', revision === undefined ? '--revision' : '']
      .filter(Boolean)
      .join(' and ');
    throw new UsageError(
      git.inRepository
        ? `${dir}: HEAD is detached, so git cannot tell the branch: give ${missing}`
        : `${dir} is not in a git repository: give ${missing}`,
    );
  }
  return {
    branch,
    revision,
    ...(flags.pullRequest === undefined ? {} : { pullRequest: flags.pullRequest, baseBranch: flags.base }),
    // The commit's subject, as the server titles an analysis it checks out itself; not when another revision is named.
    ...(git.subject && (flags.revision === undefined || flags.revision === git.revision) ? { title: git.subject } : {}),
  };
}

/** The message with every occurrence of the token masked: the token never reaches the output. */
function redact(message: string, token: string): string {
  return token.length >= 6 ? message.split(token).join('***') : message;
}

/** A URL the server answers (a path from its root) under the server's URL, which may have a path of its own. */
const under = (server: string, url: string): string => (url.startsWith('/') ? `${server}${url}` : url);

class ServerRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Calls the server; a 4xx is a ServerRefusal carrying its `{message}` as is; anything else unexpected throws. */
async function call(url: string, init: RequestInit): Promise<{ status: number; body: unknown }> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    const cause = (error as Error & { cause?: Error }).cause;
    throw new Error(`cannot reach ${new URL(url).origin}: ${cause?.message ?? (error as Error).message}`);
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  const message = (body as { message?: unknown } | undefined)?.message;
  if (response.status >= 400 && response.status < 500)
    throw new ServerRefusal(response.status, typeof message === 'string' ? message : `HTTP ${response.status}`);
  if (!response.ok)
    throw new Error(
      `the server failed with HTTP ${response.status}${typeof message === 'string' ? `: ${message}` : ''}`,
    );
  return { status: response.status, body };
}

/** The revision the server takes the upload's new code against: null when none, or the server predates the question. */
async function referenceRevision(
  server: string,
  headers: Record<string, string>,
  metadata: { pullRequest?: number; baseBranch?: string },
): Promise<string | null> {
  const query =
    metadata.pullRequest === undefined
      ? ''
      : `?pullRequest=${metadata.pullRequest}&baseBranch=${encodeURIComponent(metadata.baseBranch!)}`;
  try {
    const { body } = await call(`${server}/api/scanner/new-code-reference${query}`, {
      headers: { accept: 'application/json', ...headers },
    });
    return (body as { revision?: string | null }).revision ?? null;
  } catch (error) {
    if (error instanceof ServerRefusal && error.status === 404) return null;
    throw error;
  }
}

/**
 * The lines the scanned revision added or changed against the server's reference, for new coverage; undefined when
 * there is none or git cannot tell, which is said on stderr when coverage is uploaded (its new coverage is then
 * not measured).
 */
async function newLinesOf(
  dir: string,
  flags: ScanFlags,
  headers: Record<string, string>,
  metadata: { revision: string; pullRequest?: number; baseBranch?: string },
  files: readonly { filename: string }[],
): Promise<UploadedNewLines | undefined> {
  const reference = await referenceRevision(flags.server, headers, metadata);
  if (reference === null) return undefined;
  const measured = await measureNewLines(await import('@plumb/engine'), dir, reference, metadata.revision, files);
  if ('newLines' in measured) return measured.newLines;
  if (flags.coverage.length > 0) process.stderr.write(`plumb: new coverage not measured: ${measured.notMeasured}\n`);
  return undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until the analysis reaches a final state; throws when `--wait-timeout` would pass before the next poll. */
async function waitFor(
  server: string,
  headers: Record<string, string>,
  analysis: UploadedAnalysis,
  flags: ScanFlags,
): Promise<UploadedAnalysis> {
  const deadline = Date.now() + flags.waitTimeout;
  let interval = flags.pollInterval;
  let current = analysis;
  for (;;) {
    if ((FINAL_STATES as readonly string[]).includes(current.state)) return current;
    if (Date.now() + interval > deadline)
      throw new Error(
        `the analysis is still ${current.state} after ${Math.round(flags.waitTimeout / 1000)}s: ` +
          `see ${under(server, current.url)}`,
      );
    await sleep(interval);
    // Up to 10 s between polls: a long analysis does not cost the server a request a second.
    interval = Math.min(interval * 1.5, Math.max(flags.pollInterval, 10_000));
    try {
      current = (
        await call(`${server}/api/scanner/analyses/${analysis.uuid}`, {
          headers: { accept: 'application/json', ...headers },
        })
      ).body as UploadedAnalysis;
    } catch (error) {
      // A refusal (the token revoked meanwhile) ends the wait; a server restarting is waited out.
      if (error instanceof ServerRefusal) throw error;
    }
  }
}

async function runScan(dir: string, flags: ScanFlags): Promise<number> {
  const token = flags.token ?? process.env.PLUMB_TOKEN ?? '';
  if (token.trim() === '') throw new UsageError('a project token is required: give --token or set PLUMB_TOKEN');
  try {
    return await scan(dir, flags, token.trim());
  } catch (error) {
    const message = redact(error instanceof Error ? error.message : String(error), token);
    if (error instanceof ServerRefusal || error instanceof UsageError) throw new UsageError(message);
    throw new Error(message);
  }
}

async function scan(dir: string, flags: ScanFlags, token: string): Promise<number> {
  await requireDirectory(dir);
  const metadata = await metadataFor(dir, flags);
  // Coverage reports are read and checked first: a bad one fails the command before the analysis runs.
  const coverage =
    flags.coverage.length === 0 ? [] : await readCoverageFiles(await import('@plumb/engine'), flags.coverage);
  const { engine, analysis } = await analyzeLocally(dir, flags);
  const headers = { authorization: `Bearer ${token}` };
  const newLines = await newLinesOf(dir, flags, headers, metadata, analysis.files);
  // The result exactly as `plumb analyze --format json` writes it.
  const document =
    `{"metadata":${JSON.stringify(metadata)},"result":${engine.formatJson(analysis)}` +
    `${coverage.length === 0 ? '' : `,"coverage":${JSON.stringify(coverage)}`}` +
    `${newLines ? `,"newLines":${JSON.stringify(newLines)}` : ''}}`;
  const body = await gzipAsync(Buffer.from(document, 'utf8'));
  const { body: uploaded } = await call(`${flags.server}/api/scanner/analyses`, {
    method: 'POST',
    headers: {
      ...headers,
      accept: 'application/json',
      'content-type': 'application/json',
      'content-encoding': 'gzip',
    },
    body,
  }).catch((error: unknown) => {
    throw error instanceof ServerRefusal
      ? new ServerRefusal(error.status, namingCoverageFile(error.message, flags.coverage))
      : error;
  });
  let result = uploaded as UploadedAnalysis;
  const where = () => under(flags.server, result.url);
  process.stdout.write(
    `Uploaded analysis ${result.uuid} of ${metadata.branch} at ${metadata.revision.slice(0, 12)}: ` +
      `${analysis.violations.length} findings, ${analysis.files.length} files` +
      `${coverage.length === 0 ? '' : `, ${coverage.length} coverage report${coverage.length === 1 ? '' : 's'}`}\n`,
  );
  if (!flags.wait) {
    process.stdout.write(`${where()}\n`);
    return 0;
  }
  result = await waitFor(flags.server, headers, result, flags);
  process.stdout.write(`Analysis ${result.state}: ${where()}\n`);
  if (result.state === 'completed') return reportGate(result);
  process.stderr.write(`plumb: the analysis ended ${result.state}${result.error ? `: ${result.error}` : ''}\n`);
  return 1;
}

/** Prints the quality gate's verdict; a failed gate exits 1 with each failed condition on stderr. */
function reportGate(analysis: UploadedAnalysis): number {
  if (!analysis.gate) return 0;
  process.stdout.write(`Quality gate: ${analysis.gate.status}\n`);
  if (analysis.gate.status !== 'failed') return 0;
  for (const { rule, threshold, actual, severity } of analysis.gate.violations)
    process.stderr.write(`plumb: quality gate failed: ${rule} is ${actual}, threshold ${threshold} (${severity})\n`);
  return 1;
}

/** `plumb scan [DIR]`: analyze a directory here and upload the result to a Plumb server. */
export function registerScan(program: Command, setExitCode: SetExitCode): void {
  program
    .command('scan')
    .description('analyze a directory here, as `plumb analyze` does, and upload the result to a Plumb server')
    .argument('[dir]', 'directory to analyze', '.')
    .requiredOption('--server <url>', 'the Plumb server, e.g. https://plumb.example.com', parseServer)
    .option('--token <token>', 'a project token of the project (default: $PLUMB_TOKEN)')
    .option('--branch <branch>', 'the branch analyzed (default: what git says about DIR)')
    .option('--revision <sha>', 'the commit analyzed (default: what git says about DIR)')
    .option('--pull-request <n>', 'the pull request analyzed (needs --base)', parsePullRequest)
    .option('--base <branch>', 'the branch the pull request targets')
    .option('--config <file>', 'configuration file (default: DIR/.plumb.yml)')
    .option('--threads <n>', 'worker threads (0 = none; default: the engine decides)', parseThreads)
    .option('--import-sarif <file>', "merge another tool's SARIF 2.1.0 results (repeatable)", collect, [])
    .option(
      '--coverage <file>',
      'upload a coverage report with the analysis: lcov, Cobertura, JaCoCo or Clover (repeatable)',
      collect,
      [],
    )
    .option('--no-linters', 'do not run the bundled linters (oxlint, Ruff)')
    .option(
      '--wait',
      'wait until the server has processed the analysis; exit 1 when it or its quality gate failed',
      false,
    )
    .addOption(
      new Option('--wait-timeout <duration>', 'how long --wait waits, e.g. 90s, 30m, 1h')
        .argParser(parseDuration)
        .default(30 * 60_000, '30m'),
    )
    .addOption(
      new Option('--poll-interval <duration>', 'first interval between polls of --wait')
        .argParser(parseDuration)
        .default(2_000)
        .hideHelp(),
    )
    .action(async (dir: string, flags: ScanFlags) => setExitCode(await runScan(dir, flags)));
}
