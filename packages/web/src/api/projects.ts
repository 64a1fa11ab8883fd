import { graphql } from './graphql.js';

export type Rating = 'A' | 'B' | 'C' | 'D' | 'E';

export interface ProjectSummary {
  id: number;
  provider: string;
  path: string;
  gitUrl: string | null;
  defaultBranch: string;
  trackedBranches: string[];
  latest: {
    analysisId: number;
    branch: string | null;
    revision: string;
    analyzedAt: string;
    gate: string | null;
    ratings: {
      quality: Rating;
      maintainability: Rating;
      reliability: Rating;
      security: Rating;
      duplication: Rating;
      coverage: Rating | null;
    };
    debtMinutes: number;
    coverage: number | null;
    duplication: number;
    openIssues: number;
    qualityScore: number;
  } | null;
  trend: number[];
}

export interface Viewer {
  email: string;
  displayName: string;
  organizations: { slug: string; name: string; role: string }[];
}

const PROJECT_FIELDS = `
  id provider path gitUrl defaultBranch trackedBranches trend
  latest {
    analysisId branch revision analyzedAt gate debtMinutes coverage duplication openIssues qualityScore
    ratings { quality maintainability reliability security duplication coverage }
  }`;

export async function listProjects(organization: string): Promise<ProjectSummary[]> {
  const data = await graphql<{ plumbProjects: ProjectSummary[] }>(
    `query Overview($organization: String!) { plumbProjects(organization: $organization) { ${PROJECT_FIELDS} } }`,
    { organization },
  );
  return data.plumbProjects;
}

/** One project of the organization with its latest analysis; null when there is none the caller may read. */
export async function readProject(organization: string, id: number): Promise<ProjectSummary | null> {
  const data = await graphql<{ plumbProject: ProjectSummary | null }>(
    `query Project($organization: String!, $id: Long!) {
      plumbProject(organization: $organization, id: $id) { ${PROJECT_FIELDS} }
    }`,
    { organization, id },
  );
  return data.plumbProject;
}

export async function readViewer(): Promise<Viewer> {
  const data = await graphql<{ plumbViewer: Viewer }>(
    'query Viewer { plumbViewer { email displayName organizations { slug name role } } }',
  );
  return data.plumbViewer;
}

export interface NewProject {
  provider: string;
  path: string;
  gitUrl: string;
  sshKey: string;
  defaultBranch: string;
  trackedBranches: string[];
}

export async function addProject(organization: string, project: NewProject): Promise<ProjectSummary> {
  const data = await graphql<{ plumbAddProject: ProjectSummary }>(
    `mutation AddProject($organization: String!, $project: PlumbNewProject!) {
      plumbAddProject(organization: $organization, project: $project) { ${PROJECT_FIELDS} }
    }`,
    { organization, project },
  );
  return data.plumbAddProject;
}
