import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { identifyLicenseText } from './license-text.js';

const require = createRequire(import.meta.url);
/** A license file as a real package ships it, with its own holder, year and wrapping. */
const shipped = (pkg: string, file: string) =>
  readFileSync(path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file), 'utf8');

describe('identifyLicenseText', () => {
  it.each([
    ['pg', 'LICENSE', 'MIT'],
    ['typescript', 'LICENSE.txt', 'Apache-2.0'],
    ['semver', 'LICENSE', 'ISC'],
    ['esquery', 'license.txt', 'BSD-3-Clause'],
    ['espree', 'LICENSE', 'BSD-2-Clause'],
    // Not among the common licenses compared first: found by comparing every SPDX text.
    ['glob', 'LICENSE.md', 'BlueOak-1.0.0'],
  ])('takes %s/%s for %s', async (pkg, file, id) => {
    expect(await identifyLicenseText(shipped(pkg, file))).toBe(id);
  });

  it('takes no license for a custom text, nor for several licenses in one file', async () => {
    const custom = 'You may use this software only on Tuesdays, and only to water plants. '.repeat(5);
    expect(await identifyLicenseText(custom)).toBeNull();
    // As a bundle ships its own license followed by those of what it bundled.
    const combined = ['pg', 'semver', 'esquery'].map((pkg) => shipped(pkg, /^e/.test(pkg) ? 'license.txt' : 'LICENSE'));
    expect(await identifyLicenseText(combined.join('\n\n'))).toBeNull();
  });
});
