import path from 'node:path';
import { LANGUAGES, type LanguageId } from '../languages/registry.js';
import { isZshFirstLine, isZshName } from '../languages/shell-dialect.js';

const byExtension = new Map<string, LanguageId>(
  LANGUAGES.flatMap((spec) => spec.extensions.map((extension) => [extension, spec.id] as const)),
);
const byInterpreter = new Map<string, LanguageId>(
  LANGUAGES.flatMap((spec) => spec.interpreters.map((name) => [name, spec.id] as const)),
);

/** The language of a file from its extension (case-insensitive) or, for zsh's startup files, its name; or undefined. */
export function languageFromExtension(filename: string): LanguageId | undefined {
  return byExtension.get(path.extname(filename).toLowerCase()) ?? (isZshName(filename) ? 'shell' : undefined);
}

/** The language named by a shebang line: `#!/bin/sh`, `#!/usr/bin/env -S python3 -u`, `#!/usr/bin/python3.11`. */
export function languageFromShebang(firstLine: string): LanguageId | undefined {
  const match = /^#!\s*(\S+)(.*)$/.exec(firstLine);
  if (!match) return undefined;
  let program = path.posix.basename(match[1] ?? '');
  if (program === 'env') {
    const args = (match[2] ?? '')
      .trim()
      .split(/\s+/)
      .filter((arg) => !arg.startsWith('-') && !arg.includes('='));
    program = args[0] ?? '';
  }
  return byInterpreter.get(program) ?? byInterpreter.get(program.replace(/[\d.]+$/, ''));
}

/** The language of an extension-less file from its first line: a shebang, or zsh's `#compdef` and `#autoload` tags. */
export function languageFromFirstLine(firstLine: string): LanguageId | undefined {
  return languageFromShebang(firstLine) ?? (isZshFirstLine(firstLine) ? 'shell' : undefined);
}
