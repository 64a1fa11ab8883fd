// Real git repositories for tests: made with the system git in a temporary directory.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Plumb Test',
  GIT_AUTHOR_EMAIL: 'test@plumb.invalid',
  GIT_COMMITTER_NAME: 'Plumb Test',
  GIT_COMMITTER_EMAIL: 'test@plumb.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
};

/** Runs git in `cwd` and answers its stdout, trimmed. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: ENV, encoding: 'utf8' }).trim();
}

export interface TestRepository {
  dir: string;
  /** Writes the files, commits them with this subject on the current branch, and answers the new sha. */
  commit(subject: string, files: Record<string, string>): string;
}

/** A new repository with a work tree at `dir`, on branch `main`. */
export function initRepository(dir: string): TestRepository {
  mkdirSync(dir, { recursive: true });
  git(dir, 'init', '--quiet', '--initial-branch=main');
  return {
    dir,
    commit(subject, files) {
      for (const [name, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        writeFileSync(path.join(dir, name), text);
      }
      git(dir, 'add', '--all');
      git(dir, 'commit', '--quiet', '-m', subject);
      return git(dir, 'rev-parse', 'HEAD');
    },
  };
}
