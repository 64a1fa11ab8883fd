import path from 'node:path';

/** The shell a `shell` file is written for: zsh, or the POSIX family (sh, bash, ksh, dash). */
export type ShellDialect = 'zsh' | 'posix';

/** zsh's startup files, which have no extension. */
const ZSH_DOTFILES = new Set(['.zshrc', '.zshenv', '.zprofile', '.zlogin', '.zlogout', 'zshrc', 'zshenv']);

/**
 * A first line that marks a zsh file: a zsh shebang, or `#compdef`/`#autoload`, the tags of zsh's completion system
 * and autoloaded functions (`_docker`, `_git`), which have no extension and no shebang.
 */
export function isZshFirstLine(firstLine: string): boolean {
  return /^#!\s*(?:\S*\/)?(?:env\s+(?:-\S+\s+)*)?zsh\b/.test(firstLine) || /^#(?:compdef|autoload)\b/.test(firstLine);
}

/** zsh files by name: `.zsh` (oh-my-zsh's `.plugin.zsh` too), `.zsh-theme`, and its startup files. */
export function isZshName(filename: string): boolean {
  const name = path.posix.basename(filename.replaceAll('\\', '/'));
  return name.endsWith('.zsh') || name.endsWith('.zsh-theme') || ZSH_DOTFILES.has(name);
}

/** The dialect of a shell file, from its name and its first line. */
export function shellDialect(filename: string, source: string): ShellDialect {
  return isZshName(filename) || isZshFirstLine(source.split('\n', 1)[0] ?? '') ? 'zsh' : 'posix';
}
