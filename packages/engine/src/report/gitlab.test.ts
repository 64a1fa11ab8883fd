import { describe, expect, it } from 'vitest';
import type { Finding } from '../findings/types.js';
import { toGitlabCodeQuality } from './gitlab.js';

const finding = (overrides: Partial<Finding>): Finding => ({
  rule: 'go/unchecked-error',
  tool: 'plumb',
  category: 'Error_Prone',
  severity: 'high',
  filename: 'cmd/main.go',
  line: 7,
  lineEnd: 9,
  column: 2,
  description: 'The error returned by os.Remove is ignored',
  language: 'Go',
  remediationMinutes: 5,
  codeHash: 'h1',
  uniqueIdentifier: 'go/unchecked-error:h1:0',
  ...overrides,
});

describe('toGitlabCodeQuality', () => {
  it("writes GitLab's fields: description, check_name, fingerprint, severity, location", () => {
    const [issue] = toGitlabCodeQuality([finding({})]);
    expect(issue).toEqual({
      type: 'issue',
      description: 'The error returned by os.Remove is ignored',
      check_name: 'go/unchecked-error',
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
      severity: 'critical',
      categories: ['Bug Risk'],
      location: { path: 'cmd/main.go', lines: { begin: 7, end: 9 } },
    });
  });

  it('maps every Plumb severity and names other tools in check_name', () => {
    const severities = (['info', 'low', 'moderate', 'high', 'critical'] as const).map((severity, index) =>
      finding({ severity, uniqueIdentifier: `u${index}` }),
    );
    expect(toGitlabCodeQuality(severities).map((issue) => issue.severity)).toEqual([
      'info',
      'minor',
      'major',
      'critical',
      'blocker',
    ]);
    expect(toGitlabCodeQuality([finding({ tool: 'ruff', rule: 'F401', category: 'Code_Style' })])[0]).toMatchObject({
      check_name: 'ruff/F401',
      categories: ['Style'],
    });
  });

  it('keeps a fingerprint when the finding moves, and keeps fingerprints unique', () => {
    const [before] = toGitlabCodeQuality([finding({})]);
    const [after] = toGitlabCodeQuality([finding({ line: 30, lineEnd: 32 })]);
    expect(after?.fingerprint).toBe(before?.fingerprint);
    const other = toGitlabCodeQuality([finding({ filename: 'cmd/other.go' })])[0];
    expect(other?.fingerprint).not.toBe(before?.fingerprint);
    const twins = toGitlabCodeQuality([finding({}), finding({}), finding({})]).map((issue) => issue.fingerprint);
    expect(new Set(twins).size).toBe(3);
    expect(twins[0]).toBe(before?.fingerprint);
  });

  it('gives an empty report for no findings', () => {
    expect(toGitlabCodeQuality([])).toEqual([]);
  });
});
