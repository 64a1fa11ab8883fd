import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, linterVersions } from './version.js';

describe('versions', () => {
  it("names the engine's package version", () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(ENGINE_VERSION).toBe(manifest.version);
  });

  it("reads each bundled linter's version from its package", () => {
    const versions = linterVersions();
    expect(Object.keys(versions).sort()).toEqual(['oxlint', 'ruff']);
    for (const version of Object.values(versions)) expect(version).toMatch(/^\d+\.\d+\.\d+/);
  });
});
