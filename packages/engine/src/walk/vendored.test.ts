import { describe, expect, it } from 'vitest';
import { isVendoredDirectory } from './vendored.js';

describe('isVendoredDirectory', () => {
  it.each(['node_modules', 'vendor', 'third_party', 'deps', '.git'])('leaves %s out', (name) => {
    expect(isVendoredDirectory(name)).toBe(true);
  });

  it.each(['src', 'lib', 'dependencies', 'depsgraph', 'Deps'])('walks %s', (name) => {
    expect(isVendoredDirectory(name)).toBe(false);
  });
});
