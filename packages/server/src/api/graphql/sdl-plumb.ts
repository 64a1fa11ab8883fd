// Plumb's own extensions of the GraphQL API, read by its dashboard (docs/dashboard.md). Every name starts
// with `plumb` or `Plumb`, so none can meet a name of Codiga's schema.
export const PLUMB_SDL = /* GraphQL */ `
  "An organization of the signed-in user, with the user's role in it."
  type PlumbOrganization {
    slug: String!
    name: String!
    "OWNER, ADMIN, EDITOR, VIEWER or BILLING."
    role: String!
  }

  "The caller: who they are and their organizations."
  type PlumbViewer {
    email: String!
    displayName: String!
    organizations: [PlumbOrganization!]!
  }

  "Ratings A to E of one analysis; coverage is null without an uploaded coverage report."
  type PlumbRatings {
    quality: String!
    maintainability: String!
    reliability: String!
    security: String!
    duplication: String!
    coverage: String
  }

  "The figures of a project's latest completed analysis."
  type PlumbAnalysisFigures {
    analysisId: Long!
    branch: String
    revision: String!
    "ISO-8601."
    analyzedAt: String!
    "passed, failed or not_configured; null when no gate verdict was stored."
    gate: String
    ratings: PlumbRatings!
    debtMinutes: Int!
    "Line coverage, 0 to 1; null without a coverage report."
    coverage: Float
    "Duplicated lines per code line, 0 to 1."
    duplication: Float!
    openIssues: Int!
    "Quality score, 0 to 10."
    qualityScore: Float!
  }

  "A project of the organization overview."
  type PlumbProject {
    id: Long!
    "g, b, gl or gp."
    provider: String!
    "The provider path: owner/name (g, b), namespace/name (gl) or name (gp)."
    path: String!
    gitUrl: String
    defaultBranch: String!
    trackedBranches: [String!]!
    "The latest completed analysis of the default branch (else of any branch); null before the first."
    latest: PlumbAnalysisFigures
    "The quality score of the branch's last 30 analyses, oldest first."
    trend: [Float!]!
  }

  "A project to add: where it is cloned from and which branches are analyzed."
  input PlumbNewProject {
    provider: String!
    path: String!
    gitUrl: String!
    "Private key for an SSH gitUrl; stored encrypted, never returned."
    sshKey: String
    defaultBranch: String
    trackedBranches: [String!]
  }

  extend type Query {
    "The caller and their organizations."
    plumbViewer: PlumbViewer!
    "Every project of the organization the caller may read, with its latest analysis."
    plumbProjects(organization: String!): [PlumbProject!]!
    "One project of the organization the caller may read; null when there is none."
    plumbProject(organization: String!, id: Long!): PlumbProject
  }

  extend type Mutation {
    "Adds a project to the organization (OWNER or ADMIN)."
    plumbAddProject(organization: String!, project: PlumbNewProject!): PlumbProject!
  }
`;
