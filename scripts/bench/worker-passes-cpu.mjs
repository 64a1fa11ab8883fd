// CPU time, on one thread, of the worker's parse (`parseFile`, the preprocessor retry included) and of the shared
// walk with the functions, rules and clone-token visitors, over the source files directly in a directory; each
// measured six times in one process (`process.cpuUsage()`, background compiler threads included). Prints a digest
// of the functions and findings, so two builds can be checked to agree. Compare builds by running it on each:
//   node scripts/bench/worker-passes-cpu.mjs CHECKOUT/packages/engine/dist DIR
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const [dist, directory] = process.argv.slice(2);
if (!dist || !directory) {
  console.error('usage: worker-passes-cpu.mjs ENGINE_DIST DIR');
  process.exit(2);
}
const load = (module) => import(path.resolve(dist, module));
const { parseFile } = await load('worker/parse-file.js');
const { functionMetricsVisitor } = await load('metrics/functions/index.js');
const { RulesVisitor } = await load('rules/run-rules.js');
const { builtInRulesFor } = await load('rules/index.js');
const { CloneTokenVisitor } = await load('duplication/tokenize-visitor.js');
const { walkTree } = await load('parse/walk-tree.js');
const { HEADER_SNIFF_BYTES, isCppHeaderText } = await load('languages/c-header.js');
const { languageFromExtension } = await load('walk/detect-language.js');

const ROUNDS = 6;
const milliseconds = (since) => {
  const { user, system } = process.cpuUsage(since);
  return Math.round((user + system) / 1000);
};

const files = [];
for (const name of readdirSync(directory).sort()) {
  const filename = path.join(directory, name);
  let language = languageFromExtension(filename);
  if (!language || !statSync(filename).isFile()) continue;
  const source = readFileSync(filename, 'utf8');
  if (language === 'c' && name.endsWith('.h') && isCppHeaderText(source.slice(0, HEADER_SNIFF_BYTES))) language = 'cpp';
  files.push({ filename, language, source });
}

const parseRounds = [];
let trees = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const tree of trees) tree.delete();
  const started = process.cpuUsage();
  trees = [];
  for (const { language, source } of files) trees.push((await parseFile(language, source)).tree);
  parseRounds.push(milliseconds(started));
}

const walkRounds = [];
let digest = '';
for (let round = 0; round < ROUNDS; round++) {
  const hash = createHash('sha1');
  const started = process.cpuUsage();
  files.forEach(({ filename, language, source }, index) => {
    const tree = trees[index];
    const functions = functionMetricsVisitor(source, language);
    const rules = new RulesVisitor(builtInRulesFor(language), { source, language, filename, options: {} });
    walkTree(tree, [functions, rules, new CloneTokenVisitor(tree, source, language)]);
    hash.update(JSON.stringify([functions.functions(), rules.findings()]));
  });
  walkRounds.push(milliseconds(started));
  digest = hash.digest('hex').slice(0, 12);
}
console.log(`${files.length} files; parse ms per round: ${parseRounds.join(' ')}`);
console.log(`walk (functions, rules, clone tokens) ms per round: ${walkRounds.join(' ')}; digest ${digest}`);
