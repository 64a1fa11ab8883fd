// Plumb's extensions for the dashboard's issues page (docs/dashboard.md#issues): keyset pages of an analysis's
// issues with their facets, an issue's resolution, and a rule's documentation.
export const PLUMB_ISSUES_SDL = /* GraphQL */ `
  "The filters of an analysis's issues; each list keeps an issue matching any of its values."
  input PlumbIssueFilter {
    "Plumb's severities: info, low, moderate, high, critical."
    severities: [String!]
    "Codiga's categories: Best_Practice, Code_Style, Design, Documentation, Error_Prone, Performance, Security, …"
    categories: [String!]
    "Codiga's languages (Python, Typescript, …)."
    languages: [String!]
    "Rule ids (with the tool's own spelling: F401, python/bare-except)."
    rules: [String!]
    "Files under this path: a prefix of the file's path."
    path: String
    "open (with reopened), ignored, false_positive. Without it: every status."
    statuses: [String!]
    "Only the issues the analysis's quality gate counts as new code (fingerprints its reference lacks)."
    newOnly: Boolean
  }

  "Who resolved an issue (false positive or ignored), why and when."
  type PlumbIssueResolution {
    reason: String
    "The user's display name; null once the user is removed."
    by: String
    "ISO-8601."
    at: String
  }

  "One issue of an analysis: its finding there, and the tracked issue's status and resolution."
  type PlumbIssue {
    "The finding's id (CodeStax's scan issue id)."
    id: Long!
    "The tracked issue's uuid, the same across analyses; null for a finding the tracker did not track."
    issueId: String
    filename: String!
    line: Int!
    lineEnd: Int!
    column: Int!
    message: String!
    help: String
    "open, reopened, ignored or false_positive."
    status: String!
    rule: String!
    tool: String!
    "Plumb's severity: info, low, moderate, high, critical."
    severity: String!
    category: String!
    language: String
    ruleUrl: String
    resolution: PlumbIssueResolution
  }

  "How many issues of the analysis (all of them, whatever the filter) have one value."
  type PlumbFacetCount {
    value: String!
    count: Int!
  }

  "The analysis's issues counted by each filter's values."
  type PlumbIssueFacets {
    severities: [PlumbFacetCount!]!
    categories: [PlumbFacetCount!]!
    languages: [PlumbFacetCount!]!
    rules: [PlumbFacetCount!]!
    statuses: [PlumbFacetCount!]!
  }

  "A page of an analysis's issues, in the order of the files and their lines."
  type PlumbIssuePage {
    analysisId: Long!
    "How many issues the filter keeps."
    total: Int!
    facets: PlumbIssueFacets!
    issues: [PlumbIssue!]!
    "The cursor of the next page (its after); null after the last page."
    next: String
  }

  "An issue just resolved or opened again."
  type PlumbResolvedIssue {
    issueId: String!
    "open, ignored or false_positive."
    status: String!
    resolution: PlumbIssueResolution
  }

  "A rule's documentation, from Plumb's rule catalog."
  type PlumbRule {
    id: String!
    tool: String!
    language: String!
    category: String!
    severity: String!
    remediationMinutes: Float!
    whatItFinds: String!
    whyItMatters: String!
    exampleBad: String!
    exampleGood: String!
    "The tool's own page for the rule, when it has one."
    url: String
  }

  extend type Query {
    "A page of the analysis's issues after the cursor (first: 1 to 500, 100 by default)."
    plumbIssues(analysisId: Long!, filter: PlumbIssueFilter, after: String, first: Int): PlumbIssuePage!
    "A rule of the catalog (else described from one of its messages by its linter); null when Plumb does not know it."
    plumbRule(tool: String!, id: String!, message: String): PlumbRule
  }

  extend type Mutation {
    "Marks an issue (its uuid) false_positive or ignored with a reason, or open again; OWNER, ADMIN or EDITOR."
    plumbResolveIssue(organization: String!, issueId: String!, status: String!, reason: String): PlumbResolvedIssue!
  }
`;
