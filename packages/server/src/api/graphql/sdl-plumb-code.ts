// Plumb's extensions of Codiga's Analysis for the dashboard's code pages (docs/dashboard.md#code): what Codiga's
// `tree`, `complexFunctions` and `fileContent` do not carry.
export const PLUMB_CODE_SDL = /* GraphQL */ `
  "A file or directory of an analysis's tree: Codiga's counts, with its size and complexity."
  type PlumbCodeNode {
    name: String!
    fullPath: String!
    isFile: Boolean!
    violations: Long!
    duplicates: Long!
    complexFunctions: Long!
    totalFunctions: Long!
    "Lines of code (neither comment nor blank) of the files under it."
    linesOfCode: Long!
    "Duplicated lines of the files under it."
    duplicatedLines: Long!
    "The cyclomatic complexity of its functions, summed."
    complexity: Long!
  }

  "One executable line of a coverage report."
  type PlumbLineCoverage {
    line: Long!
    hits: Float!
    branches: Long!
    coveredBranches: Long!
  }

  "A file's coverage in an analysis with a coverage report."
  type PlumbFileCoverage {
    "False when the report does not cover this file: its lines are then all uncovered or not executable."
    reported: Boolean!
    "Its executable lines, in line order."
    lines: [PlumbLineCoverage!]!
  }

  "A function of an analysis with its metrics."
  type PlumbFunction {
    name: String!
    filename: String!
    language: String!
    lineStart: Long!
    lineEnd: Long!
    complexity: Long!
    cognitiveComplexity: Long!
    length: Long!
    parameters: Long!
  }

  enum PlumbFunctionOrder {
    Complexity
    CognitiveComplexity
    Length
    Filename
    FunctionName
    LineStart
  }

  extend type Analysis {
    "The project the analysis belongs to."
    plumbProjectId: Long!
    "The immediate children of a directory (none or '' for the top), with their counts and sizes."
    plumbTree(prefix: String): [PlumbCodeNode!]!
    "A file's line coverage; null when no coverage report was uploaded for the analysis."
    plumbFileCoverage(path: String!): PlumbFileCoverage
    "Every function (not only the complex ones) under a path prefix, most complex first unless orderBy says."
    plumbFunctions(
      path: String
      orderBy: PlumbFunctionOrder
      desc: Boolean
      howmany: Long!
      skip: Long!
    ): [PlumbFunction!]!
    plumbFunctionsCount(path: String): Long!
  }
`;
