import { readFile, stat } from 'node:fs/promises';
import type { UntrackedFinding } from '../findings/types.js';
import type { TextFile } from '../walk/walker.js';
import { findSecrets, MAX_FILE_LENGTH } from './find-secrets.js';

/** Scans one text file no parser reads (`.env`, YAML, JSON, properties...) for committed secrets; an unreadable one gives none. */
export async function scanTextFile(file: TextFile): Promise<UntrackedFinding[]> {
  const size = (await stat(file.absolutePath).catch(() => undefined))?.size;
  if (size === undefined || size > MAX_FILE_LENGTH) return [];
  const text = await readFile(file.absolutePath, 'utf8').catch(() => undefined);
  return text === undefined ? [] : findSecrets(file.filename, text);
}

/** Scans the text files no parser reads, one after another. */
export async function scanTextFiles(files: readonly TextFile[]): Promise<UntrackedFinding[]> {
  const findings: UntrackedFinding[] = [];
  for (const file of files) findings.push(...(await scanTextFile(file)));
  return findings;
}
