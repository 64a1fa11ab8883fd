import { readFile } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';

/**
 * The two Linguist attributes the walk honors: set (true), unset (false), or explicitly unspecified (null, `!attr`).
 */
export interface LinguistAttributes {
  vendored?: boolean | null;
  generated?: boolean | null;
}

const ATTRIBUTES = { 'linguist-vendored': 'vendored', 'linguist-generated': 'generated' } as const;

/** One `.gitattributes` line naming a Linguist attribute, applying to paths below the directory holding it. */
interface AttributeRule {
  /** Directory of the file, relative to the analyzed root, POSIX separators, '' for the root. */
  base: string;
  /** The pattern relative to `base`, leading slash removed. */
  pattern: string;
  matches: (localPath: string) => boolean;
  attributes: LinguistAttributes;
}

function parseAttribute(token: string, into: LinguistAttributes): void {
  const [prefix, rest] = /^[-!]/.test(token) ? [token[0], token.slice(1)] : ['', token];
  const [name, value] = rest.split('=', 2) as [string, string | undefined];
  const key = ATTRIBUTES[name as keyof typeof ATTRIBUTES];
  if (!key) return;
  if (prefix === '!') into[key] = null;
  else into[key] = prefix === '-' ? false : value === undefined || value === 'true';
}

/**
 * Parses the Linguist lines of a `.gitattributes`, matched as git matches them: a pattern without a slash matches a
 * name at any depth, one with a slash matches the path from the file's directory, and a pattern naming a directory
 * does not cover what is inside it (`dir/**` does). Trailing-slash patterns match no file in git, so they are dropped.
 */
export function parseGitattributes(text: string, base: string): AttributeRule[] {
  const rules: AttributeRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    const [rawPattern, ...tokens] = line.trim().split(/\s+/);
    if (
      !rawPattern ||
      rawPattern.startsWith('#') ||
      rawPattern.startsWith('[attr]') ||
      rawPattern.startsWith('"') ||
      rawPattern.endsWith('/')
    )
      continue;
    const attributes: LinguistAttributes = {};
    for (const token of tokens) parseAttribute(token, attributes);
    if (Object.keys(attributes).length === 0) continue;
    const pattern = rawPattern.replace(/^\//, '');
    const matches = picomatch(pattern, { dot: true, basename: !rawPattern.includes('/') });
    rules.push({ base, pattern, matches, attributes });
  }
  return rules;
}

async function readRules(file: string, base: string): Promise<AttributeRule[]> {
  try {
    return parseGitattributes(await readFile(file, 'utf8'), base);
  } catch {
    return [];
  }
}

const localPath = (base: string, relativePath: string) =>
  base === '' ? relativePath : relativePath.slice(base.length + 1);
const isBelow = (base: string, relativePath: string) => base === '' || relativePath.startsWith(`${base}/`);

/**
 * The `.gitattributes` in force in one directory, weakest first: the root's, each subdirectory's, then
 * `.git/info/attributes`, as git orders them; within a file a later line wins.
 */
export class AttributeStack {
  private constructor(
    private readonly rules: readonly AttributeRule[],
    private readonly info: readonly AttributeRule[],
  ) {}

  static async forRoot(root: string): Promise<AttributeStack> {
    return new AttributeStack(
      await readRules(path.join(root, '.gitattributes'), ''),
      await readRules(path.join(root, '.git', 'info', 'attributes'), ''),
    );
  }

  async enter(absoluteDir: string, relativeDir: string): Promise<AttributeStack> {
    const rules = await readRules(path.join(absoluteDir, '.gitattributes'), relativeDir);
    return rules.length > 0 ? new AttributeStack([...this.rules, ...rules], this.info) : this;
  }

  /** The Linguist attributes of a file (relative to the root, POSIX); an attribute no line names is absent. */
  linguist(relativePath: string): LinguistAttributes {
    const result: LinguistAttributes = {};
    for (const rule of [...this.rules, ...this.info]) {
      if (isBelow(rule.base, relativePath) && rule.matches(localPath(rule.base, relativePath)))
        Object.assign(result, rule.attributes);
    }
    return result;
  }

  /** Whether a line un-vendors paths inside a directory the walk would skip by name (`deps/** -linguist-vendored`). */
  unvendorsBelow(relativeDir: string): boolean {
    return [...this.rules, ...this.info].some((rule) => {
      if (rule.attributes.vendored !== false || !rule.pattern.includes('/')) return false;
      const anchored = rule.base === '' ? rule.pattern : `${rule.base}/${rule.pattern}`;
      return anchored.startsWith(`${relativeDir}/`);
    });
  }
}
