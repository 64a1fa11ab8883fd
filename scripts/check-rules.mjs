#!/usr/bin/env node
// Fails when a built-in rule lacks its docs or its table test, when its id does not match its file, when a
// language has fewer than the rules issue 5 asks for, or when docs/rules.md's suppression mapping table is stale.
// Reads the compiled engine (run `tsc -b` first).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOC, documentedTable, suppressionTable } from './suppression-table.mjs';

const MIN_RULES_PER_LANGUAGE = 8;
const root = fileURLToPath(new URL('../packages/engine/', import.meta.url));
const { BUILT_IN_RULES } = await import(path.join(root, 'dist/rules/index.js'));
const problems = [];
const ids = new Set();

for (const [language, rules] of Object.entries(BUILT_IN_RULES)) {
  const folder = path.join(root, 'src/rules', language);
  const files = readdirSync(folder).filter(
    (file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.case.ts') && file !== 'index.ts',
  );
  const registered = new Set(rules.map((rule) => rule.meta.id));
  if (rules.length < MIN_RULES_PER_LANGUAGE)
    problems.push(`${language}: ${rules.length} rules, at least ${MIN_RULES_PER_LANGUAGE} expected`);
  for (const file of files) {
    const id = `${language}/${file.replace(/\.ts$/, '')}`;
    if (!registered.has(id)) problems.push(`${id}: rule file is not registered in rules/${language}/index.ts`);
    if (!existsSync(path.join(folder, file.replace(/\.ts$/, '.test.ts'))))
      problems.push(`${id}: no table test (${file.replace(/\.ts$/, '.test.ts')})`);
  }
  for (const { meta } of rules) {
    if (ids.has(meta.id)) problems.push(`${meta.id}: duplicate rule id`);
    ids.add(meta.id);
    if (!files.includes(`${meta.id.split('/').at(-1)}.ts`) || !meta.id.startsWith(`${language}/`))
      problems.push(`${meta.id}: id does not match a file rules/${language}/<name>.ts`);
    const docs = meta.docs ?? {};
    for (const section of ['whatItFinds', 'whyItMatters'])
      if (!docs[section]?.trim()) problems.push(`${meta.id}: docs.${section} is empty`);
    if (!docs.example?.bad?.trim() || !docs.example?.good?.trim())
      problems.push(`${meta.id}: docs.example needs bad and good code`);
    if (!(meta.remediationMinutes > 0)) problems.push(`${meta.id}: remediationMinutes must be positive`);
    if (!meta.labels?.length) problems.push(`${meta.id}: no Scrutinizer labels`);
  }
}

const documented = documentedTable(readFileSync(DOC, 'utf8'));
if (documented !== (await suppressionTable()))
  problems.push('docs/rules.md: the suppression mapping table is stale (node scripts/suppression-table.mjs --write)');

if (problems.length > 0) {
  console.error(`check:rules: ${problems.length} problem(s)\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  process.exit(1);
}
console.log(`check:rules: ${ids.size} built-in rules, each with docs and a table test`);
