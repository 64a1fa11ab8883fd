// Checks the engine's skip of the preprocessor retry (packages/engine/src/worker/parse-file.ts) on real code: for
// every C and C++ file whose first parse has errors and whose first-branch text differs, parses both, and reports
// how far (in lines) the errors of each retry that won lay from a blanked line, and whether any retry the engine
// skips would have won (it must be none, or the analysis would change). Run after `npx tsc -b`:
//   node scripts/bench/retry-survey.mjs DIR...
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../packages/engine/dist/', import.meta.url));
const load = (module) => import(path.join(dist, module));
const { parseSource } = await load('parse/parser.js');
const { firstBranchesWithLines } = await load('parse/preprocessor-branches.js');
const { errorRows, syntaxErrorShare } = await load('worker/syntax-errors.js');
const { RETRY_REACH_LINES, retryMayWin } = await load('worker/parse-file.js');
const { HEADER_SNIFF_BYTES, isCppHeaderText } = await load('languages/c-header.js');
const { languageFromExtension } = await load('walk/detect-language.js');

function* filesUnder(directory) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (entry.name === '.git') continue;
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else if (entry.isFile()) yield full;
  }
}

function languageOf(file, source) {
  const language = languageFromExtension(file);
  if (language === 'c' && file.endsWith('.h') && isCppHeaderText(source.slice(0, HEADER_SNIFF_BYTES))) return 'cpp';
  return language === 'c' || language === 'cpp' ? language : undefined;
}

/** Lines from the nearest error of a tree to the nearest blanked line. */
function errorDistance(tree, blankedLines) {
  let nearest = Infinity;
  for (const [first, last] of errorRows(tree)) {
    for (const line of blankedLines)
      nearest = Math.min(nearest, line < first ? first - line : Math.max(0, line - last));
  }
  return nearest;
}

let failures = 0;
for (const directory of process.argv.slice(2)) {
  const totals = { files: 0, retried: 0, won: 0, farthestWin: 0, skipped: 0, skippedBytes: 0, skippedWins: 0 };
  for (const file of filesUnder(directory)) {
    if (statSync(file).size > 2_000_000) continue;
    const source = readFileSync(file, 'utf8');
    const language = languageOf(file, source);
    if (!language) continue;
    totals.files++;
    const tree = await parseSource(language, source);
    const share = syntaxErrorShare(tree, source);
    const { text, blankedLines } = firstBranchesWithLines(source);
    if (share > 0 && blankedLines.length > 0) {
      const retried = await parseSource(language, text);
      const won = syntaxErrorShare(retried, source) < share;
      retried.delete();
      totals.retried++;
      if (won) {
        totals.won++;
        totals.farthestWin = Math.max(totals.farthestWin, errorDistance(tree, blankedLines));
      }
      if (!retryMayWin(tree, blankedLines)) {
        totals.skipped++;
        totals.skippedBytes += source.length;
        if (won) {
          totals.skippedWins++;
          console.log(`  a skipped retry would have won: ${file}`);
        }
      }
    }
    tree.delete();
  }
  failures += totals.skippedWins;
  console.log(`${directory}: ${JSON.stringify(totals)} (reach ${RETRY_REACH_LINES} lines)`);
}
process.exit(failures > 0 ? 1 : 0);
