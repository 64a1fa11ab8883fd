// A bare mirror per project under the data directory, created on the first fetch and fetched incrementally
// after that; SSH with the project's own key and the host keys pinned on its first fetch.
import { chmod, mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describeFetchFailure, GitError, meaningfulLines } from './errors.js';
import { prepareAskpass, type HttpCredential } from './askpass.js';
import { runGit, type RunOptions } from './run.js';
import { checkGitUrl, isLocalUrl, isSshUrl, localGitRoots, localRealPath, redactUrl } from './url-policy.js';

/** Where a project's code comes from. */
export interface GitSource {
  url: string;
  /** The decrypted private key (OpenSSH or PEM text) for an SSH URL. */
  sshKey?: string;
  /** Host keys pinned for this repository (known_hosts format); '' or undefined before the first SSH fetch. */
  knownHosts?: string;
  /** A user name and password for an HTTPS URL, given to git through GIT_ASKPASS (askpass.ts) for this fetch only. */
  httpCredential?: HttpCredential;
}

export interface FetchOptions {
  /** The data directory; mirrors live in `<dataDir>/mirrors`. */
  dataDir: string;
  /** The mirror's folder name: the project's uuid. */
  key: string;
  /** The limit of each git run (the fetch, then the short `ls-remote` of the default branch); then it is killed. */
  timeoutMs: number;
  signal?: AbortSignal;
  /** Receives one line per step and what git printed, credentials redacted. */
  log?: (line: string) => void;
  /** Directories under which file:// URLs and local paths are accepted; PLUMB_LOCAL_GIT_ROOTS by default. */
  localRoots?: readonly string[];
}

export interface FetchedMirror {
  /** The bare mirror: refs/heads/* and refs/tags/* as the remote has them. */
  mirrorPath: string;
  /** For an SSH URL, the host keys to store and pass back next time (trust on first use, then pinned). */
  knownHosts?: string;
  /** The branch the remote's HEAD names (its default branch), when it says; the mirror's HEAD points at it. */
  defaultBranch?: string;
}

const MIRROR_KEY = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;
const REFSPECS = ['+refs/heads/*:refs/heads/*', '+refs/tags/*:refs/tags/*'];

/** Local repositories are read over git's file transport, which `protocol.file.allow` may restrict. */
const fileProtocol = (url: string): string[] => (isLocalUrl(url) ? ['-c', 'protocol.file.allow=always'] : []);

/** A string git's shell reads back as exactly this one word. */
const shellWord = (value: string): string => `'${value.replace(/'/g, `'\\''`)}'`;

/** The host a URL names, for messages (no user, no credentials). */
export function hostOf(url: string): string {
  try {
    if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url)) {
      const parsed = new URL(url);
      return parsed.protocol === 'file:' ? 'this machine' : parsed.host;
    }
  } catch {
    // fall through to the scp-like form
  }
  const scp = /^(?:[^@/]+@)?([^:/]+):/.exec(url);
  return scp ? scp[1]! : 'this machine';
}

async function exists(target: string): Promise<boolean> {
  try {
    await stat(target);
    return true;
  } catch {
    return false;
  }
}

interface SshSetup {
  env: Record<string, string>;
  knownHostsFile: string;
  dir: string;
}

/** A 0700 directory holding the key (0600) and the pinned host keys, and the ssh command that uses them. */
async function prepareSsh(source: GitSource): Promise<SshSetup> {
  const dir = await mkdtemp(path.join(tmpdir(), 'plumb-ssh-'));
  await chmod(dir, 0o700);
  const knownHostsFile = path.join(dir, 'known_hosts');
  await writeFile(knownHostsFile, source.knownHosts ?? '', { mode: 0o600 });
  const options = [
    '-o',
    'BatchMode=yes',
    '-o',
    'StrictHostKeyChecking=accept-new',
    '-o',
    `UserKnownHostsFile=${knownHostsFile}`,
    '-o',
    'GlobalKnownHostsFile=/dev/null',
    '-o',
    'HashKnownHosts=no',
    '-o',
    'UpdateHostKeys=no',
    '-o',
    'IdentitiesOnly=yes',
    '-o',
    'ConnectTimeout=30',
    '-o',
    'LogLevel=ERROR',
  ];
  if (source.sshKey !== undefined && source.sshKey.trim() !== '') {
    const keyFile = path.join(dir, 'key');
    // ssh refuses a key whose last line has no newline.
    const text = source.sshKey.replace(/\r\n/g, '\n');
    await writeFile(keyFile, text.endsWith('\n') ? text : `${text}\n`, { mode: 0o600 });
    options.push('-i', keyFile);
  } else {
    // Never the server's own keys for a user's repository.
    options.push('-o', 'IdentityFile=none');
  }
  return {
    dir,
    knownHostsFile,
    env: { GIT_SSH_COMMAND: ['ssh', ...options].map(shellWord).join(' '), GIT_SSH_VARIANT: 'ssh' },
  };
}

const BRANCH_NAME = /^[A-Za-z0-9._/-]{1,255}$/;

/**
 * Asks the remote which branch its HEAD names (`git ls-remote --symref`) and points the mirror's HEAD at it.
 * Only a courtesy for callers that do not know the default branch: a remote that does not say, or a failure
 * other than a timeout or an abort, answers undefined.
 */
async function followRemoteHead(
  mirror: string,
  url: string,
  configuration: string[],
  options: RunOptions,
): Promise<string | undefined> {
  const listed = await runGit(
    [...fileProtocol(url), ...configuration, 'ls-remote', '--symref', '--', url, 'HEAD'],
    options,
  );
  const branch = /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(listed.stdout)?.[1];
  if (listed.code !== 0 || branch === undefined || !BRANCH_NAME.test(branch) || branch.startsWith('-'))
    return undefined;
  // Already pointed there (every fetch but the first, mostly): no git run needed.
  const head = await readFile(path.join(mirror, 'HEAD'), 'utf8').catch(() => '');
  if (head.trim() === `ref: refs/heads/${branch}`) return branch;
  const pointed = await runGit(['--git-dir', mirror, 'symbolic-ref', 'HEAD', `refs/heads/${branch}`], options);
  return pointed.code === 0 ? branch : undefined;
}

/**
 * Brings the repository at `source.url` into the project's bare mirror, `<dataDir>/mirrors/<key>.git`: created
 * the first time (in a temporary folder renamed into place, so an interrupted first fetch leaves nothing), then
 * fetched incrementally (`git fetch --prune` of branches and tags). Refuses a URL `checkGitUrl` refuses. Over SSH,
 * the key lives in a 0600 file only while git runs, and a host key other than the pinned one fails the fetch.
 * Callers fetch one project's mirror at a time.
 */
export async function fetchMirror(source: GitSource, options: FetchOptions): Promise<FetchedMirror> {
  const log = options.log ?? (() => {});
  const refusal = checkGitUrl(source.url, options.localRoots ?? localGitRoots());
  if (refusal !== undefined) throw new GitError(`git fetch refused: ${refusal}`, 'refused_url');
  if (!MIRROR_KEY.test(options.key))
    throw new GitError(
      'git fetch refused: the mirror key must be a uuid or a name of letters, digits, - and _',
      'failed',
    );

  const mirrors = path.join(options.dataDir, 'mirrors');
  const mirrorPath = path.join(mirrors, `${options.key}.git`);
  const ssh = isSshUrl(source.url);
  const local = isLocalUrl(source.url);
  let url = source.url;
  if (local) {
    try {
      url = localRealPath(source.url);
    } catch {
      throw new GitError('git fetch failed: repository not found (the local path no longer exists)', 'not_found');
    }
  }
  const host = hostOf(source.url);
  const setup = ssh ? await prepareSsh(source) : undefined;
  const askpass = source.httpCredential && !ssh && !local ? await prepareAskpass(source.httpCredential) : undefined;
  const env = { ...setup?.env, ...askpass?.env };
  const hide = [setup?.dir, source.sshKey, source.httpCredential?.password, askpass?.env.GIT_ASKPASS].filter(
    (value): value is string => Boolean(value),
  );
  let building: string | undefined;
  try {
    await mkdir(mirrors, { recursive: true });
    let target = mirrorPath;
    if (!(await exists(path.join(mirrorPath, 'HEAD')))) {
      building = await mkdtemp(path.join(mirrors, `.${options.key}-`));
      target = building;
      const init = await runGit(['init', '--quiet', '--bare', target], {
        what: 'git init',
        timeoutMs: options.timeoutMs,
        ...(options.signal ? { signal: options.signal } : {}),
      });
      if (init.code !== 0) throw new GitError(`git init failed: ${meaningfulLines(init.stderr).join('; ')}`, 'failed');
      log(`creating the mirror of ${redactUrl(source.url)}`);
    } else {
      log(`fetching ${redactUrl(source.url)} into the existing mirror`);
    }
    const args = [
      ...fileProtocol(url),
      ...(askpass?.args ?? []),
      '--git-dir',
      target,
      'fetch',
      '--quiet',
      '--prune',
      '--no-tags',
      '--no-write-fetch-head',
      '--no-recurse-submodules',
      '--',
      url,
      ...REFSPECS,
    ];
    const fetched = await runGit(args, {
      what: `git fetch of ${redactUrl(source.url)}`,
      timeoutMs: options.timeoutMs,
      ...(options.signal ? { signal: options.signal } : {}),
      env,
    });
    const lines = meaningfulLines(fetched.stderr, { hide });
    for (const line of lines) log(line);
    if (fetched.code !== 0) {
      const { reason, code } = describeFetchFailure(lines, host);
      throw new GitError(`git fetch failed: ${reason}`, code, lines.slice(-5).join('\n'));
    }
    const defaultBranch = await followRemoteHead(target, url, askpass?.args ?? [], {
      what: `git ls-remote of ${redactUrl(source.url)}`,
      timeoutMs: options.timeoutMs,
      ...(options.signal ? { signal: options.signal } : {}),
      env,
    });
    if (building) {
      try {
        await rename(building, mirrorPath);
      } catch (error) {
        // Another first fetch of the same project finished first: its mirror stands, this one is dropped.
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
      }
    }
    const knownHosts = setup ? await readFile(setup.knownHostsFile, 'utf8') : undefined;
    return {
      mirrorPath,
      ...(knownHosts === undefined ? {} : { knownHosts }),
      ...(defaultBranch === undefined ? {} : { defaultBranch }),
    };
  } finally {
    if (setup) await rm(setup.dir, { recursive: true, force: true });
    await askpass?.remove();
    if (building) await rm(building, { recursive: true, force: true });
  }
}
