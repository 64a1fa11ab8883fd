import type { RuleMeta } from '../rules/types.js';
import type { Suppression, SuppressionTool } from './types.js';

/** Clippy's groups that `clippy::all` switches off (not pedantic, restriction, nursery or cargo). */
const CLIPPY_ALL = new Set(['correctness', 'suspicious', 'style', 'complexity', 'perf']);

const globToRegExp = (glob: string) =>
  new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
const glob = (check: string, name: string) => (check.includes('*') ? globToRegExp(check).test(name) : check === name);
const shellcheckNumber = (code: string) => Number(code.replace(/^SC/i, ''));

/** How each tool matches a name written in a suppression (`check`) against the name of the check a rule mirrors. */
const MATCHERS: Record<SuppressionTool, (check: string, name: string, names: readonly string[]) => boolean> = {
  golangci: (check, name) => check === name,
  staticcheck: glob,
  clangTidy: glob,
  clippy: (check, name, names) => check === name || (check === 'all' && names.some((group) => CLIPPY_ALL.has(group))),
  rustc: (check, name) => check === name,
  javac: (check, name) => check === name,
  errorprone: (check, name) => check === name,
  sonar: (check, name) => check === name,
  // SpotBugs matches a pattern by its prefix (`DE_` for every DE pattern).
  spotbugs: (check, name) => check === '*' || name.startsWith(check),
  pmd: (check, name) => check === '*' || check === name,
  wartremover: (check, name) => check === '*' || check === name,
  scapegoat: (check, name) => check === name,
  // A department (`Lint`) switches off its cops (`Lint/Debugger`); a cop named without its department
  // (`RescueException`, as older RuboCop wrote them and still accepts) is that cop.
  rubocop: (check, name) => check === name || name.startsWith(`${check}/`) || name.endsWith(`/${check}`),
  shellcheck: (check, name) => {
    const [from = '', to = from] = check.split('-');
    const number = shellcheckNumber(name);
    return number >= shellcheckNumber(from) && number <= shellcheckNumber(to);
  },
  // A standard or category (`Generic.PHP`) switches off the sniffs and messages under it.
  phpcs: (check, name) => check === name || name.startsWith(`${check}.`),
  phpstan: (check, name) => check === name,
  ruff: (check, name) => check.toUpperCase() === name,
  bandit: (check, name) => check === name,
  eslint: (check, name) => check === name,
  intellij: (check, name) => check === name,
};

/** The names of the checks of `tool` a rule mirrors. */
export function equivalentNames(meta: RuleMeta, tool: SuppressionTool): readonly string[] {
  const names = meta.equivalents?.[tool];
  if (names === undefined) return [];
  return typeof names === 'string' ? [names] : names;
}

/** Whether a suppression switches off a rule (on its lines: the caller checks those). */
export function suppressesRule(suppression: Suppression, meta: RuleMeta | undefined): boolean {
  if (suppression.checks === 'all') return true;
  if (!meta) return false;
  const names = equivalentNames(meta, suppression.tool);
  const matches = MATCHERS[suppression.tool];
  return suppression.checks.some((check) => names.some((name) => matches(check, name, names)));
}
