import { redactUrl } from './url-policy.js';

/** Why a git operation failed, for callers that act on it (retry, tell the user, give up). */
export type GitErrorCode =
  | 'refused_url'
  | 'not_found'
  | 'auth_failed'
  | 'host_key_changed'
  | 'unreachable'
  | 'unknown_revision'
  | 'invalid_ref'
  | 'timeout'
  | 'aborted'
  | 'failed';

/**
 * A git operation that failed. Its message is meant for a user: what failed and why, with URL credentials
 * redacted; it never holds a key's text, the path of a key file, or the environment git ran with.
 */
export class GitError extends Error {
  override name = 'GitError';
  constructor(
    message: string,
    readonly code: GitErrorCode,
    /** The last meaningful lines git wrote on stderr, redacted as the message is. */
    readonly detail: string = '',
  ) {
    super(message);
  }
}

/** Secrets and private paths to hide from anything git printed, beside the credentials of URLs. */
export interface Redactions {
  /** Text that must never appear (a temporary directory holding a key, the key's text). */
  hide: string[];
}

const BOILERPLATE = new RegExp(
  '^(Could not read from remote repository\\.|Please make sure you have the correct access rights|' +
    'and the repository exists\\.)$',
);

/** Lines of git's stderr worth showing: no progress counters, no blank lines, credentials redacted. */
export function meaningfulLines(stderr: string, redactions: Redactions = { hide: [] }): string[] {
  const keyLines = new Set(
    redactions.hide.flatMap((secret) => secret.split('\n').map((line) => line.trim())).filter((line) => line !== ''),
  );
  return (
    stderr
      .split(/\r?\n|\r/)
      .map((line) => line.trim())
      .filter((line) => line !== '' && !/^(remote: )?(Counting|Compressing|Receiving|Resolving|Enumerating)/.test(line))
      .filter((line) => ![...keyLines].some((secret) => line.includes(secret)))
      .filter((line) => !/-----BEGIN|PRIVATE KEY/.test(line))
      .map((line) => redactUrl(line))
      .map((line) => line.replace(/^(fatal|error): /, ''))
      // git's own advice after any failed SSH fetch, which says nothing about why.
      .filter((line) => !BOILERPLATE.test(line))
  );
}

/** What a failed fetch means, in words a user can act on, from what git and ssh printed. */
export function describeFetchFailure(lines: string[], host: string): { reason: string; code: GitErrorCode } {
  const text = lines.join('\n');
  if (/REMOTE HOST IDENTIFICATION HAS CHANGED|Host key verification failed|host key .* (changed|mismatch)/i.test(text))
    return {
      code: 'host_key_changed',
      reason:
        `the SSH host key of ${host} does not match the one pinned for this repository on its first fetch; ` +
        'if the server really changed its key, clear the pinned host key and fetch again',
    };
  if (
    /Permission denied \(|Authentication failed|could not read Username|invalid credentials|HTTP (401|403)/i.test(text)
  )
    return { code: 'auth_failed', reason: `${host} refused the credentials (authentication failed)` };
  if (/Load key|invalid format|error in libcrypto|bad permissions/i.test(text))
    return {
      code: 'auth_failed',
      reason: "the repository's SSH key could not be read (expected an OpenSSH or PEM key)",
    };
  if (
    /repository .* not found|not found|does not appear to be a git repository|does not exist|no such repository/i.test(
      text,
    )
  )
    return { code: 'not_found', reason: 'repository not found (or not readable with these credentials)' };
  const unreachable = new RegExp(
    'Could not resolve host|Name or service not known|Connection refused|Failed to connect|' +
      "Couldn't connect|timed out|No route to host|Network is unreachable",
    'i',
  );
  if (unreachable.test(text)) {
    const why = lines.find((line) => unreachable.test(line))!.replace(/^ssh: /, '');
    return { code: 'unreachable', reason: `${host} could not be reached (${why})` };
  }
  return { code: 'failed', reason: lines.slice(-3).join('; ') || 'git exited with an error' };
}
