import { describe, expect, it } from 'vitest';
import { codeRoles } from './code-role.js';

describe('codeRoles', () => {
  it('follows the conventions by default', () => {
    const { roleOf } = codeRoles({ include: [], exclude: [], conventions: true });
    expect([roleOf('test/a.js'), roleOf('lib/a.js')]).toEqual(['test', 'main']);
  });

  it('adds the paths of include, by glob or by a directory name at any depth', () => {
    const { roleOf } = codeRoles({ include: ['qa', 'tools/**/*.check.ts'], exclude: [], conventions: true });
    expect([
      roleOf('qa/smoke.js'),
      roleOf('pkg/qa/load.js'),
      roleOf('tools/x/y.check.ts'),
      roleOf('tools/y.ts'),
    ]).toEqual(['test', 'test', 'test', 'main']);
  });

  it('keeps the paths of exclude main code, over the conventions and include', () => {
    const { roleOf } = codeRoles({ include: ['examples/legacy/**'], exclude: ['examples/**'], conventions: true });
    expect([roleOf('examples/app.js'), roleOf('examples/legacy/old.js'), roleOf('test/a.js')]).toEqual([
      'main',
      'main',
      'test',
    ]);
  });

  it('takes only include for test code without the conventions, test items included', () => {
    const { roleOf, testItemsCount } = codeRoles({ include: ['qa/**'], exclude: [], conventions: false });
    expect([roleOf('test/a.js'), roleOf('qa/a.js'), testItemsCount('src/lib.rs')]).toEqual(['main', 'test', false]);
  });

  it('counts the test items of a file unless exclude names it', () => {
    const { testItemsCount } = codeRoles({ include: [], exclude: ['vendor/**'], conventions: true });
    expect([testItemsCount('src/lib.rs'), testItemsCount('vendor/x/lib.rs')]).toEqual([true, false]);
  });
});
