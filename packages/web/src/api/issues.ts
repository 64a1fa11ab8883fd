import { graphql } from './graphql.js';

/** The filters of the issues page, as the URL and `plumbIssues` hold them. */
export interface IssueFilter {
  severities?: string[];
  categories?: string[];
  languages?: string[];
  rules?: string[];
  path?: string;
  statuses?: string[];
  newOnly?: boolean;
}

export interface IssueResolution {
  reason: string | null;
  by: string | null;
  at: string | null;
}

export interface Issue {
  id: number;
  issueId: string | null;
  filename: string;
  line: number;
  lineEnd: number;
  message: string;
  help: string | null;
  status: string;
  rule: string;
  tool: string;
  severity: string;
  category: string;
  language: string | null;
  ruleUrl: string | null;
  resolution: IssueResolution | null;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface IssueFacets {
  severities: FacetCount[];
  categories: FacetCount[];
  languages: FacetCount[];
  rules: FacetCount[];
  statuses: FacetCount[];
}

export interface IssuePage {
  issues: Issue[];
  next: string | null;
  /** Asked with the first page only. */
  total?: number;
  facets?: IssueFacets;
}

const ISSUE_FIELDS = `id issueId filename line lineEnd message help status rule tool severity category language ruleUrl
  resolution { reason by at }`;
const FACETS = `facets {
  severities { value count } categories { value count } languages { value count } rules { value count }
  statuses { value count } }`;

/** A page of the analysis's issues after the cursor; the first one carries the total and the facets too. */
export async function readIssuePage(
  analysisId: number,
  filter: IssueFilter,
  after: string | null,
  first: number,
): Promise<IssuePage> {
  const counts = after === null ? `total ${FACETS}` : '';
  const data = await graphql<{ plumbIssues: IssuePage }>(
    `query Issues($analysisId: Long!, $filter: PlumbIssueFilter, $after: String, $first: Int) {
      plumbIssues(analysisId: $analysisId, filter: $filter, after: $after, first: $first) {
        next ${counts} issues { ${ISSUE_FIELDS} }
      }
    }`,
    { analysisId, filter, after, first },
  );
  return data.plumbIssues;
}

/** The total and facets alone, re-read after an issue's status changed. */
export async function readIssueCounts(analysisId: number, filter: IssueFilter): Promise<Required<IssuePage>> {
  return readIssuePage(analysisId, filter, null, 1) as Promise<Required<IssuePage>>;
}

export interface RuleDocs {
  id: string;
  tool: string;
  language: string;
  category: string;
  severity: string;
  remediationMinutes: number;
  whatItFinds: string;
  whyItMatters: string;
  exampleBad: string;
  exampleGood: string;
  url: string | null;
}

export async function readRule(tool: string, id: string, message: string): Promise<RuleDocs | null> {
  const data = await graphql<{ plumbRule: RuleDocs | null }>(
    `
      query Rule($tool: String!, $id: String!, $message: String) {
        plumbRule(tool: $tool, id: $id, message: $message) {
          id
          tool
          language
          category
          severity
          remediationMinutes
          whatItFinds
          whyItMatters
          exampleBad
          exampleGood
          url
        }
      }
    `,
    { tool, id, message },
  );
  return data.plumbRule;
}

/** The lines of a file at the analysis's revision (Codiga's `fileContent`). */
export async function readFileLines(analysisId: number, path: string): Promise<string[]> {
  const data = await graphql<{ analysis: { fileContent: string[] } }>(
    'query FileLines($id: Long!, $path: String!) { analysis(id: $id) { fileContent(path: $path) } }',
    { id: analysisId, path },
  );
  return data.analysis.fileContent;
}

export type Resolution = 'false_positive' | 'ignored' | 'open';

/** Marks the issue a false positive or ignored with a reason, or opens it again. */
export async function resolveIssue(
  organization: string,
  issueId: string,
  status: Resolution,
  reason: string | null,
): Promise<{ status: string; resolution: IssueResolution | null }> {
  const data = await graphql<{ plumbResolveIssue: { status: string; resolution: IssueResolution | null } }>(
    `
      mutation ResolveIssue($organization: String!, $issueId: String!, $status: String!, $reason: String) {
        plumbResolveIssue(organization: $organization, issueId: $issueId, status: $status, reason: $reason) {
          status
          resolution {
            reason
            by
            at
          }
        }
      }
    `,
    { organization, issueId, status, reason },
  );
  return data.plumbResolveIssue;
}
