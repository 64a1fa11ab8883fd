import { isTestByConvention } from '../roles/test-conventions.js';

const PATCH_FILE = /\.(?:patch|diff)$/i;
/** `+++ b/test/server.key	2020-04-28 …`: the file a hunk changes, without git's `b/` and the timestamp after a tab. */
const TARGET_LINE = /^\+\+\+ (?:[ab]\/)?([^\t\n]+)/;

/**
 * For a patch or diff, the 1-based lines whose hunks change test code (a test key a patch adds under `test/`): a
 * secret there is that test file's, judged as test code. Empty for any other file.
 */
export function linesPatchingTestCode(filename: string, text: string): ReadonlySet<number> {
  const found = new Set<number>();
  if (!PATCH_FILE.test(filename)) return found;
  let inTest = false;
  text.split('\n').forEach((line, index) => {
    const target = TARGET_LINE.exec(line)?.[1];
    if (target !== undefined) inTest = isTestByConvention(target.trim());
    else if (inTest) found.add(index + 1);
  });
  return found;
}
