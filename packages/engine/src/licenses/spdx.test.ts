import { describe, expect, it } from 'vitest';
import { isSpdxId, licenseIds, permitted, toSpdx } from './spdx.js';

describe('toSpdx', () => {
  it.each([
    ['MIT', 'MIT'],
    ['(MIT OR Apache-2.0)', '(MIT OR Apache-2.0)'],
    ['Apache License, Version 2.0', 'Apache-2.0'],
    ['The Apache Software License, Version 2.0', 'Apache-2.0'],
    ['BSD 3-Clause', 'BSD-3-Clause'],
    ['Eclipse Public License - v 1.0', 'EPL-1.0'],
    ['MIT/Apache-2.0', 'MIT OR Apache-2.0'],
    ['GPL-2.0-or-later WITH Classpath-exception-2.0', 'GPL-2.0-or-later WITH Classpath-exception-2.0'],
    ['UNLICENSED', null],
    ['SEE LICENSE IN LICENSE.txt', null],
    ['', null],
    ['Proprietary, all rights reserved by ACME', null],
  ])('%j → %j', (declared, spdx) => {
    expect(toSpdx(declared)).toBe(spdx);
  });
});

describe('permitted', () => {
  const none = new Set<string>();
  it.each([
    ['MIT', [], ['GPL-3.0-only'], true],
    ['GPL-3.0-only', [], ['GPL-3.0-only'], false],
    ['MIT OR GPL-3.0-only', [], ['GPL-3.0-only'], true],
    ['MIT AND GPL-3.0-only', [], ['GPL-3.0-only'], false],
    ['(MIT OR Apache-2.0) AND BSD-3-Clause', ['MIT', 'BSD-3-Clause'], [], true],
    ['Apache-2.0 AND BSD-3-Clause', ['MIT', 'BSD-3-Clause'], [], false],
    ['GPL-2.0-or-later WITH Classpath-exception-2.0', ['GPL-2.0-or-later'], [], true],
  ])('%s with allowed %j and denied %j → %s', (expression, allowed, denied, expected) => {
    expect(permitted(expression, new Set(allowed), new Set(denied))).toBe(expected);
  });

  it('permits everything under an empty policy', () => {
    expect(permitted('AGPL-3.0-only', none, none)).toBe(true);
  });
});

describe('licenseIds and isSpdxId', () => {
  it('names the ids of an expression, without exceptions', () => {
    expect(licenseIds('(MIT OR Apache-2.0) AND GPL-2.0-only WITH Classpath-exception-2.0')).toEqual([
      'MIT',
      'Apache-2.0',
      'GPL-2.0-only',
    ]);
  });

  it('knows SPDX ids from names and expressions', () => {
    expect(isSpdxId('GPL-3.0-only')).toBe(true);
    expect(isSpdxId('MIT OR Apache-2.0')).toBe(false);
    expect(isSpdxId('GPLv3')).toBe(false);
    expect(isSpdxId('LicenseRef-ours')).toBe(false);
  });
});
