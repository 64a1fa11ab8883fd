import { dependencyRequire } from './dependency-require.js';

/** The engine's version, as its package.json says (a test keeps them equal); stored with every analysis. */
export const ENGINE_VERSION = '0.1.0';

/** The bundled linters' versions, read from their packages only when asked (never at start-up). */
export function linterVersions(): Record<string, string> {
  const versionOf = (name: string) => (dependencyRequire()(`${name}/package.json`) as { version: string }).version;
  return { oxlint: versionOf('oxlint'), ruff: versionOf('@astral-sh/ruff-wasm-nodejs') };
}
