import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Build and CI files where projects run ShellCheck with their exclusions on its command line. */
const ROOT_FILES = [
  'Makefile',
  'makefile',
  'GNUmakefile',
  'Makefile.in',
  'Makefile.am',
  'justfile',
  'Justfile',
  'package.json',
  'tox.ini',
  '.pre-commit-config.yaml',
  '.pre-commit-config.yml',
  '.travis.yml',
  '.gitlab-ci.yml',
  '.cirrus.yml',
  'azure-pipelines.yml',
  '.circleci/config.yml',
];
const WORKFLOW_DIR = '.github/workflows';

/** Lines read after a line naming ShellCheck: its continuation lines and a YAML block's nested keys. */
const BLOCK_LINES = 8;

const indent = (line: string) => /^\s*/.exec(line)?.[0].length ?? 0;

/** The lines of each place that names ShellCheck, joined into one: `shellcheck \`-continued commands, YAML blocks. */
function shellcheckBlocks(text: string): string[] {
  const lines = text.split(/\r?\n/);
  const blocks: string[] = [];
  lines.forEach((line, index) => {
    if (!/shellcheck/i.test(line)) return;
    const block = [line];
    for (let next = index + 1; next < lines.length && block.length <= BLOCK_LINES; next++) {
      const candidate = lines[next] ?? '';
      const continued = /\\\s*$/.test(lines[next - 1] ?? '');
      if (!continued && (candidate.trim() === '' || indent(candidate) <= indent(line))) break;
      block.push(candidate);
    }
    blocks.push(block.join(' '));
  });
  return blocks;
}

const EXCLUDE = /(?:^|[\s,])(?:-e|--exclude)(?:=|[\s,]*)((?:SC)?\d{4}(?:\s*,\s*(?:SC)?\d{4})*)/gi;

/**
 * The ShellCheck codes a build or CI file excludes where it runs ShellCheck: `shellcheck -e SC2006 …`,
 * `--exclude=SC2034,SC2086`, `SHELLCHECK_OPTS: -e SC2059`, pre-commit's `args: [-e, SC2006]`.
 */
export function shellcheckExclusions(text: string): string[] {
  const codes = new Set<string>();
  for (const block of shellcheckBlocks(text)) {
    for (const match of block.replace(/["'[\]]/g, ' ').matchAll(EXCLUDE))
      for (const code of (match[1] ?? '').split(',')) codes.add(`SC${code.trim().replace(/^SC/i, '')}`);
  }
  return [...codes];
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

async function workflowFiles(dir: string): Promise<string[]> {
  try {
    const names = await readdir(path.join(dir, WORKFLOW_DIR));
    return names.filter((name) => /\.ya?ml$/.test(name)).map((name) => path.join(WORKFLOW_DIR, name));
  } catch {
    return [];
  }
}

/**
 * Every code the project's own ShellCheck runs exclude, as a `.shellcheckrc` `disable=` line would: the project
 * chose not to be told of them, so the rules that mirror them stay quiet too.
 */
export async function shellcheckInvocationText(dir: string): Promise<string | undefined> {
  const files = [...ROOT_FILES, ...(await workflowFiles(dir))];
  const codes = new Set<string>();
  for (const file of files) {
    const text = await readText(path.join(dir, file));
    if (text !== undefined && /shellcheck/i.test(text)) for (const code of shellcheckExclusions(text)) codes.add(code);
  }
  return codes.size > 0 ? `disable=${[...codes].join(',')}\n` : undefined;
}
