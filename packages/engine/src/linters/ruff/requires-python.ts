/** The Python versions Ruff's `target-version` accepts. */
const TARGETS = ['3.7', '3.8', '3.9', '3.10', '3.11', '3.12', '3.13', '3.14', '3.15'];

/** The operators that bound the version from below, the only ones Ruff reads (`get_minimum_supported_version`). */
const LOWER_BOUNDS = new Set(['==', '===', '~=', '>', '>=']);

/**
 * Ruff's `target-version` for a `requires-python` specifier (`>=3.10`, `~=3.11.2, !=3.12.*`): the smallest
 * major.minor among its lower bounds, when Ruff supports that version; undefined otherwise, as in Ruff.
 */
export function targetFromRequiresPython(specifiers: string): string | undefined {
  const versions = specifiers
    .split(',')
    .map((specifier) => /^\s*(===|==|~=|>=|>|<=|<|!=)\s*(\d+)\.(\d+)/.exec(specifier))
    .filter((match): match is RegExpExecArray => match !== null && LOWER_BOUNDS.has(match[1] ?? ''))
    .map((match) => [Number(match[2]), Number(match[3])] as const)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const lowest = versions[0];
  if (!lowest || !TARGETS.includes(`${lowest[0]}.${lowest[1]}`)) return undefined;
  return `py${lowest[0]}${lowest[1]}`;
}
