import path from 'node:path';

/** Files that start a crate of their own beside a library's modules (`src/main.rs`, `src/bin/tool.rs`, `build.rs`). */
const CRATE_ROOT = /^(?:main\.rs|lib\.rs|build\.rs|bin\/.*)$/;

/**
 * The folder holding a file's submodules, as rustc finds them: the file's own folder for `lib.rs`, `main.rs` and
 * `mod.rs`, else a folder named after it (`src/net.rs` → `src/net/`). Empty for the analyzed directory itself.
 */
export function moduleFolder(filename: string): string {
  const folder = path.posix.dirname(filename);
  const base = path.posix.basename(filename);
  const own = ['lib.rs', 'main.rs', 'mod.rs'].includes(base)
    ? folder
    : path.posix.join(folder, base.replace(/\.rs$/, ''));
  return own === '.' ? '' : `${own}/`;
}

/** Whether a module path (`src/net/`, `src/net.rs`) reaches a file, leaving out the other crates in its folder. */
export function moduleReaches(module: string, filename: string): boolean {
  if (!module.endsWith('/')) return module === filename;
  return filename.startsWith(module) && !CRATE_ROOT.test(filename.slice(module.length));
}
