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
    return /^[^.].*\.(c|m)?js$/.test(entry.name) ? [relative] : [];
  });
}

async function plumbReport(root: string, files: string[]) {
  const raw = await oxlint.run({ root, files });
  const findings = oxlint.toFindings(raw).map((finding) => `${finding.filename}:${finding.line} ${finding.rule}`);
  return { raw, findings: findings.sort() };
}

/** ESLint's own report on the fixture, for the rules oxlint implements and Plumb translated. */
async function eslintReport(root: string, files: string[], legacy: boolean, untranslated: string[]) {
  const linter = legacy ? new LegacyESLint({ cwd: root }) : new ESLint({ cwd: root });
  const linted: string[] = [];
  for (const file of files) if (!(await linter.isPathIgnored(path.join(root, file)))) linted.push(file);
  const results = await linter.lintFiles(linted.map((file) => path.join(root, file)));
  const messages = results.flatMap((result) =>
    result.messages.map((message) => ({ file: path.relative(root, result.filePath), ...message })),
  );
  expect(messages.filter((message) => message.ruleId === null)).toEqual([]);
  return messages
    .filter(({ ruleId }) => ruleId && oxlintRule(`eslint/${ruleId}`) && !untranslated.includes(ruleId))
    .map(({ file, line, ruleId }) => `${file}:${line} eslint/${String(ruleId)}`)
    .sort();
}

describe.each([
  { fixture: 'eslint-flat', legacy: false, origin: 'eslint.config.mjs' },
  { fixture: 'eslint-legacy-json', legacy: true, origin: '.eslintrc' },
  { fixture: 'eslint-legacy-yaml', legacy: true, origin: '.eslintrc.yml' },
  { fixture: 'eslint-legacy-js', legacy: true, origin: '.eslintrc.cjs' },
  { fixture: 'eslint-package-json', legacy: true, origin: 'package.json' },
])('the ESLint configuration of $fixture', ({ fixture, legacy, origin }) => {
  it('gives the (rule, file, line) set ESLint gives, for the rules oxlint implements', async () => {
    const root = path.join(fixtures, fixture);
    const files = scripts(root);
    const plumb = await plumbReport(root, files);
    expect(plumb.raw.config).toBe(origin);
    const untranslated = plumb.raw.errors.flatMap(
      ({ message }) => /rule `([^`]+)` not translated/.exec(message)?.[1] ?? [],
    );
    const eslint = await eslintReport(root, files, legacy, untranslated);
    expect(eslint.length).toBeGreaterThan(0);
    expect(plumb.findings).toEqual(eslint);
  });
});
