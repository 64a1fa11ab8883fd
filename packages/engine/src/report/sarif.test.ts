import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../findings/types.js';
import { importSarif } from '../linters/sarif/index.js';
import type { RuleMeta } from '../rules/types.js';
import { SECRET_RULES } from '../secrets/index.js';
import { pathToUri, toSarif } from './sarif.js';

const readJson = (file: string | URL) => JSON.parse(readFileSync(file, 'utf8')) as object;

/**
 * The SARIF 2.1.0 JSON schema (its final rtm.5 text) as the npm package @microsoft/jest-sarif ships it; draft-04,
 * hence Ajv 6 with its draft-04 meta-schema, formats (`uri`, `date-time`) included.
 */
function sarifValidator() {
  const require = createRequire(import.meta.url);
  const ajv = new Ajv({ schemaId: 'id', allErrors: true, format: 'full' });
  ajv.addMetaSchema(readJson(require.resolve('ajv/lib/refs/json-schema-draft-04.json')));
  return ajv.compile(readJson(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')));
}

const finding = (overrides: Partial<Finding>): Finding => ({
  rule: 'java/empty-catch-block',
  tool: 'plumb',
  category: 'Error_Prone',
  severity: 'moderate',
  filename: 'src/Main.java',
  line: 10,
  lineEnd: 12,
  column: 5,
  description: 'Empty catch block swallows the exception',
  language: 'Java',
  remediationMinutes: 5,
  codeHash: 'a1b2c3',
  uniqueIdentifier: 'java/empty-catch-block:a1b2c3:0',
  ...overrides,
});

const emptyCatch: RuleMeta = {
  id: 'java/empty-catch-block',
  tool: 'plumb',
  language: 'java',
  category: 'Error_Prone',
  severity: 'moderate',
  labels: ['bug'],
  remediationMinutes: 5,
  docs: {
    whatItFinds: 'Catch blocks with no statements.',
    whyItMatters: 'The error disappears without a trace.',
    example: { bad: 'try { f(); } catch (E e) {}', good: 'try { f(); } catch (E e) { log(e); }' },
  },
};

const findings: Finding[] = [
  finding({}),
  finding({ line: 40, lineEnd: 40, uniqueIdentifier: 'java/empty-catch-block:ffee:0', codeHash: 'ffee' }),
  finding({
    rule: 'secrets/github-token',
    category: 'Security',
    severity: 'critical',
    filename: 'deploy/my config.yml',
    line: 3,
    lineEnd: 3,
    column: 10,
    description: 'GitHub token committed in the source: `ghp_…`',
    language: null,
    codeHash: 'c0de',
    uniqueIdentifier: 'secrets/github-token:c0de:0',
  }),
  finding({
    rule: 'eslint/no-debugger',
    tool: 'oxlint',
    severity: 'low',
    filename: 'web/app.ts',
    line: 1,
    lineEnd: 1,
    column: 1,
    description: '`debugger` statement is not allowed',
    language: 'Typescript',
    codeHash: 'd1',
    uniqueIdentifier: 'eslint/no-debugger:d1:0',
  }),
  finding({
    rule: 'CVE-2022-25883',
    tool: 'Trivy',
    category: 'Security',
    severity: 'info',
    filename: 'package-lock.json',
    line: 1,
    lineEnd: 1,
    column: 1,
    description: 'semver ReDoS',
    language: null,
    codeHash: 'e1',
    uniqueIdentifier: 'CVE-2022-25883:e1:0',
  }),
];

describe('toSarif', () => {
  const log = toSarif(findings, [emptyCatch, ...SECRET_RULES], {
    toolName: 'Plumb',
    version: '0.1.0',
    informationUri: 'https://github.com/plumb-dev/plumb',
  });

  it('is valid against the OASIS SARIF 2.1.0 schema', () => {
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(validate(toSarif([], [], { toolName: 'Plumb', version: 'dev' })), JSON.stringify(validate.errors)).toBe(
      true,
    );
    const broken = structuredClone(log) as { runs: { results: { level: string }[] }[] };
    broken.runs[0]!.results[0]!.level = 'fatal';
    expect(validate(broken)).toBe(false);
  });

  it('has one run whose driver is Plumb and whose rules are the reported ones, other tools prefixed', () => {
    expect(log).toMatchObject({ version: '2.1.0', $schema: expect.stringContaining('sarif-schema-2.1.0.json') });
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0]!.tool.driver;
    expect(driver).toMatchObject({ name: 'Plumb', version: '0.1.0', semanticVersion: '0.1.0' });
    expect(driver.rules.map((rule) => rule.id)).toEqual([
      'java/empty-catch-block',
      'secrets/github-token',
      'oxlint/eslint/no-debugger',
      'Trivy/CVE-2022-25883',
    ]);
    expect(driver.rules[0]).toEqual({
      id: 'java/empty-catch-block',
      name: 'java/empty-catch-block',
      shortDescription: { text: 'Catch blocks with no statements.' },
      fullDescription: { text: 'Catch blocks with no statements. The error disappears without a trace.' },
      help: {
        text: 'Catch blocks with no statements. The error disappears without a trace.',
        markdown:
          'Catch blocks with no statements.\n\nThe error disappears without a trace.\n\n**Reported**\n\n```\n' +
          'try { f(); } catch (E e) {}\n```\n\n**Fixed**\n\n```\ntry { f(); } catch (E e) { log(e); }\n```',
      },
      defaultConfiguration: { level: 'warning' },
      properties: { tags: ['Error_Prone', 'bug'], category: 'Error_Prone', tool: 'plumb' },
    });
    expect(driver.rules[1]?.properties).toEqual({
      tags: ['security', 'Security'],
      category: 'Security',
      tool: 'plumb',
      'security-severity': '9.5',
    });
    expect(driver.rules[3]).toMatchObject({
      shortDescription: { text: 'semver ReDoS' },
      defaultConfiguration: { level: 'note' },
      properties: { 'security-severity': '0.0' },
    });
  });

  it('writes results with rule index, level, message, relative location and fingerprints', () => {
    const results = log.runs[0]!.results;
    expect(results.map((result) => [result.ruleId, result.ruleIndex, result.level])).toEqual([
      ['java/empty-catch-block', 0, 'warning'],
      ['java/empty-catch-block', 0, 'warning'],
      ['secrets/github-token', 1, 'error'],
      ['oxlint/eslint/no-debugger', 2, 'note'],
      ['Trivy/CVE-2022-25883', 3, 'note'],
    ]);
    expect(results[2]).toEqual({
      ruleId: 'secrets/github-token',
      ruleIndex: 1,
      level: 'error',
      message: { text: 'GitHub token committed in the source: `ghp_…`' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'deploy/my%20config.yml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 3, endLine: 3, startColumn: 10 },
          },
        },
      ],
      partialFingerprints: { 'plumb/v1': 'secrets/github-token:c0de:0', primaryLocationLineHash: 'c0de' },
    });
  });

  it('reads back through importSarif with the same places', () => {
    const back = importSarif(JSON.stringify(log), { root: '/anywhere' });
    expect(
      back.findings.map((entry) => [entry.tool, entry.rule, entry.filename, entry.line, entry.lineEnd, entry.column]),
    ).toEqual(
      findings.map((entry) => [
        'Plumb',
        entry.tool === 'plumb' ? entry.rule : `${entry.tool}/${entry.rule}`,
        entry.filename,
        entry.line,
        entry.lineEnd,
        entry.column,
      ]),
    );
    expect(back.findings.map((entry) => [entry.category, entry.severity])).toEqual(
      findings.map((entry) => [entry.category, entry.severity]),
    );
  });

  it('percent-encodes each path segment', () => {
    expect(pathToUri('a b/c#d/é.ts')).toBe('a%20b/c%23d/%C3%A9.ts');
  });
});
