import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { targetFromRequiresPython } from './requires-python.js';

/** The names Ruff looks for in a directory, in its order of precedence (`settings_toml`). */
export const RUFF_CONFIG_NAMES = ['.ruff.toml', 'ruff.toml', 'pyproject.toml'] as const;

export type Table = Record<string, unknown>;
export const isTable = (value: unknown): value is Table =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function requiresPythonTarget(document: Table): string | undefined {
  const project = document['project'];
  const requires = isTable(project) ? project['requires-python'] : undefined;
  return typeof requires === 'string' ? targetFromRequiresPython(requires) : undefined;
}

/** The configuration files of one analysis, each parsed once; errors name the file relative to the analyzed root. */
export class RuffConfigFiles {
  private readonly documents = new Map<string, Table>();

  constructor(readonly root: string) {}

  private document(file: string): Table {
    let document = this.documents.get(file);
    if (!document) {
      try {
        document = parseToml(readFileSync(file, 'utf8')) as Table;
      } catch (error) {
        const reason = (error as Error).message.split('\n')[0] ?? '';
        throw new Error(`${path.relative(this.root, file)}: ${reason}`, { cause: error });
      }
      this.documents.set(file, document);
    }
    return document;
  }

  /**
   * Ruff's options in a file: `[tool.ruff]` of a pyproject.toml (undefined without it), the whole of a ruff.toml.
   * A pyproject's `requires-python` gives `target-version` when the file does not set it (Ruff's `load_options`).
   */
  options(file: string): Table | undefined {
    const document = this.document(file);
    if (path.basename(file) !== 'pyproject.toml') return document;
    const tool = document['tool'];
    const options = isTable(tool) && isTable(tool['ruff']) ? tool['ruff'] : undefined;
    if (!options || options['target-version'] !== undefined) return options;
    const target = requiresPythonTarget(document);
    return target ? { ...options, 'target-version': target } : options;
  }

  /** The file Ruff takes in a directory: `.ruff.toml`, `ruff.toml`, or a pyproject.toml with `[tool.ruff]`. */
  configFileIn(dir: string): string | undefined {
    for (const name of RUFF_CONFIG_NAMES) {
      const file = path.join(dir, name);
      if (!existsSync(file)) continue;
      if (name !== 'pyproject.toml' || this.options(file)) return file;
    }
    return undefined;
  }

  /** The `target-version` that `requires-python` in the directory's pyproject.toml gives, if any. */
  fallbackTargetIn(dir: string): string | undefined {
    const file = path.join(dir, 'pyproject.toml');
    if (!existsSync(file)) return undefined;
    try {
      return requiresPythonTarget(this.document(file));
    } catch {
      // Ruff, too, passes over a pyproject.toml it cannot parse when it looks for `requires-python`.
      return undefined;
    }
  }
}
