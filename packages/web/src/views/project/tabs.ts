/** The tabs of a project's pages, in order; each is a child route of `/orgs/:org/projects/:projectId`. */
export interface ProjectTab {
  /** The child route's path, '' for the project's home page. */
  path: string;
  label: string;
  /** Other child routes that belong to the tab (`functions` to Code): the tab shows as current on them too. */
  also?: string[];
}

export const PROJECT_TABS: ProjectTab[] = [
  { path: '', label: 'Overview' },
  { path: 'issues', label: 'Issues' },
  { path: 'code', label: 'Code', also: ['functions'] },
  { path: 'pulls', label: 'Pull requests' },
  { path: 'settings', label: 'Settings' },
];
