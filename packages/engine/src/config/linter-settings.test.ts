import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyRuleSettings } from '../findings/rule-settings.js';
import type { UntrackedFinding } from '../findings/types.js';
import { linterRuleSettings, rubocopSettings, shellcheckSettings, standardSettings } from './linter-settings.js';
import { loadConfig } from './load.js';

// sinatra's .rubocop.yml, cut down: the cops it disables and the folders it excludes.
const SINATRA = `AllCops:
  Exclude:
    - 'test/**/*'
    - 'sinatra-contrib/**/*'
Lint/RescueException:
  Enabled: false
Lint/SuppressedException:
  Enabled: false
Style/NilComparison:
  Exclude:
    - lib/legacy.rb
`;

describe('rubocopSettings', () => {
  it('switches off disabled cops and scopes the others to the globs AllCops and the cop exclude', () => {
    const settings = rubocopSettings(SINATRA, [
      'Lint/RescueException',
      'Lint/SuppressedException',
      'Style/NilComparison',
      'Lint/Debugger',
    ]);
    expect(Object.fromEntries(settings)).toEqual({
      'Lint/RescueException': 'off',
      'Lint/SuppressedException': 'off',
      'Style/NilComparison': { exclude: ['test/**/*', 'sinatra-contrib/**/*', 'lib/legacy.rb'] },
      'Lint/Debugger': { exclude: ['test/**/*', 'sinatra-contrib/**/*'] },
    });
  });

  it('honors a disabled department and DisabledByDefault, unless the cop is enabled again', () => {
    expect(
      Object.fromEntries(rubocopSettings('Metrics:\n  Enabled: false\n', ['Metrics/BlockNesting', 'Lint/Debugger'])),
    ).toEqual({ 'Metrics/BlockNesting': 'off' });
    expect(
      Object.fromEntries(
        rubocopSettings('AllCops:\n  DisabledByDefault: true\nLint/Debugger:\n  Enabled: true\n', [
          'Metrics/BlockNesting',
          'Lint/Debugger',
        ]),
      ),
    ).toEqual({ 'Metrics/BlockNesting': 'off' });
  });
});

// A Standard configuration in sidekiq's shape: cops off everywhere, cops off under a folder, a path ignored.
const STANDARD = `ruby_version: 3.2.0
ignore:
  - '**/*':
    - Lint/RescueException
  - 'test/**/*':
    - Style/GlobalVars
    - Lint/SuppressedException
  - 'vendor/**/*'
`;

describe('standardSettings', () => {
  it('reads ignore: paths and per-path cop lists', () => {
    const settings = standardSettings(STANDARD, ['Lint/RescueException', 'Lint/SuppressedException', 'Lint/Debugger']);
    expect(Object.fromEntries(settings)).toEqual({
      'Lint/RescueException': 'off',
      'Lint/SuppressedException': { exclude: ['test/**/*', 'vendor/**/*'] },
      'Lint/Debugger': { exclude: ['vendor/**/*'] },
    });
    expect(standardSettings('fix: true\n', ['Lint/Debugger']).size).toBe(0);
  });
});

describe('shellcheckSettings', () => {
  it('reads disable= lists, ranges and all, past comments', () => {
    const codes = ['SC2006', 'SC2086', 'SC2162'];
    expect([...shellcheckSettings('# style\ndisable=SC2006,2162 # legacy\n', codes).keys()]).toEqual([
      'SC2006',
      'SC2162',
    ]);
    expect([...shellcheckSettings('disable=SC2000-SC2099\n', codes).keys()]).toEqual(['SC2006', 'SC2086']);
    expect([...shellcheckSettings('disable=all\n', codes).keys()]).toEqual(codes);
    expect(shellcheckSettings('enable=require-variable-braces\n', codes).size).toBe(0);
  });
});

describe('linterRuleSettings and loadConfig', () => {
  let dir = '';
  afterEach(async () => rm(dir, { recursive: true, force: true }));
  const project = async (files: Record<string, string>) => {
    dir = await mkdtemp(path.join(tmpdir(), 'plumb-linters-'));
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  };

  it('maps cops and codes to the rules that mirror them', async () => {
    await project({ '.rubocop.yml': SINATRA, '.shellcheckrc': 'disable=SC2006\n' });
    const settings = await linterRuleSettings(dir);
    expect(settings['ruby/rescue-exception']).toBe('off');
    expect(settings['ruby/empty-rescue']).toBe('off');
    expect(settings['shell/backticks']).toBe('off');
    expect(settings['ruby/command-injection']).toBeUndefined();
    expect(settings['ruby/nil-comparison']).toEqual({
      exclude: ['test/**/*', 'sinatra-contrib/**/*', 'lib/legacy.rb'],
    });
  });

  it('reads .standard.yml beside .rubocop.yml, a cop off in either being off', async () => {
    await project({ '.standard.yml': STANDARD, '.rubocop.yml': 'Lint/Debugger:\n  Exclude:\n    - bin/*\n' });
    const settings = await linterRuleSettings(dir);
    expect(settings['ruby/rescue-exception']).toBe('off');
    expect(settings['ruby/empty-rescue']).toEqual({ exclude: ['test/**/*', 'vendor/**/*'] });
    expect(settings['ruby/debugger-statement']).toEqual({ exclude: ['bin/*', 'vendor/**/*'] });
  });

  it('ignores a malformed .rubocop.yml instead of failing the analysis', async () => {
    await project({ '.rubocop.yml': 'AllCops: [\n  Exclude: {', '.shellcheckrc': 'disable=SC2086\n' });
    expect(await linterRuleSettings(dir)).toEqual({ 'shell/unquoted-test-operand': 'off' });
  });

  it("lets .plumb.yml speak last, keeping the linter configuration's paths", async () => {
    await project({
      '.rubocop.yml': SINATRA,
      '.plumb.yml': 'rules:\n  ruby/rescue-exception: high\n  ruby/nil-comparison: low\n',
    });
    const { rules } = await loadConfig(dir);
    expect(rules['ruby/rescue-exception']).toBe('high');
    expect(rules['ruby/empty-rescue']).toBe('off');
    expect(rules['ruby/nil-comparison']).toEqual({
      exclude: ['test/**/*', 'sinatra-contrib/**/*', 'lib/legacy.rb'],
      severity: 'low',
    });
  });

  it('does not switch on a rule that is off by default for the paths AllCops excludes', async () => {
    await project({ '.rubocop.yml': SINATRA });
    expect((await loadConfig(dir)).rules['ruby/too-many-parameters']).toBeUndefined();
    await writeFile(path.join(dir, '.plumb.yml'), 'rules:\n  ruby/too-many-parameters: on\n');
    expect((await loadConfig(dir)).rules['ruby/too-many-parameters']).toEqual({
      exclude: ['test/**/*', 'sinatra-contrib/**/*'],
    });
  });

  it("keeps the linter configuration's paths for a rule .plumb.yml switches on", async () => {
    await project({ '.rubocop.yml': SINATRA, '.plumb.yml': 'rules:\n  ruby/nil-comparison: on\n' });
    const { rules } = await loadConfig(dir);
    expect(rules['ruby/nil-comparison']).toEqual({ exclude: ['test/**/*', 'sinatra-contrib/**/*', 'lib/legacy.rb'] });
  });
});

describe('applyRuleSettings with linter paths', () => {
  const finding = (rule: string, filename: string): UntrackedFinding =>
    ({
      tool: 'plumb',
      rule,
      filename,
      line: 1,
      column: 1,
      severity: 'minor',
      description: '',
      category: 'Style',
    }) as unknown as UntrackedFinding;

  it('drops a finding under an excluded path and keeps (and re-rates) the rest', () => {
    const kept = applyRuleSettings(
      [
        finding('ruby/nil-comparison', 'sinatra-contrib/spec/okjson.rb'),
        finding('ruby/nil-comparison', 'lib/sinatra/base.rb'),
      ],
      {
        'ruby/nil-comparison': { exclude: ['test/**/*', 'sinatra-contrib/**/*'], severity: 'low' },
      },
    );
    expect(kept.map((f) => [f.filename, f.severity])).toEqual([['lib/sinatra/base.rb', 'low']]);
  });
});
