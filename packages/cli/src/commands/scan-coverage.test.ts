import { describe, expect, it } from 'vitest';
import { namingCoverageFile } from './scan-coverage.js';

describe('namingCoverageFile', () => {
  const files = ['coverage/lcov.info', 'build/jacoco.xml'];

  it.each([
    [
      'coverage[1]: JaCoCo report, line 2: expected </package>',
      '--coverage build/jacoco.xml: JaCoCo report, line 2: expected </package>',
    ],
    [
      'coverage[0].format: one of lcov, cobertura, jacoco, clover',
      '--coverage coverage/lcov.info: one of lcov, cobertura, jacoco, clover',
    ],
    // Not a report of this run, or not about a report: as the server said it.
    ['coverage[5]: lcov report: the report is empty', 'coverage[5]: lcov report: the report is empty'],
    ['metadata.branch: a git branch name', 'metadata.branch: a git branch name'],
  ])('names the file behind %s', (message, named) => {
    expect(namingCoverageFile(message, files)).toBe(named);
  });
});
