import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { golangciLintersOff } from './golangci-linters.js';
import { linterRuleSettings } from './linter-settings.js';

const NAMES = ['stylecheck', 'staticcheck', 'revive', 'govet'];
const off = (text: string) => [...golangciLintersOff(text, NAMES).keys()];

describe('golangciLintersOff', () => {
  it.each([
    [
      'v1 defaults run staticcheck and govet, not stylecheck nor revive',
      'run:\n  timeout: 5m\n',
      ['stylecheck', 'revive'],
    ],
    ['v1 enable adds to the defaults', 'linters:\n  enable: [stylecheck, revive]\n', []],
    [
      'v1 disable-all keeps only enable',
      'linters:\n  disable-all: true\n  enable: [govet]\n',
      ['stylecheck', 'staticcheck', 'revive'],
    ],
    ['v1 enable-all less disable', 'linters:\n  enable-all: true\n  disable: [revive]\n', ['revive']],
    ['v2 standard folds stylecheck into staticcheck', 'version: "2"\n', ['revive']],
    [
      'v2 default none with enable',
      'version: "2"\nlinters:\n  default: none\n  enable: [govet]\n',
      ['stylecheck', 'staticcheck', 'revive'],
    ],
    [
      'v2 default all less disable',
      'version: "2"\nlinters:\n  default: all\n  disable: [revive, staticcheck]\n',
      ['stylecheck', 'staticcheck', 'revive'],
    ],
    ['v2 fast says nothing', 'version: "2"\nlinters:\n  default: fast\n', []],
  ])('%s', (_name, text, expected) => {
    expect(off(text)).toEqual(expected);
  });
});

describe('a project whose golangci-lint runs none of the linters a rule mirrors', () => {
  let dir = '';
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it('switches the rule off, and keeps it where one of them runs', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'plumb-golangci-'));
    // validator's configuration: every linter but the two that hold ST1005 (staticcheck and revive).
    const config = 'version: "2"\nlinters:\n  default: all\n  disable:\n    - revive\n    - staticcheck\n';
    await writeFile(path.join(dir, '.golangci.yaml'), config);
    const settings = await linterRuleSettings(dir);
    expect(settings['go/error-string-style']).toBe('off');
    expect(settings['go/unreachable-code']).toBeUndefined();
    await writeFile(path.join(dir, '.golangci.yaml'), 'version: "2"\nlinters:\n  default: none\n  enable: [revive]\n');
    expect((await linterRuleSettings(dir))['go/error-string-style']).toBeUndefined();
  });
});
