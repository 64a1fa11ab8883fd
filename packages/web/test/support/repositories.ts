import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const git = promisify(execFile);

const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Plumb test',
  GIT_AUTHOR_EMAIL: 'test@plumb.test',
  GIT_COMMITTER_NAME: 'Plumb test',
  GIT_COMMITTER_EMAIL: 'test@plumb.test',
};

/** A git repository on disk whose `main` holds these files, committed; answers its path. */
export async function gitRepository(root: string, name: string, files: Record<string, string>): Promise<string> {
  const repo = path.join(root, name);
  await git('git', ['init', '-q', '-b', 'main', repo]);
  await commitFiles(repo, files, 'first');
  return repo;
}

/** Writes the files and commits them on the current branch. */
export async function commitFiles(repo: string, files: Record<string, string>, message: string): Promise<void> {
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(repo, file)), { recursive: true });
    await writeFile(path.join(repo, file), text);
  }
  await git('git', ['-C', repo, 'add', '.'], { env: ENV });
  await git('git', ['-C', repo, 'commit', '-q', '-m', message], { env: ENV });
}
