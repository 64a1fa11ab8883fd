import { open } from 'node:fs/promises';
import path from 'node:path';

/** A folder's own readme: what a copied library keeps beside its code (`README`, `README.txt`, `README.md`). */
const README = /^readme(?:\.(?:txt|md|markdown|rst))?$/i;
/** The start of a readme is where a copy says what it is a copy of. */
const SNIFF_BYTES = 2048;
/**
 * "This is a partial copy of the Intel TBB open source version 4.3" (concurrentqueue's `benchmarks/tbb/`), "contains
 * an unmodified copy of zlib", "a vendored copy of": a folder that says it holds someone else's code.
 */
const COPY_KINDS = '(?:partial|unmodified|modified|verbatim|stripped[- ]down|trimmed|vendored|bundled)';
const DECLARES_A_COPY = new RegExp(
  String.raw`\b(?:is|are|contains?|holds?)\s+(?:an?\s+|the\s+)?(?:${COPY_KINDS}\s+)?cop(?:y|ies)\s+of\b` +
    String.raw`|\bvendored\s+cop(?:y|ies)\b`,
  'i',
);

/**
 * Whether a folder (not the analyzed root) declares in its readme that it is a copy of another project's code, which
 * its maintainers neither wrote nor fix: left out as a vendored folder is.
 */
export async function declaresACopy(absoluteDir: string, names: readonly string[]): Promise<boolean> {
  const readme = names.find((name) => README.test(name));
  if (readme === undefined) return false;
  const handle = await open(path.join(absoluteDir, readme), 'r').catch(() => undefined);
  if (!handle) return false;
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return DECLARES_A_COPY.test(buffer.subarray(0, bytesRead).toString('utf8'));
  } finally {
    await handle.close();
  }
}
