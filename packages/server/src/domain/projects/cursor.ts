import { Invalid } from '../errors.js';

/** Where a page of projects ended: the last project's name and id, the keys the list is ordered by. */
export interface ProjectCursor {
  name: string;
  id: number;
}

/** Opaque to callers: base64url of the position, so a cursor stays valid while projects are added or removed. */
export function encodeProjectCursor(cursor: ProjectCursor): string {
  return Buffer.from(JSON.stringify([cursor.name, cursor.id]), 'utf8').toString('base64url');
}

export function decodeProjectCursor(text: string): ProjectCursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    // A forged cursor must fail here, not in the store: no NUL (text cannot hold it), a positive safe-integer id.
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      !value[0].includes('\u0000') &&
      Number.isSafeInteger(value[1]) &&
      (value[1] as number) > 0
    ) {
      return { name: value[0], id: value[1] as number };
    }
  } catch {
    // Not JSON: reported below like any other malformed cursor.
  }
  throw new Invalid('cursor', 'expected a cursor returned by a previous page of this list');
}
