/** The address of a project's page, below `/orgs/{org}/projects/{id}`. */
export const projectBase = (organization: string, projectId: number) =>
  `/orgs/${encodeURIComponent(organization)}/projects/${projectId}`;

const encodePath = (path: string) => path.split('/').filter(Boolean).map(encodeURIComponent).join('/');

/** A directory or file of the code tab in an analysis, opened at a line when one is given. */
export function codeUrl(base: string, path: string, analysisId: number, line?: number): string {
  const query = new URLSearchParams({ analysis: String(analysisId) });
  if (line !== undefined) query.set('line', String(line));
  const encoded = encodePath(path);
  return `${base}/code${encoded ? `/${encoded}` : ''}?${query}`;
}

/** The issues page of an analysis, narrowed to one file. */
export function fileIssuesUrl(base: string, path: string, analysisId: number): string {
  return `${base}/issues?${new URLSearchParams({ analysis: String(analysisId), path })}`;
}

export function functionsUrl(base: string, analysisId: number): string {
  return `${base}/functions?${new URLSearchParams({ analysis: String(analysisId) })}`;
}
