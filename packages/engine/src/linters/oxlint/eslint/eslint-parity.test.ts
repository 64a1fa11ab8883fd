import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { LegacyESLint } from 'eslint/use-at-your-own-risk';
import { describe, expect, it } from 'vitest';
import { oxlintRule } from '../catalog.js';
import { oxlint } from '../index.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '__fixtures__');

/** The fixture's JavaScript files, as the walker would give them to oxlint (ignored ones included). */
function scripts(root: string, folder = ''): string[] {
  return readdirSync(path.join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = folder ? `${folder}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return scripts(root, relative);
    return /^[^.].*\.(c|m)?(js|ts)$/.test(entry.name) ? [relative] : [];
  });
}

/**
 * ESLint's rule id as oxlint's: `no-var` is `eslint/no-var`, `@typescript-eslint/x` is `typescript/x`, or
 * `eslint/x` for the extension rules oxlint implements once for both (`@typescript-eslint/no-unused-vars`).
 */
function oxlintId(ruleId: string): string {
  if (!ruleId.startsWith('@typescript-eslint/')) return `eslint/${ruleId}`;
  const name = ruleId.slice('@typescript-eslint/'.length);
  return oxlintRule(`typescript/${name}`) ? `typescript/${name}` : `eslint/${name}`;
}

async function plumbReport(root: string, files: string[]) {
  const raw = await oxlint.run({ root, files });
  const findings = oxlint.toFindings(raw).map((finding) => `${finding.filename}:${finding.line} ${finding.rule}`);
  return { raw, findings: findings.sort() };
}

/** ESLint's own report on the fixture, for the rules oxlint implements and Plumb translated. */
async function eslintReport(root: string, files: string[], legacy: boolean, untranslated: string[], flags: string[]) {
  const linter = legacy ? new LegacyESLint({ cwd: root }) : new ESLint({ cwd: root, flags });
  const linted: string[] = [];
  for (const file of files) if (!(await linter.isPathIgnored(path.join(root, file)))) linted.push(file);
  const results = await linter.lintFiles(linted.map((file) => path.join(root, file)));
  const messages = results.flatMap((result) =>
    result.messages.map((message) => ({ file: path.relative(root, result.filePath), ...message })),
  );
  expect(messages.filter((message) => message.ruleId === null)).toEqual([]);
  return messages
    .map((message) => ({ ...message, rule: oxlintId(message.ruleId ?? '') }))
    .filter(({ ruleId, rule }) => ruleId && oxlintRule(rule) && !untranslated.includes(ruleId))
    .map(({ file, line, rule }) => `${file}:${line} ${rule}`)
    .sort();
}

describe.each([
  { fixture: 'eslint-flat', legacy: false, origin: 'eslint.config.mjs' },
  { fixture: 'eslint-typescript', legacy: false, origin: 'eslint.config.mjs' },
  { fixture: 'eslint-define-config', legacy: false, origin: 'eslint.config.mjs' },
  // ESLint 10 looks each file's config up from its folder (the fixture asks for ESLint 10); ESLint 9 behind a flag.
  {
    fixture: 'eslint-flat-nested',
    legacy: false,
    origin: 'eslint.config.mjs',
    flags: ['unstable_config_lookup_from_file'],
  },
  { fixture: 'eslint-legacy-json', legacy: true, origin: '.eslintrc' },
  { fixture: 'eslint-legacy-yaml', legacy: true, origin: '.eslintrc.yml' },
  { fixture: 'eslint-legacy-js', legacy: true, origin: '.eslintrc.cjs' },
  { fixture: 'eslint-package-json', legacy: true, origin: 'package.json' },
  { fixture: 'eslint-legacy-typescript', legacy: true, origin: '.eslintrc.json' },
] as { fixture: string; legacy: boolean; origin: string; flags?: string[] }[])(
  'the ESLint configuration of $fixture',
  ({ fixture, legacy, origin, flags = [] }) => {
    it('gives the (rule, file, line) set ESLint gives, for the rules oxlint implements', async () => {
      const root = path.join(fixtures, fixture);
      const files = scripts(root);
      const plumb = await plumbReport(root, files);
      expect(plumb.raw.config).toBe(origin);
      const untranslated = plumb.raw.errors.flatMap(
        ({ message }) => /rule `([^`]+)` not translated/.exec(message)?.[1] ?? [],
      );
      const eslint = await eslintReport(root, files, legacy, untranslated, flags);
      expect(eslint.length).toBeGreaterThan(0);
      expect(plumb.findings).toEqual(eslint);
    });
  },
);
