import { rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { runGit } from './run.js';

const SHA = /^[0-9a-f]{40,64}$/;
const TIMEOUT_MS = 10_000;
/** The largest file served whole; a bigger one is not read. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

/** The bare mirror of a project under the data directory, as fetchMirror keeps it; undefined before its first fetch. */
export async function existingMirror(dataDir: string, projectUuid: string): Promise<string | undefined> {
  const mirrorPath = path.join(dataDir, 'mirrors', `${projectUuid}.git`);
  return (await stat(mirrorPath).catch(() => undefined))?.isDirectory() ? mirrorPath : undefined;
}

/**
 * A file's text at a commit of the mirror, or undefined when the commit or the file is not there (or the file is
 * larger than MAX_FILE_BYTES). The path is relative to the repository's root.
 */
export async function fileAtRevision(mirrorPath: string, sha: string, filePath: string): Promise<string | undefined> {
  if (!SHA.test(sha) || filePath === '' || filePath.startsWith('/')) return undefined;
  const result = await runGit(['--git-dir', mirrorPath, 'cat-file', 'blob', `${sha}:${filePath}`], {
    what: 'git cat-file',
    timeoutMs: TIMEOUT_MS,
    maxStdout: MAX_FILE_BYTES + 1,
  });
  if (result.code !== 0 || Buffer.byteLength(result.stdout) > MAX_FILE_BYTES) return undefined;
  return result.stdout;
}

/** Deletes a deleted project's mirror: its code stays on the server no longer than the project. */
export async function removeMirror(dataDir: string, projectUuid: string): Promise<void> {
  await rm(path.join(dataDir, 'mirrors', `${projectUuid}.git`), { recursive: true, force: true });
}
