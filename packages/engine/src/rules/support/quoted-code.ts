/** The longest code a message quotes whole; longer code keeps its start and its end. */
export const MAX_QUOTED_CODE = 60;
const HEAD = 32;

/**
 * Code as a message quotes it: whole, with runs of whitespace (line breaks too) as one space; over `MAX_QUOTED_CODE`
 * characters, elided in the middle (`head … tail`), so that a subscript, a call's arguments or a closing bracket at
 * the end is never cut off silently.
 */
export function quotedCode(code: string): string {
  const flat = code.replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_QUOTED_CODE) return flat;
  const tail = MAX_QUOTED_CODE - HEAD - 1;
  return `${flat.slice(0, HEAD).trimEnd()}…${flat.slice(-tail).trimStart()}`;
}
