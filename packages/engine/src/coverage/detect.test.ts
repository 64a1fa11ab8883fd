import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectCoverageFormat, parseCoverage } from './index.js';
import { FIXTURES } from './fixtures.case.js';

describe('detectCoverageFormat', () => {
  it.each([
    ['c8/lcov.info', 'lcov'],
    ['c8/clover.xml', 'clover'],
    ['c8/cobertura-coverage.xml', 'cobertura'],
    ['coverage-py/coverage.xml', 'cobertura'],
    ['jacoco/jacoco.xml', 'jacoco'],
    ['gcc/lcov.info', 'lcov'],
    ['gcc/cobertura.xml', 'cobertura'],
  ])('knows %s as %s from its first bytes', async (name, format) => {
    const head = readFileSync(FIXTURES + name, 'utf8').slice(0, 200);
    expect(detectCoverageFormat(head)).toBe(format);
    expect((await parseCoverage([readFileSync(FIXTURES + name)])).format).toBe(format);
  });

  it.each([
    ['\uFEFF\n\nSF:/ci/src/a.c\nDA:1,1', 'lcov'],
    ['<?xml version="1.0"?>\n<!-- made by <tool> -->\n<coverage generated="1">\n  <project timestamp="1">', 'clover'],
    ['<coverage>\n  <sources><source>.</source></sources>', 'cobertura'],
    ['<!DOCTYPE coverage [ <!ENTITY x "y"> ]>\n<coverage version="5.5" line-rate="0.5">', 'cobertura'],
    [
      '<?xml version="1.0"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><report name="m">',
      'jacoco',
    ],
  ])('reads %j as %s', (head, format) => {
    expect(detectCoverageFormat(head)).toBe(format);
  });

  it.each([
    ['<testsuites><testsuite name="x"/></testsuites>'],
    ['<coverage>'],
    ['mode: set\ngithub.com/acme/x/a.go:3.2,5.3 1 1'],
    ['{"result": []}'],
    [''],
  ])('finds no format in %j', (head) => {
    expect(detectCoverageFormat(head)).toBeUndefined();
  });
});
