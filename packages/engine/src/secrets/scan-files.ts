import { readFile, stat } from 'node:fs/promises';
import type { UntrackedFinding } from '../findings/types.js';
import type { TextFile } from '../walk/walker.js';
import { findSecrets, MAX_FILE_LENGTH } from './find-secrets.js';

/** Scans the text files no parser reads (`.env`, YAML, JSON, properties...) for committed secrets; unreadable ones are skipped. */
export async function scanTextFiles(files: readonly TextFile[]): Promise<UntrackedFinding[]> {
  const findings: UntrackedFinding[] = [];
  for (const file of files) {
    const size = (await stat(file.absolutePath).catch(() => undefined))?.size;
    if (size === undefined || size > MAX_FILE_LENGTH) continue;
    const text = await readFile(file.absolutePath, 'utf8').catch(() => undefined);
    if (text !== undefined) findings.push(...findSecrets(file.filename, text));
  }
  return findings;
}
