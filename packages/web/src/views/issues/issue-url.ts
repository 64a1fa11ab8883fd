import type { IssueFilter } from '../../api/issues.js';

/** The URL parameter of each list filter: `?severity=high&severity=critical&rule=F401&path=src/&new=1`. */
const LIST_PARAMS = {
  severities: 'severity',
  categories: 'category',
  languages: 'language',
  rules: 'rule',
  statuses: 'status',
} as const;

/** The filters the URL holds (every filter lives in the URL, so a copied URL opens the same view). */
export function filterOfParams(params: URLSearchParams): IssueFilter {
  const filter: IssueFilter = {};
  for (const [key, name] of Object.entries(LIST_PARAMS)) {
    const values = params.getAll(name).filter((value) => value !== '');
    if (values.length > 0) filter[key as keyof typeof LIST_PARAMS] = values;
  }
  const path = params.get('path');
  if (path) filter.path = path;
  if (params.get('new') === '1') filter.newOnly = true;
  return filter;
}

/** A stable key of the filter, naming what the list shows. */
export const filterKey = (filter: IssueFilter) => JSON.stringify(filter);

/** The analysis the URL names (`?analysis=ID`), else undefined. */
export function analysisOfParams(params: URLSearchParams): number | undefined {
  const value = Number(params.get('analysis'));
  return Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

/** The file page of an issue: dash-code's file view, scrolled to and highlighting its line. */
export function fileUrl(organization: string, projectId: number, analysisId: number, path: string, line: number) {
  const segments = path.split('/').map(encodeURIComponent).join('/');
  const project = `/orgs/${encodeURIComponent(organization)}/projects/${projectId}`;
  return `${project}/code/${segments}?analysis=${analysisId}&line=${line}`;
}
