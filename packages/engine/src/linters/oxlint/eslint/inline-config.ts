import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { OxlintDiagnostic } from '../diagnostics.js';
import { oxlintRuleId } from '../to-findings.js';

/** ESLint's inline rule configuration, `/* eslint no-console: 0, eqeqeq: ["off"] *\/`; not `eslint-disable`/`-env`. */
const INLINE_CONFIG = /\/\*\s*eslint\s+([\s\S]*?)\*\//g;

/** Splits `a: 0, b: ["error", {x: 1}]` at the commas between entries. */
function entries(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '[' || char === '{') depth++;
    else if (char === ']' || char === '}') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  return [...parts, text.slice(start)];
}

/** The rules a file's inline configuration comments turn off (`0`, `"off"`, `["off", …]`), by ESLint name. */
export function rulesTurnedOffInline(source: string): Set<string> {
  const off = new Set<string>();
  for (const [, body = ''] of source.matchAll(INLINE_CONFIG)) {
    for (const entry of entries(body.split(/\s--\s/)[0] ?? '')) {
      const match = /^\s*["']?([^"':\s]+)["']?\s*:\s*\[?\s*["']?(\w+)/.exec(entry);
      if (match?.[1] && (match[2] === '0' || match[2] === 'off')) off.add(match[1]);
    }
  }
  return off;
}

/** ESLint's names for an oxlint rule: its own plugin's prefixes (`import-x`, `n`, `@typescript-eslint`). */
const ESLINT_PREFIXES: Record<string, string[]> = {
  eslint: ['', '@typescript-eslint/'],
  typescript: ['@typescript-eslint/'],
  import: ['import/', 'import-x/'],
  node: ['n/', 'node/'],
  react: ['react/', 'react-hooks/'],
  nextjs: ['@next/next/'],
};

function eslintNames(oxlintRule: string): string[] {
  const [plugin = '', name = ''] = oxlintRule.split('/');
  return (ESLINT_PREFIXES[plugin] ?? [`${plugin}/`]).map((prefix) => `${prefix}${name}`);
}

/**
 * Drops the diagnostics of rules a file turns off with an inline configuration comment, which ESLint honours
 * and oxlint does not read (it reads only `eslint-disable` directives).
 */
export async function dropInlineDisabled(root: string, diagnostics: OxlintDiagnostic[]): Promise<OxlintDiagnostic[]> {
  const offByFile = new Map<string, Set<string>>();
  for (const filename of new Set(diagnostics.map((diagnostic) => diagnostic.filename))) {
    const source = await readFile(path.join(root, filename), 'utf8').catch(() => '');
    offByFile.set(filename, rulesTurnedOffInline(source));
  }
  return diagnostics.filter((diagnostic) => {
    const off = offByFile.get(diagnostic.filename);
    if (!off?.size) return true;
    return !eslintNames(oxlintRuleId(diagnostic.code ?? '')).some((name) => off.has(name));
  });
}
