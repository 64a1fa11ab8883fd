import {
  countFunctions,
  listDuplicates,
  listFunctions,
  occurrencesOfDuplicates,
  type FileFilter,
  type FunctionFilter,
  type FunctionOrder,
  type StoredDuplicate,
  type StoredFunction,
  type StoredOccurrence,
} from '../../../domain/analyses/index.js';
import { pageOf } from '../paging.js';
import type { AnalysisParent } from './analyses.js';
import type { CodigaContext, Resolvers } from './types.js';

interface FileArgs {
  filename?: string | null;
  path?: string | null;
  prefix?: string | null;
}

const fileFilterOf = (args: FileArgs): FileFilter => ({
  ...(args.filename != null ? { filename: args.filename } : {}),
  ...(args.path != null ? { pathPrefix: args.path } : args.prefix != null ? { pathPrefix: args.prefix } : {}),
});

/** A clone class with its occurrences, read with its page so `occurrences` costs no query of its own. */
interface DuplicateParent {
  duplicate: StoredDuplicate;
  occurrences: StoredOccurrence[];
}

/** The thresholds the analysis ran with: what "complex" and "long" meant for it. */
function thresholdsOf(parent: AnalysisParent): { complexity: number; length: number } {
  const thresholds = (parent.index?.thresholds ?? {}) as { complexity?: number; length?: number };
  return { complexity: thresholds.complexity ?? 0, length: thresholds.length ?? 0 };
}

interface FunctionArgs extends FileArgs {
  orderBy?: 'Complexity' | 'Filename' | 'FunctionName' | 'Length' | 'LineStart' | null;
  desc?: boolean | null;
  minimumComplexity?: number | null;
  maximumComplexity?: number | null;
  minimumLength?: number | null;
  maximumLength?: number | null;
}

const ORDERS: Record<string, FunctionOrder['by']> = {
  Complexity: 'complexity',
  Filename: 'filename',
  FunctionName: 'name',
  Length: 'length',
  LineStart: 'lineStart',
};

/** Complex (over the complexity threshold) or long (over the length threshold) functions, filtered. */
function functionFilterOf(parent: AnalysisParent, metric: 'complexity' | 'length', args: FunctionArgs): FunctionFilter {
  const over = thresholdsOf(parent)[metric];
  const bound = (name: keyof FunctionFilter, value: number | null | undefined) =>
    value != null ? { [name]: value } : {};
  return {
    ...fileFilterOf(args),
    ...(metric === 'complexity' ? { complexityOver: over } : { lengthOver: over }),
    ...bound('minComplexity', args.minimumComplexity),
    ...bound('maxComplexity', args.maximumComplexity),
    ...bound('minLength', args.minimumLength),
    ...bound('maxLength', args.maximumLength),
  };
}

/** Without `orderBy`, the engine's order: the most complex (or longest) first; with it, ascending unless `desc`. */
const functionOrderOf = (metric: 'complexity' | 'length', args: FunctionArgs): FunctionOrder =>
  args.orderBy ? { by: ORDERS[args.orderBy]!, descending: args.desc ?? false } : { by: metric, descending: true };

/** Codiga's ComplexFunction of a stored function. */
const functionView = (fn: StoredFunction) => ({
  complexity: fn.complexity,
  filename: fn.filename,
  functionName: fn.name,
  length: fn.length,
  lineStart: fn.lineStart,
  lineEnd: fn.lineEnd,
  nbParameters: fn.parameters,
  language: fn.language,
});

function functionsResolver(metric: 'complexity' | 'length') {
  return async (
    parent: AnalysisParent,
    args: FunctionArgs & { howmany: number; skip: number },
    context: CodigaContext,
  ) => {
    const page = pageOf(args);
    if (!parent.index) return [];
    const filter = functionFilterOf(parent, metric, args);
    const found = await listFunctions(context.db, parent.analysis.id, filter, functionOrderOf(metric, args), page);
    return found.items.map(functionView);
  };
}

function functionCountResolver(metric: 'complexity' | 'length') {
  return (parent: AnalysisParent, args: FunctionArgs, context: CodigaContext) =>
    parent.index ? countFunctions(context.db, parent.analysis.id, functionFilterOf(parent, metric, args)) : 0;
}

/** An analysis's duplicates (clone classes) and its complex and long functions. */
export const codeFactResolvers: Resolvers = {
  Analysis: {
    duplicates: async (
      parent: AnalysisParent,
      args: FileArgs & { howmany: number; skip: number },
      context: CodigaContext,
    ) => {
      const page = pageOf(args);
      if (!parent.index) return [];
      const { items } = await listDuplicates(context.db, parent.analysis.id, fileFilterOf(args), page);
      const occurrences = await occurrencesOfDuplicates(
        context.db,
        parent.analysis.id,
        items.map((duplicate) => duplicate.ordinal),
      );
      return items.map((duplicate): DuplicateParent => ({
        duplicate,
        occurrences: occurrences.get(duplicate.ordinal) ?? [],
      }));
    },
    complexFunctions: functionsResolver('complexity'),
    complexFunctionsCount: functionCountResolver('complexity'),
    longFunctions: functionsResolver('length'),
    longFunctionsCount: functionCountResolver('length'),
  },
  Duplicate: {
    id: ({ duplicate }: DuplicateParent) => duplicate.ordinal,
    lineCount: ({ duplicate }: DuplicateParent) => duplicate.lineCount,
    code: ({ duplicate }: DuplicateParent) => duplicate.code,
    occurrences: (
      parent: DuplicateParent,
      args: { howmany?: number | null; skip?: number | null; filename?: string | null },
    ) => {
      const page = pageOf(args);
      const kept =
        args.filename != null ? parent.occurrences.filter((o) => o.filename === args.filename) : parent.occurrences;
      return kept.slice(page.offset, page.offset + page.limit).map(({ filename, line }) => ({ filename, line }));
    },
  },
};
