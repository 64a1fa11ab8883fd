import type { ProjectSummary } from '../../api/projects.js';

/** The columns the overview sorts by, each with the value it compares (missing values always sort last). */
export const SORT_KEYS = {
  name: (project: ProjectSummary) => project.path.toLowerCase(),
  gate: (project: ProjectSummary) => GATE_ORDER[project.latest?.gate ?? 'none'],
  quality: (project: ProjectSummary) => project.latest?.ratings.quality,
  debt: (project: ProjectSummary) => project.latest?.debtMinutes,
  coverage: (project: ProjectSummary) => project.latest?.coverage ?? undefined,
  duplication: (project: ProjectSummary) => project.latest?.duplication,
  issues: (project: ProjectSummary) => project.latest?.openIssues,
  analyzed: (project: ProjectSummary) => project.latest?.analyzedAt,
} satisfies Record<string, (project: ProjectSummary) => string | number | undefined>;

export type SortKey = keyof typeof SORT_KEYS;
export type Direction = 'asc' | 'desc';

/** Failed first when sorting by gate ascending: what needs attention comes first. */
const GATE_ORDER: Record<string, number> = { failed: 0, not_configured: 1, passed: 2, none: 3 };

export const GATE_FILTERS = ['all', 'failed', 'passed', 'not_configured', 'none'] as const;
export type GateFilter = (typeof GATE_FILTERS)[number];

export const isSortKey = (value: string | null): value is SortKey => value !== null && value in SORT_KEYS;
export const isGateFilter = (value: string | null): value is GateFilter =>
  (GATE_FILTERS as readonly (string | null)[]).includes(value);

/** The projects whose path contains `text` (any case) and whose gate verdict matches. */
export function filterProjects(projects: readonly ProjectSummary[], text: string, gate: GateFilter): ProjectSummary[] {
  const needle = text.trim().toLowerCase();
  return projects.filter(
    (project) =>
      (needle === '' || project.path.toLowerCase().includes(needle)) &&
      (gate === 'all' || (project.latest?.gate ?? 'none') === gate),
  );
}

export function sortProjects(
  projects: readonly ProjectSummary[],
  key: SortKey,
  direction: Direction,
): ProjectSummary[] {
  const valueOf = SORT_KEYS[key];
  const sign = direction === 'asc' ? 1 : -1;
  return [...projects].sort((a, b) => {
    const left = valueOf(a);
    const right = valueOf(b);
    if (left === undefined || right === undefined) return left === right ? 0 : left === undefined ? 1 : -1;
    if (left === right) return a.path.localeCompare(b.path);
    return (left < right ? -1 : 1) * sign;
  });
}
