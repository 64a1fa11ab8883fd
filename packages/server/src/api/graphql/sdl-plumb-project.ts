// Plumb's extensions for a project's pages in the dashboard: its home page (branches, latest analysis, trend, history,
// analyze now, development reports) and its pull requests' gate verdicts (docs/dashboard.md).
export const PLUMB_PROJECT_SDL = /* GraphQL */ `
  "A condition of the quality gate that did not hold (docs/api/codestax.md); waived: a waiver excused it."
  type PlumbGateCondition {
    rule: String!
    threshold: String!
    actual: String!
    "low, medium, high or critical."
    severity: String!
    waived: Boolean!
  }

  "The gate's verdict on one analysis."
  type PlumbGateVerdict {
    analysisId: Long!
    "passed, failed or not_configured; null while the analysis runs."
    status: String
    conditions: [PlumbGateCondition!]!
  }

  "Code lines of one language."
  type PlumbLanguageSize {
    language: String!
    lines: Int!
  }

  "The latest completed analysis of a branch, with its size by language and its gate's conditions."
  type PlumbBranchAnalysis {
    "Its figures, as the overview's PlumbProject.latest has them."
    figures: PlumbAnalysisFigures!
    "Code lines per language, most first."
    sizeByLanguage: [PlumbLanguageSize!]!
    "The conditions that failed the gate, then those a waiver excused."
    conditions: [PlumbGateCondition!]!
  }

  "Issues of an analysis by Codiga's severity scale (moderate counts low too)."
  type PlumbSeverityCounts {
    critical: Int!
    high: Int!
    moderate: Int!
    info: Int!
  }

  "One completed analysis of a branch, a point of its trend."
  type PlumbTrendPoint {
    analysisId: Long!
    "ISO-8601."
    analyzedAt: String!
    issuesBySeverity: PlumbSeverityCounts!
    coverage: Float
    duplication: Float!
    debtMinutes: Int!
    qualityScore: Float!
  }

  "One analysis of the project, in any state (docs/pipeline.md)."
  type PlumbAnalysisRun {
    id: Long!
    "new, preparing, pending, in_progress, completed, failed, timed_out or canceled."
    state: String!
    "branch, pull_request or upload."
    kind: String!
    branch: String
    pullRequest: Int
    "The branch a pull request targets."
    baseBranch: String
    revision: String
    title: String
    "ISO-8601."
    createdAt: String!
    startedAt: String
    finishedAt: String
    "From start (else creation) to end; null while it runs."
    durationSeconds: Float
    "The stored gate verdict; null while it runs or when none was stored."
    gate: String
    "Why it failed, in words a user can act on."
    error: String
  }

  "An author's share of a report's week."
  type PlumbReportContributor {
    name: String!
    commits: Int!
    additions: Int!
    deletions: Int!
  }

  "One of a report's largest commits."
  type PlumbReportCommit {
    title: String!
    ref: String!
    author: String!
  }

  "A development report (docs/reports.md); a change is null without a base analysis to compare with."
  type PlumbReport {
    "YYYY-MM-DD, its name."
    date: String!
    createdAt: String!
    startDate: String!
    "Exclusive."
    endDate: String!
    branch: String!
    baseRevision: String
    headRevision: String
    qualityScore: Float
    qualityScoreChange: Float
    issues: Int
    issuesChange: Int
    alerts: Int
    alertsChange: Int
    testCoverage: Float
    testCoverageChange: Float
    commits: Int!
    additions: Int!
    deletions: Int!
    largestCommits: [PlumbReportCommit!]!
    topContributors: [PlumbReportContributor!]!
    algorithmChanged: Boolean!
  }

  "What a project's home page shows; every field is of this project only."
  type PlumbProjectHome {
    id: Long!
    "The default branch first, then the tracked ones, then any other analyzed branch by name."
    branches: [String!]!
    "The latest completed analysis of the branch; null before its first."
    analysis(branch: String!): PlumbBranchAnalysis
    "One point per completed analysis of the branch (the latest 100), oldest first."
    trend(branch: String!): [PlumbTrendPoint!]!
    "The analyses of branches (of one when given), newest first, at most limit (1-100, default 100)."
    history(branch: String, limit: Int): [PlumbAnalysisRun!]!
    "The analyses of pull requests (code reviews), newest first, at most 100."
    pullRequests: [PlumbAnalysisRun!]!
    "The gate's verdict on one of the project's analyses (a pull request's included)."
    gate(analysisId: Long!): PlumbGateVerdict!
    "The stored development reports, newest first (at most 52)."
    reports: [PlumbReport!]!
    "The report of one day (YYYY-MM-DD)."
    report(date: String!): PlumbReport!
  }

  extend type Query {
    "One project's home page; NOT_FOUND for a project of another organization or one the caller may not read."
    plumbProjectHome(organization: String!, id: Long!): PlumbProjectHome!
  }

  extend type Mutation {
    "Queues a full analysis of the branch's head (OWNER, ADMIN or EDITOR), as CodeStax's trigger does."
    plumbAnalyzeNow(organization: String!, projectId: Long!, branch: String!): PlumbAnalysisRun!
    "Makes the project's development report now: of date's week (YYYY-MM-DD), else of the last seven days."
    plumbMakeReport(organization: String!, projectId: Long!, date: String): PlumbReport!
  }
`;
