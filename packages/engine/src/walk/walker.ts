import { open, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { LanguageId } from '../languages/registry.js';
import { languageFromExtension, languageFromShebang } from './detect-language.js';
import { compileExcludeGlobs, type PathMatcher } from './exclude-globs.js';
import { isGeneratedName, isMinifiedName } from './generated.js';
import { GitignoreStack } from './gitignore.js';
import { isVendoredDirectory } from './vendored.js';

/** A file the analysis will read: where it is and which language it is in. */
export interface SourceFile {
  /** Path relative to the analyzed root, POSIX separators. */
  filename: string;
  absolutePath: string;
  language: LanguageId;
}

export interface WalkOptions {
  /** `.plumb.yml` `exclude:` globs. */
  exclude?: readonly string[];
}

const SHEBANG_BYTES = 256;

async function readFirstLine(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(SHEBANG_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SHEBANG_BYTES, 0);
    return buffer.toString('utf8', 0, bytesRead).split('\n', 1)[0] ?? '';
  } finally {
    await handle.close();
  }
}

/** Extension first; a file without an extension is recognised by its shebang, as cloc does. */
async function detectLanguage(absolutePath: string, name: string): Promise<LanguageId | undefined> {
  const byExtension = languageFromExtension(name);
  if (byExtension || path.extname(name) !== '') return byExtension;
  try {
    return languageFromShebang(await readFirstLine(absolutePath));
  } catch {
    return undefined;
  }
}

interface WalkState {
  root: string;
  excluded: PathMatcher;
  found: SourceFile[];
}

async function walkDirectory(state: WalkState, absoluteDir: string, relativeDir: string, ignores: GitignoreStack): Promise<void> {
  const entries = await readdir(absoluteDir, { withFileTypes: true });
  for (const entry of entries) {
    const filename = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
    const absolutePath = path.join(absoluteDir, entry.name);
    if (entry.isDirectory()) {
      if (isVendoredDirectory(entry.name) || ignores.ignores(filename, true) || state.excluded(filename)) continue;
      await walkDirectory(state, absolutePath, filename, await ignores.enter(absolutePath, filename));
    } else if (entry.isFile()) {
      if (isGeneratedName(entry.name) || isMinifiedName(entry.name)) continue;
      if (ignores.ignores(filename, false) || state.excluded(filename)) continue;
      const language = await detectLanguage(absolutePath, entry.name);
      if (language) state.found.push({ filename, absolutePath, language });
    }
  }
}

/**
 * Lists the source files under `root` in a language Plumb knows, sorted by filename. Left out: files
 * ignored by any `.gitignore`, vendored directories, generated and minified files by name, `exclude` globs,
 * and symbolic links. Content-based exclusions (generator headers, minified text) happen when a file is read.
 */
export async function walkSourceFiles(root: string, options: WalkOptions = {}): Promise<SourceFile[]> {
  const state: WalkState = { root, excluded: compileExcludeGlobs(options.exclude ?? []), found: [] };
  await walkDirectory(state, root, '', await GitignoreStack.forRoot(root));
  return state.found.sort((a, b) => (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0));
}
