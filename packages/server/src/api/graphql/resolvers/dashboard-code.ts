import {
  codeSizesUnder,
  countFunctions,
  listFunctions,
  treeChildren,
  type FunctionOrder,
  type StoredFunction,
} from '../../../domain/analyses/index.js';
import { coverageSummaries, fileCoverageOf } from '../../../domain/coverage/index.js';
import { NotFound } from '../../../domain/errors.js';
import { pageOf } from '../paging.js';
import type { AnalysisParent } from './analyses.js';
import type { CodigaContext, Resolvers } from './types.js';
import { indexOf } from './violations.js';

const ORDERS: Record<string, FunctionOrder['by']> = {
  Complexity: 'complexity',
  CognitiveComplexity: 'cognitiveComplexity',
  Length: 'length',
  Filename: 'filename',
  FunctionName: 'name',
  LineStart: 'lineStart',
};

interface FunctionArgs {
  path?: string | null;
  orderBy?: string | null;
  desc?: boolean | null;
}

const pathFilter = (args: FunctionArgs) => (args.path ? { pathPrefix: args.path.replace(/^\/+/, '') } : {});

const functionView = (fn: StoredFunction) => ({
  name: fn.name,
  filename: fn.filename,
  language: fn.language,
  lineStart: fn.lineStart,
  lineEnd: fn.lineEnd,
  complexity: fn.complexity,
  cognitiveComplexity: fn.cognitiveComplexity,
  length: fn.length,
  parameters: fn.parameters,
});

/** A file's coverage line by line; null without a report, `reported: false` for a file the report leaves out. */
async function fileCoverage(parent: AnalysisParent, args: { path: string }, { db }: CodigaContext) {
  const analysisId = parent.analysis.id;
  if (!(await coverageSummaries(db, [analysisId])).has(analysisId)) return null;
  try {
    const columns = await fileCoverageOf(db, analysisId, args.path.replace(/^\/+/, ''));
    const lines = [...columns.lines].map((line, at) => ({
      line,
      hits: columns.hits[at] ?? 0,
      branches: columns.branches[at] ?? 0,
      coveredBranches: columns.coveredBranches[at] ?? 0,
    }));
    return { reported: true, lines };
  } catch (error) {
    if (error instanceof NotFound) return { reported: false, lines: [] };
    throw error;
  }
}

/** Plumb's extensions of Analysis for the dashboard's code pages (sdl-plumb-code.ts). */
export const dashboardCodeResolvers: Resolvers = {
  Analysis: {
    plumbProjectId: ({ project }: AnalysisParent) => project.id,
    plumbTree: async (parent: AnalysisParent, args: { prefix?: string | null }, context: CodigaContext) => {
      const index = await indexOf(parent, context, { withTree: true });
      if (!index) return [];
      const prefix = args.prefix ?? undefined;
      const sizes = await codeSizesUnder(context.db, parent.analysis.id, prefix);
      return treeChildren(index, prefix).map((node) => ({
        ...node,
        ...(sizes.get(node.fullPath) ?? { linesOfCode: 0, duplicatedLines: 0, complexity: 0 }),
      }));
    },
    plumbFileCoverage: fileCoverage,
    plumbFunctions: async (
      parent: AnalysisParent,
      args: FunctionArgs & { howmany: number; skip: number },
      { db }: CodigaContext,
    ) => {
      const page = pageOf(args);
      if (!parent.index) return [];
      const order: FunctionOrder = args.orderBy
        ? { by: ORDERS[args.orderBy]!, descending: args.desc ?? false }
        : { by: 'complexity', descending: true };
      const found = await listFunctions(db, parent.analysis.id, pathFilter(args), order, page);
      return found.items.map(functionView);
    },
    plumbFunctionsCount: (parent: AnalysisParent, args: FunctionArgs, { db }: CodigaContext) =>
      parent.index ? countFunctions(db, parent.analysis.id, pathFilter(args)) : 0,
  },
};
