import { describe, expect, it } from 'vitest';
import { KNOWN_MODULES } from './known-modules.js';
import { readModuleExport, Unresolved } from './static-module.js';

function read(source: string): unknown {
  const value = readModuleExport('eslint.config.js', source, KNOWN_MODULES);
  return value instanceof Unresolved ? `unresolved at ${value.line}: ${value.reason}` : value;
}

describe('readModuleExport', () => {
  it.each([
    [
      'an exported literal',
      'export default [{ rules: { semi: ["error", "always"], "no-var": 2 } }]',
      [{ rules: { semi: ['error', 'always'], 'no-var': 2 } }],
    ],
    [
      'module.exports with a constant and a spread',
      'const base = { a: 1 };\nmodule.exports = { ...base, b: -1, c: `x` };',
      { a: 1, b: -1, c: 'x' },
    ],
    [
      'a value of a known module',
      'import globals from "globals";\nexport default { g: globals.es5.Array };',
      { g: false },
    ],
    [
      'a required known module, destructured',
      'const { configs } = require("@eslint/js");\nmodule.exports = configs.recommended.rules["no-debugger"];',
      'error',
    ],
    [
      'defineConfig with extends scoped to files',
      'import { defineConfig } from "eslint/config";\n' +
        'export default defineConfig({ files: ["a/**"], extends: [{ rules: { x: 1 } }], rules: { y: 2 } });',
      [
        { rules: { x: 1 }, files: ['a/**'] },
        { files: ['a/**'], rules: { y: 2 } },
      ],
    ],
    [
      'a plugin config named in extends',
      'import js from "@eslint/js";\nimport react from "eslint-plugin-react";\n' +
        'import { defineConfig } from "eslint/config";\n' +
        'export default defineConfig({ plugins: { js, react }, extends: ["js/recommended", "react/flat"] });',
      [
        { rules: expect.objectContaining({ 'no-debugger': 'error' }) as unknown },
        'unresolved at 0: `react/flat`, a plugin config Plumb does not know',
        { plugins: { js: expect.anything() as unknown, react: expect.stringContaining('unresolved at 2') as unknown } },
      ],
    ],
    [
      'a call Plumb does not know',
      'import x from "eslint-config-x";\nexport default x();',
      'unresolved at 2: a call to `x`',
    ],
    [
      'a module Plumb does not load',
      'import x from "./local.js";\nexport default [x];',
      ['unresolved at 1: the module `./local.js`, which Plumb does not load'],
    ],
    [
      'a mutable binding',
      'let rules = {};\nexport default { rules };',
      { rules: 'unresolved at 2: `rules`, which is not a constant Plumb can read' },
    ],
    ['no export', 'const a = 1;', 'unresolved at 1: no `export default` or `module.exports =`'],
  ])('reads %s', (_name, source, expected) => {
    const value = read(source);
    const shown = JSON.parse(
      JSON.stringify(value, (_key, entry: unknown) =>
        entry instanceof Unresolved ? `unresolved at ${entry.line}: ${entry.reason}` : entry,
      ),
    ) as unknown;
    expect(shown).toEqual(expected);
  });
});
