import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ignoreModule, { type Ignore } from 'ignore';

// ignore 5 is CommonJS typed as an ES default export: under NodeNext the factory sits on `.default`.
const ignore = ignoreModule.default;

/** The rules of one `.gitignore`, which apply to paths below the directory holding it. */
interface IgnoreFile {
  /** Directory of the file, relative to the analyzed root, POSIX separators, '' for the root. */
  base: string;
  rules: Ignore;
}

async function readRules(file: string): Promise<Ignore | undefined> {
  try {
    return ignore().add(await readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * The `.gitignore` files in force in one directory: its own and its ancestors'. As in git, a deeper file
 * overrides a shallower one, and a path inside an ignored directory is never seen (the walker prunes it).
 */
export class GitignoreStack {
  private constructor(private readonly files: readonly IgnoreFile[]) {}

  /** The root's stack: `.git/info/exclude` and the root `.gitignore`. */
  static async forRoot(root: string): Promise<GitignoreStack> {
    const files: IgnoreFile[] = [];
    for (const file of [path.join(root, '.git', 'info', 'exclude'), path.join(root, '.gitignore')]) {
      const rules = await readRules(file);
      if (rules) files.push({ base: '', rules });
    }
    return new GitignoreStack(files);
  }

  /** The stack for a subdirectory: this one plus the subdirectory's own `.gitignore`, if any. */
  async enter(absoluteDir: string, relativeDir: string): Promise<GitignoreStack> {
    const rules = await readRules(path.join(absoluteDir, '.gitignore'));
    return rules ? new GitignoreStack([...this.files, { base: relativeDir, rules }]) : this;
  }

  /** Whether a path (relative to the root, POSIX) is ignored; directories are tested with a trailing '/'. */
  ignores(relativePath: string, isDirectory: boolean): boolean {
    let ignored = false;
    for (const { base, rules } of this.files) {
      const local = base === '' ? relativePath : relativePath.slice(base.length + 1);
      const verdict = rules.test(isDirectory ? `${local}/` : local);
      if (verdict.ignored) ignored = true;
      else if (verdict.unignored) ignored = false;
    }
    return ignored;
  }
}
