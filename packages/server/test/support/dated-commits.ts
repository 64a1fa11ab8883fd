// Commits with a scripted author and date (GIT_AUTHOR_DATE / GIT_COMMITTER_DATE): histories spread over weeks.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Author {
  name: string;
  email: string;
}

/** Writes the files (null deletes one), commits them as `author` at `date` (ISO 8601), and answers the new sha. */
export function commitAt(
  dir: string,
  author: Author,
  date: string,
  subject: string,
  files: Record<string, string | null>,
): string {
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, name);
    if (text === null) rmSync(file);
    else {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  }
  const env = {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_COMMITTER_NAME: author.name,
    GIT_COMMITTER_EMAIL: author.email,
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
  };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' }).trim();
  git('add', '--all');
  git('commit', '--quiet', '-m', subject);
  return git('rev-parse', 'HEAD');
}
