import { graphql } from './graphql.js';

/** A file or directory of an analysis's tree with its counts (Codiga's `tree` and Plumb's sizes). */
export interface CodeNode {
  name: string;
  fullPath: string;
  isFile: boolean;
  violations: number;
  duplicates: number;
  complexFunctions: number;
  totalFunctions: number;
  linesOfCode: number;
  duplicatedLines: number;
  complexity: number;
}

export interface AnalysisHead {
  id: number;
  revision: string | null;
  repoBranch: string | null;
  plumbProjectId: number;
}

const NODE_FIELDS =
  'name fullPath isFile violations duplicates complexFunctions totalFunctions linesOfCode duplicatedLines complexity';
const HEAD_FIELDS = 'id revision repoBranch plumbProjectId';

/** The parent directory of a path ('' for the top). */
export const parentOf = (path: string) => path.split('/').slice(0, -1).join('/');

export interface CodePlace {
  analysis: AnalysisHead;
  /** The children of `path` when it is a directory, else []. */
  children: CodeNode[];
  /** What `path` is in the analysis: the top, a directory, a file, or nothing it has. */
  kind: 'directory' | 'file' | 'missing';
}

/** What a path of the code tab names in an analysis, in one request: its children, and its own node in its parent. */
export async function readCodePlace(analysisId: number, path: string): Promise<CodePlace> {
  const data = await graphql<{ analysis: AnalysisHead & { here: CodeNode[]; siblings: CodeNode[] } }>(
    `query CodePlace($id: Long!, $path: String!, $parent: String!) {
      analysis(id: $id) {
        ${HEAD_FIELDS}
        here: plumbTree(prefix: $path) { ${NODE_FIELDS} }
        siblings: plumbTree(prefix: $parent) { fullPath isFile }
      }
    }`,
    { id: analysisId, path, parent: parentOf(path) },
  );
  const { here, siblings, ...analysis } = data.analysis;
  const own = siblings.find((node) => node.fullPath === path);
  const kind = path === '' || (own && !own.isFile) ? 'directory' : own?.isFile ? 'file' : 'missing';
  return { analysis, children: kind === 'directory' ? here : [], kind };
}

export interface FileIssue {
  line: number;
  lineCount: number;
  description: string;
  severity: number;
  category: string;
  rule: string;
  tool: string;
}

export interface FileDuplicate {
  id: number;
  lineCount: number;
  occurrences: { filename: string; line: number }[];
}

export interface LineCoverage {
  line: number;
  hits: number;
  branches: number;
  coveredBranches: number;
}

export interface CodeFile {
  lines: string[];
  issues: FileIssue[];
  duplicates: FileDuplicate[];
  coverage: { reported: boolean; lines: LineCoverage[] } | null;
}

const ISSUE_FIELDS = 'line lineCount description severity category rule tool';
const PAGE = 1000;

/** The issues of a file past the first page (a generated file may have thousands), one page at a time. */
async function moreIssues(analysisId: number, path: string, first: FileIssue[]): Promise<FileIssue[]> {
  const issues = [...first];
  let page = first;
  while (page.length === PAGE) {
    const data = await graphql<{ analysis: { violations: FileIssue[] } }>(
      `query FileIssues($id: Long!, $path: String!, $skip: Long!) {
        analysis(id: $id) { violations(filename: $path, howmany: ${PAGE}, skip: $skip) { ${ISSUE_FIELDS} } }
      }`,
      { id: analysisId, path, skip: issues.length },
    );
    page = data.analysis.violations;
    issues.push(...page);
  }
  return issues;
}

/** A file's lines at the analyzed revision with its issues, clones and line coverage. */
export async function readCodeFile(analysisId: number, path: string): Promise<CodeFile> {
  const data = await graphql<{
    analysis: {
      fileContent: string[];
      violations: FileIssue[];
      duplicates: FileDuplicate[];
      plumbFileCoverage: CodeFile['coverage'];
    };
  }>(
    `
      query CodeFile($id: Long!, $path: String!) {
        analysis(id: $id) {
          fileContent(path: $path)
          violations(filename: $path, howmany: 1000, skip: 0) {
            line
            lineCount
            description
            severity
            category
            rule
            tool
          }
          duplicates(filename: $path, howmany: 1000, skip: 0) {
            id
            lineCount
            occurrences {
              filename
              line
            }
          }
          plumbFileCoverage(path: $path) {
            reported
            lines {
              line
              hits
              branches
              coveredBranches
            }
          }
        }
      }
    `,
    { id: analysisId, path },
  );
  const { fileContent, violations, duplicates, plumbFileCoverage } = data.analysis;
  const issues = await moreIssues(analysisId, path, violations);
  return { lines: fileContent, issues, duplicates, coverage: plumbFileCoverage };
}

export interface CodeFunction {
  name: string;
  filename: string;
  lineStart: number;
  complexity: number;
  cognitiveComplexity: number;
  length: number;
}

export type FunctionOrder = 'Complexity' | 'CognitiveComplexity' | 'Length' | 'Filename' | 'FunctionName';

export const FUNCTIONS_PER_PAGE = 100;

/** One page of an analysis's functions under a path prefix, in the order asked for, with how many there are. */
export async function readFunctions(
  analysisId: number,
  options: { path: string; orderBy: FunctionOrder; desc: boolean; skip: number },
): Promise<{ analysis: AnalysisHead; functions: CodeFunction[]; total: number }> {
  const data = await graphql<{
    analysis: AnalysisHead & { plumbFunctions: CodeFunction[]; plumbFunctionsCount: number };
  }>(
    `query Functions($id: Long!, $path: String, $orderBy: PlumbFunctionOrder, $desc: Boolean, $skip: Long!) {
      analysis(id: $id) {
        ${HEAD_FIELDS}
        plumbFunctions(path: $path, orderBy: $orderBy, desc: $desc, howmany: ${FUNCTIONS_PER_PAGE}, skip: $skip) {
          name filename lineStart complexity cognitiveComplexity length
        }
        plumbFunctionsCount(path: $path)
      }
    }`,
    { id: analysisId, ...options, path: options.path || null },
  );
  const { plumbFunctions, plumbFunctionsCount, ...analysis } = data.analysis;
  return { analysis, functions: plumbFunctions, total: plumbFunctionsCount };
}
