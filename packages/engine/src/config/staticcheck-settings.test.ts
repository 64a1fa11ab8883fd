import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { linterRuleSettings } from './linter-settings.js';
import { checksOff, golangciSettings, staticcheckConfSettings } from './staticcheck-settings.js';

const CODES = ['ST1005', 'SA4018'];

describe('checksOff', () => {
  it.each([
    [['all', '-ST1005'], ['ST1005']],
    [['-ST1005'], ['ST1005']],
    [['all', '-ST1*', 'ST1005'], []],
    [['*', '-SA*'], ['SA4018']],
    [['SA*'], []],
    [['-all'], ['ST1005', 'SA4018']],
  ])('%j leaves off %j', (list, off) => {
    expect([...checksOff(list, CODES).keys()]).toEqual(off);
  });
});

describe('golangciSettings and staticcheckConfSettings', () => {
  it('reads v2 linters.settings and v1 linters-settings, staticcheck and stylecheck', () => {
    const v2 =
      'version: "2"\nlinters:\n  settings:\n    staticcheck:\n      checks:\n        - all\n        - -ST1005\n';
    const v1 = 'linters-settings:\n  stylecheck:\n    checks: ["all", "-ST1005"]\n';
    expect(golangciSettings(v2, CODES)).toEqual(new Map([['ST1005', 'off']]));
    expect(golangciSettings(v1, CODES)).toEqual(new Map([['ST1005', 'off']]));
    expect(golangciSettings('linters:\n  enable: [staticcheck]\n', CODES).size).toBe(0);
  });

  it('reads staticcheck.conf', () => {
    expect(staticcheckConfSettings('checks = ["all", "-ST1005"]\n', CODES)).toEqual(new Map([['ST1005', 'off']]));
    expect(staticcheckConfSettings('dot_import_whitelist = []\n', CODES).size).toBe(0);
  });
});

describe('a project that switches a Staticcheck check off', () => {
  let dir = '';
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it('switches off the rule that mirrors it', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'plumb-staticcheck-'));
    await writeFile(
      path.join(dir, '.golangci.yaml'),
      'linters:\n  settings:\n    staticcheck:\n      checks:\n        - all\n        - -ST1005 # capitalised\n',
    );
    const settings = await linterRuleSettings(dir);
    expect(settings['go/error-string-style']).toBe('off');
    expect(settings['go/self-assignment']).toBeUndefined();
  });
});
