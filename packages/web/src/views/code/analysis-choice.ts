import type { ProjectSummary } from '../../api/projects.js';

/**
 * The analysis a code page shows: `?analysis=ID` when given, else the project's latest (of the default branch, else
 * any); 'invalid' for a parameter that is not an analysis number, 'none' before the first analysis.
 */
export function chosenAnalysis(search: URLSearchParams, project: ProjectSummary): number | 'invalid' | 'none' {
  const asked = search.get('analysis');
  if (asked === null || asked === '') return project.latest?.analysisId ?? 'none';
  const id = Number(asked);
  return Number.isSafeInteger(id) && id > 0 ? id : 'invalid';
}
