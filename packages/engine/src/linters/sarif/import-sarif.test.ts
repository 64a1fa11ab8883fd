import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importSarif, SarifFormatError } from './index.js';

const ROOT = '/home/ci/project';
const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
const place = ({ rule, tool, filename, line, lineEnd, column, severity, category }: Record<string, unknown>) => ({
  rule,
  tool,
  filename,
  line,
  lineEnd,
  column,
  severity,
  category,
});

describe('importSarif: real-world logs', () => {
  it('reads Semgrep: CWE tags make Security, the rule level the severity, %SRCROOT% left undefined', () => {
    const { findings, rules } = importSarif(fixture('semgrep.sarif'), { root: ROOT });
    expect(findings.map(place)).toEqual([
      {
        rule:
          'python.django.security.injection.sql.sql-injection-' +
          'using-db-cursor-execute.sql-injection-db-cursor-execute',
        tool: 'Semgrep OSS',
        filename: 'app/views.py',
        line: 12,
        lineEnd: 13,
        column: 5,
        severity: 'high',
        category: 'Security',
      },
      {
        rule: 'python.django.security.audit.django-debug-true',
        tool: 'Semgrep OSS',
        filename: 'app/settings.py',
        line: 26,
        lineEnd: 26,
        column: 1,
        severity: 'moderate',
        category: 'Security',
      },
    ]);
    expect(findings[0]).toMatchObject({
      description: "User-controlled data from a request is passed to 'execute()'. This could lead to a SQL injection.",
      help: 'Use parameterized queries: cursor.execute(sql, params).',
      language: 'Python',
      remediationMinutes: 20,
    });
    expect(rules.map((rule) => [rule.tool, rule.id, rule.severity, rule.category, rule.labels])).toEqual([
      [
        'Semgrep OSS',
        'python.django.security.injection.sql.sql-injection-using-db-cursor-execute.sql-injection-db-cursor-execute',
        'high',
        'Security',
        ['security'],
      ],
      ['Semgrep OSS', 'python.django.security.audit.django-debug-true', 'moderate', 'Security', ['security']],
    ]);
    expect(rules[1]?.docs.whyItMatters).toContain('Do not deploy to production');
  });

  it('reads CodeQL: rules in an extension, security-severity over level, artifact indexes, embedded links', () => {
    const { findings, rules } = importSarif(fixture('codeql.sarif'), { root: ROOT });
    expect(findings.map(place)).toEqual([
      {
        rule: 'js/sql-injection',
        tool: 'CodeQL',
        filename: 'src/db.js',
        line: 14,
        lineEnd: 14,
        column: 20,
        severity: 'high',
        category: 'Security',
      },
      {
        rule: 'js/unused-local-variable',
        tool: 'CodeQL',
        filename: 'src/util/format.js',
        line: 3,
        lineEnd: 3,
        column: 9,
        severity: 'low',
        category: 'Best_Practice',
      },
    ]);
    expect(findings[0]?.description).toBe('This query string depends on a user-provided value.');
    expect(rules.map((rule) => `${rule.tool} ${rule.id} ${rule.severity}`)).toEqual([
      'CodeQL js/sql-injection high',
      'CodeQL js/unused-local-variable low',
    ]);
    expect(rules[0]?.docs.whatItFinds).toBe('Database query built from user-controlled sources');
  });

  it('reads ESLint: file:// URIs under the root, percent-encoding, suppressions, results outside the root', () => {
    const result = importSarif(fixture('eslint.sarif'), { root: ROOT });
    expect(result.findings.map(place)).toEqual([
      {
        rule: 'no-unused-vars',
        tool: 'ESLint',
        filename: 'src/index.js',
        line: 3,
        lineEnd: 3,
        column: 7,
        severity: 'high',
        category: 'Unknown',
      },
      {
        rule: 'eqeqeq',
        tool: 'ESLint',
        filename: 'src/my file.js',
        line: 10,
        lineEnd: 10,
        column: 11,
        severity: 'moderate',
        category: 'Best_Practice',
      },
      {
        rule: 'unknown',
        tool: 'ESLint',
        filename: 'src/broken.js',
        line: 4,
        lineEnd: 4,
        column: 1,
        severity: 'high',
        category: 'Unknown',
      },
    ]);
    expect(result.skipped).toBe(2);
    expect(result.rules.map((rule) => rule.id)).toEqual(['no-unused-vars', 'eqeqeq', 'unknown']);
  });

  it('reads Trivy: originalUriBaseIds, CVSS security-severity, multi-line messages', () => {
    const { findings } = importSarif(fixture('trivy.sarif'), { root: ROOT });
    expect(findings.map(place)).toEqual([
      {
        rule: 'CVE-2022-25883',
        tool: 'Trivy',
        filename: 'package-lock.json',
        line: 1,
        lineEnd: 1,
        column: 1,
        severity: 'moderate',
        category: 'Security',
      },
      {
        rule: 'DS002',
        tool: 'Trivy',
        filename: 'deploy/Dockerfile',
        line: 1,
        lineEnd: 1,
        column: 1,
        severity: 'high',
        category: 'Security',
      },
    ]);
    expect(findings[0]?.description).toContain('Link: CVE-2022-25883');
    expect(findings[0]?.language).toBeNull();
  });
});

const log = (
  results: unknown[],
  driver: Record<string, unknown> = { name: 'tool' },
  run: Record<string, unknown> = {},
) => JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver }, results, ...run }] });
const at = (uri: string, region: Record<string, unknown> = { startLine: 2 }) => [
  { physicalLocation: { artifactLocation: { uri }, region } },
];

describe('importSarif: the details', () => {
  it('merges several runs, each with its own tool', () => {
    const text = JSON.stringify({
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'a' } },
          results: [{ ruleId: 'r1', message: { text: 'one' }, locations: at('x.go') }],
        },
        {
          tool: { driver: { name: 'b' } },
          results: [{ ruleId: 'r1', level: 'note', message: { text: 'two' }, locations: at('y.rb') }],
        },
        { tool: { driver: { name: 'c' } }, results: null },
      ],
    });
    const { findings, rules } = importSarif(text, { root: '/repo' });
    expect(
      findings.map((finding) => [finding.tool, finding.rule, finding.filename, finding.severity, finding.language]),
    ).toEqual([
      ['a', 'r1', 'x.go', 'moderate', 'Go'],
      ['b', 'r1', 'y.rb', 'low', 'Ruby'],
    ]);
    expect(rules.map((rule) => `${rule.tool}/${rule.id}`)).toEqual(['a/r1', 'b/r1']);
  });

  it('builds messages from message strings and arguments', () => {
    const driver = {
      name: 't',
      globalMessageStrings: { g: { text: 'global {0}' } },
      rules: [{ id: 'R', messageStrings: { default: { text: "'{0}' is {1} {{not}} \\[x\\]" } } }],
    };
    const results = [
      { ruleId: 'R', message: { id: 'default', arguments: ['count', 'unused'] }, locations: at('a.c') },
      { ruleId: 'R', message: { id: 'g', arguments: ['message'] }, locations: at('a.c') },
    ];
    expect(importSarif(log(results, driver), { root: '/r' }).findings.map((finding) => finding.description)).toEqual([
      "'count' is unused {not} [x]",
      'global message',
    ]);
  });

  it('takes levels from result, rule default, kind and SARIF default, in that order', () => {
    const driver = { name: 't', rules: [{ id: 'E', defaultConfiguration: { level: 'error' } }, { id: 'N' }] };
    const results = [
      { ruleId: 'E', message: { text: 'm' }, locations: at('a.c') },
      { ruleId: 'E', level: 'none', message: { text: 'm' }, locations: at('a.c') },
      { ruleId: 'N', message: { text: 'm' }, locations: at('a.c') },
      { ruleId: 'N', kind: 'review', message: { text: 'm' }, locations: at('a.c') },
      { ruleId: 'N', kind: 'pass', message: { text: 'm' }, locations: at('a.c') },
      { ruleId: 'N', baselineState: 'absent', message: { text: 'm' }, locations: at('a.c') },
      { ruleId: 'N', properties: { 'security-severity': '9.8' }, message: { text: 'm' }, locations: at('a.c') },
    ];
    expect(importSarif(log(results, driver), { root: '/r' }).findings.map((finding) => finding.severity)).toEqual([
      'high',
      'info',
      'moderate',
      'info',
      'critical',
    ]);
  });

  it('resolves chained uriBaseIds and relative paths, and skips results it cannot place', () => {
    const run = {
      originalUriBaseIds: { REPO: { uri: 'file:///work/repo/' }, SRC: { uri: 'src/', uriBaseId: 'REPO' } },
    };
    const results = [
      {
        ruleId: 'r',
        message: { text: 'm' },
        locations: [
          { physicalLocation: { artifactLocation: { uri: 'main.rs', uriBaseId: 'SRC' }, region: { startLine: 5 } } },
        ],
      },
      { ruleId: 'r', message: { text: 'm' }, locations: at('./lib\\util.rs') },
      { ruleId: 'r', message: { text: 'm' }, locations: at('../outside.rs') },
      { ruleId: 'r', message: { text: 'm' }, locations: at('https://example.com/a.rs') },
      {
        ruleId: 'r',
        message: { text: 'm' },
        locations: [{ logicalLocations: [{ fullyQualifiedName: 'crate::main' }] }],
      },
      { ruleId: 'r', message: { text: 'm' } },
      {
        ruleId: 'r',
        message: { text: 'm' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'Cargo.toml' } } }],
      },
    ];
    const result = importSarif(log(results, { name: 't' }, run), { root: '/work/repo' });
    expect(result.findings.map((finding) => `${finding.filename}:${finding.line}`)).toEqual([
      'src/main.rs:5',
      'lib/util.rs:2',
      'Cargo.toml:1',
    ]);
    expect(result.skipped).toBe(4);
  });
});

describe('importSarif: invalid input names the field', () => {
  const cases: [string, string, string][] = [
    ['not JSON', '{"version": "2.1.0",', 'not valid JSON'],
    ['an array', '[]', 'a SARIF log must be a JSON object with version and runs'],
    ['no version', '{"runs": []}', 'version: is required'],
    [
      'SARIF 2.0',
      '{"version": "2.0.0", "runs": []}',
      'version: expected "2.1.0", got "2.0.0"; only SARIF 2.1.0 is read',
    ],
    ['runs not an array', '{"version": "2.1.0", "runs": {}}', 'runs: expected an array, got an object'],
    ['no driver', '{"version": "2.1.0", "runs": [{"tool": {}}]}', 'runs[0].tool.driver: is required'],
    [
      'driver without name',
      '{"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]}',
      'runs[0].tool.driver.name: is required',
    ],
    [
      'rule without id',
      log([], { name: 't', rules: [{ id: 'a' }, { name: 'b' }] }),
      'runs[0].tool.driver.rules[1].id: is required',
    ],
    [
      'bad level',
      log([{ ruleId: 'a', level: 'fatal', message: { text: 'm' } }]),
      'runs[0].results[0].level: expected one of none, note, warning, error, got "fatal"',
    ],
    [
      'locations not an array',
      log([
        ...Array.from({ length: 3 }, () => ({ ruleId: 'a', message: { text: 'm' } })),
        { ruleId: 'a', message: { text: 'm' }, locations: {} },
      ]),
      'runs[0].results[3].locations: expected an array, got an object',
    ],
    ['message without text or id', log([{ ruleId: 'a', message: {} }]), 'runs[0].results[0].message: needs text or id'],
    ['no message', log([{ ruleId: 'a' }]), 'runs[0].results[0].message: is required'],
    [
      'line zero',
      log([{ ruleId: 'a', message: { text: 'm' }, locations: at('a.c', { startLine: 0 }) }]),
      'runs[0].results[0].locations[0].physicalLocation.region.startLine: expected an integer of at least 1, got 0',
    ],
    [
      'rule index out of range',
      log([{ ruleId: 'a', ruleIndex: 2, message: { text: 'm' }, locations: at('a.c') }], {
        name: 't',
        rules: [{ id: 'a' }],
      }),
      'runs[0].results[0].ruleIndex: refers to no rule of t (1 there)',
    ],
  ];
  it.each(cases)('%s', (_name, text, message) => {
    expect(() => importSarif(text, { root: '/r' })).toThrow(SarifFormatError);
    expect(() => importSarif(text, { root: '/r' })).toThrow(message);
  });
});
