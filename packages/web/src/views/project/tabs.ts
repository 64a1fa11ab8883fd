/** The tabs of a project's pages, in order; each is a child route of `/orgs/:org/projects/:projectId`. */
export interface ProjectTab {
  /** The child route's path, '' for the project's home page. */
  path: string;
  label: string;
}

export const PROJECT_TABS: ProjectTab[] = [{ path: 'settings', label: 'Settings' }];
