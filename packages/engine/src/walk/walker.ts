import { open, readdir } from 'node:fs/promises';
import path from 'node:path';
import { HEADER_SNIFF_BYTES, isCppHeaderText } from '../languages/c-header.js';
import type { LanguageId } from '../languages/registry.js';
import { languageFromExtension, languageFromFirstLine } from './detect-language.js';
import { declaresACopy } from './copied-folder.js';
import { compileExcludeGlobs, type PathMatcher } from './exclude-globs.js';
import { isGeneratedName, isMinifiedName } from './generated.js';
import { AttributeStack } from './gitattributes.js';
import { GitignoreStack } from './gitignore.js';
import { mayHoldSecrets } from './text-files.js';
import { isVendoredDirectory, isVendoredFile, isVersionControlDirectory } from './vendored.js';

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
  /** Called on each source file as it is found, before the walk ends (threads can start loading meanwhile). */
  onSourceFile?: (file: SourceFile) => void;
}

const SHEBANG_BYTES = 256;

async function readHead(file: string, bytes: number): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.toString('utf8', 0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Extension first; a file without an extension is recognised by its shebang, as cloc does, or zsh's `#compdef`;
 * a `.h` file is C++ when its text has lines only C++ has, as Linguist decides.
 */
async function detectLanguage(absolutePath: string, name: string): Promise<LanguageId | undefined> {
  const byExtension = languageFromExtension(name);
  const extension = path.extname(name);
  if (byExtension === 'c' && extension.toLowerCase() === '.h') {
    const text = await readHead(absolutePath, HEADER_SNIFF_BYTES).catch(() => '');
    return isCppHeaderText(text) ? 'cpp' : 'c';
  }
  if (byExtension || extension !== '') return byExtension;
  try {
    return languageFromFirstLine((await readHead(absolutePath, SHEBANG_BYTES)).split('\n', 1)[0] ?? '');
  } catch {
    return undefined;
  }
}

/** A file in no language Plumb parses, read only by the secret scanner (`.env`, YAML, JSON, properties...). */
export interface TextFile {
  filename: string;
  absolutePath: string;
}

/** What a walk finds: the source files to analyze, and the other text files to scan for secrets. */
export interface WalkResult {
  sources: SourceFile[];
  texts: TextFile[];
}

interface WalkState {
  root: string;
  excluded: PathMatcher;
  found: SourceFile[];
  texts: TextFile[];
  onSourceFile: ((file: SourceFile) => void) | undefined;
}

/** Where the walk stands: the `.gitignore` and `.gitattributes` in force, and whether a vendored directory holds it. */
interface DirectoryContext {
  ignores: GitignoreStack;
  attributes: AttributeStack;
  /** Inside a directory vendored by name that `.gitattributes` un-vendors paths of: only those are kept. */
  inVendored: boolean;
}

/**
 * Whether Linguist's attributes or Plumb's name heuristics leave a file out. An attribute set wins; one unset
 * (`-linguist-vendored`, `linguist-generated=false`) keeps a file the name heuristics would drop, as in Linguist.
 */
function excludedAsVendoredOrGenerated(filename: string, name: string, context: DirectoryContext): boolean {
  const { vendored, generated } = context.attributes.linguist(filename);
  if (vendored === true || generated === true) return true;
  if (vendored !== false && (context.inVendored || isVendoredFile(filename))) return true;
  return generated !== false && (isGeneratedName(name) || isMinifiedName(name));
}

async function walkDirectory(
  state: WalkState,
  absoluteDir: string,
  relativeDir: string,
  context: DirectoryContext,
): Promise<void> {
  const entries = await readdir(absoluteDir, { withFileTypes: true });
  const { ignores, attributes } = context;
  // A folder whose readme says it is a copy of another project's code is vendored, as `third_party/` is.
  const copied =
    relativeDir !== '' &&
    !context.inVendored &&
    (await declaresACopy(
      absoluteDir,
      entries.filter((entry) => entry.isFile()).map((entry) => entry.name),
    ));
  if (copied && !attributes.unvendorsBelow(relativeDir)) return;
  if (copied) context = { ...context, inVendored: true };
  for (const entry of entries) {
    const filename = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
    const absolutePath = path.join(absoluteDir, entry.name);
    if (entry.isDirectory()) {
      if (isVersionControlDirectory(entry.name) || ignores.ignores(filename, true) || state.excluded(filename))
        continue;
      const vendoredByName = isVendoredDirectory(entry.name);
      if (vendoredByName && !attributes.unvendorsBelow(filename)) continue;
      await walkDirectory(state, absolutePath, filename, {
        ignores: await ignores.enter(absolutePath, filename),
        attributes: await attributes.enter(absolutePath, filename),
        inVendored: context.inVendored || vendoredByName,
      });
    } else if (entry.isFile()) {
      if (excludedAsVendoredOrGenerated(filename, entry.name, context)) continue;
      if (ignores.ignores(filename, false) || state.excluded(filename)) continue;
      const language = await detectLanguage(absolutePath, entry.name);
      if (language) {
        const file = { filename, absolutePath, language };
        state.found.push(file);
        state.onSourceFile?.(file);
      } else if (mayHoldSecrets(entry.name)) state.texts.push({ filename, absolutePath });
    }
  }
}

/**
 * Lists the source files under `root` in a language Plumb knows, sorted by filename. Left out: files
 * ignored by any `.gitignore`, vendored directories and files, generated and minified files by name, files
 * `.gitattributes` marks `linguist-vendored` or `linguist-generated`, `exclude` globs, and symbolic links.
 * Content-based exclusions (generator headers, minified text) happen when a file is read.
 */
export async function walkSourceFiles(root: string, options: WalkOptions = {}): Promise<SourceFile[]> {
  return (await walkFiles(root, options)).sources;
}

const byFilename = (a: { filename: string }, b: { filename: string }) =>
  a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0;

/** Like `walkSourceFiles`, and also lists the other files that may hold committed secrets, with the same exclusions. */
export async function walkFiles(root: string, options: WalkOptions = {}): Promise<WalkResult> {
  const state: WalkState = {
    root,
    excluded: compileExcludeGlobs(options.exclude ?? []),
    found: [],
    texts: [],
    onSourceFile: options.onSourceFile,
  };
  const context = {
    ignores: await GitignoreStack.forRoot(root),
    attributes: await AttributeStack.forRoot(root),
    inVendored: false,
  };
  await walkDirectory(state, root, '', context);
  return { sources: state.found.sort(byFilename), texts: state.texts.sort(byFilename) };
}
