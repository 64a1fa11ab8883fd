// Runs the system git: an argument vector (never a shell string), no prompts, its own process group so a
// timeout or an abort kills git and every helper it started (ssh, git-remote-https, upload-pack).
import { spawn } from 'node:child_process';
import { GitError } from './errors.js';

export interface RunOptions {
  cwd?: string;
  /** Added to git's environment (after the variables that could redirect or prompt are removed). */
  env?: Record<string, string>;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** What the command does, for the message of a timeout or an abort (e.g. "git fetch"). */
  what: string;
  /** At most this many bytes of stdout are kept (default 16 MiB). */
  maxStdout?: number;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

const STDERR_TAIL = 64 * 1024;

/**
 * Variables that would point git at another repository than asked (a caller's GIT_DIR, as inside a git hook), run
 * another ssh or credential prompt, or offer the server's own SSH agent to a user's repository. The rest (proxies,
 * CA bundles, the system and global git configuration) is the operator's and stays.
 */
const DROPPED = new Set([
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_COMMON_DIR',
  'GIT_NAMESPACE',
  'GIT_PREFIX',
  'GIT_CEILING_DIRECTORIES',
  'GIT_SSH',
  'GIT_SSH_COMMAND',
  'GIT_SSH_VARIANT',
  'GIT_ASKPASS',
  'SSH_ASKPASS',
  'SSH_AUTH_SOCK',
  'DISPLAY',
]);

export function gitEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) if (!DROPPED.has(name)) env[name] = value;
  return {
    ...env,
    LC_ALL: 'C',
    LANG: 'C',
    GIT_TERMINAL_PROMPT: '0',
    GIT_ASKPASS: 'false',
    GCM_INTERACTIVE: 'never',
    ...extra,
  };
}

/** Runs git with these arguments; resolves with its exit code and output, rejects only on timeout or abort. */
export function runGit(args: string[], options: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(new GitError(`${options.what} was cancelled`, 'aborted'));
      return;
    }
    const child = spawn('git', args, {
      cwd: options.cwd,
      env: gitEnvironment(options.env),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      shell: false,
    });
    const maxStdout = options.maxStdout ?? 16 * 1024 * 1024;
    const stdout: Buffer[] = [];
    let stdoutBytes = 0;
    let stderr = '';
    let stopped: GitError | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      if (stdoutBytes < maxStdout) stdout.push(chunk);
      stdoutBytes += chunk.length;
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_TAIL);
    });
    const kill = (error: GitError) => {
      stopped ??= error;
      try {
        // The group: git and the helpers it started.
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(
            () => kill(new GitError(`${options.what} timed out after ${options.timeoutMs} ms`, 'timeout')),
            options.timeoutMs,
          );
    const onAbort = () => kill(new GitError(`${options.what} was cancelled`, 'aborted'));
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const finish = () => {
      if (timer) clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
    };
    child.on('error', (error) => {
      finish();
      reject(new GitError(`${options.what} could not start git: ${error.message}`, 'failed'));
    });
    child.on('close', (code) => {
      finish();
      if (stopped) reject(stopped);
      else resolve({ code: code ?? -1, stdout: Buffer.concat(stdout).toString('utf8'), stderr });
    });
  });
}
