import { readFileSync, statSync } from 'node:fs';
import type { UntrackedFinding } from '../findings/types.js';
import type { TextFile } from '../walk/walker.js';
import { findSecrets, MAX_FILE_LENGTH } from './find-secrets.js';

function readSmallText(absolutePath: string): string | undefined {
  try {
    if (statSync(absolutePath).size > MAX_FILE_LENGTH) return undefined;
    return readFileSync(absolutePath, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Scans one text file no parser reads (`.env`, YAML, JSON, properties...) for committed secrets; an unreadable one
 * gives none. Reads synchronously: it runs on a pool thread, where each promise step would cost more than the read.
 */
export function scanTextFile(file: TextFile): UntrackedFinding[] {
  const text = readSmallText(file.absolutePath);
  return text === undefined ? [] : findSecrets(file.filename, text);
}
