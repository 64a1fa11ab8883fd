import { codigaSeverity, type Severity } from '@plumb/engine';
import { findFileAnalysis, requestFileAnalysis, type FileAnalysis } from '../../../domain/file-analyses/index.js';
import { ruleUrl } from '../rule-url.js';
import type { CodigaContext, Resolvers } from './types.js';

/** Codiga's AnalysisResultStatus of each state of a file analysis. */
const STATUS_OF_STATE: Record<FileAnalysis['state'], string> = {
  scheduled: 'Scheduled',
  in_progress: 'InProgress',
  done: 'Done',
  failed: 'Error',
};

const seconds = (from: Date, to: Date): number => Math.max(0, Math.round((to.getTime() - from.getTime()) / 1000));

/** Codiga's FileAnalysisViolations of a file analysis; ids count from 1 in the order the engine reported them. */
const violationsOf = (analysis: FileAnalysis) =>
  (analysis.violations ?? []).map((violation, index) => ({
    id: index + 1,
    rule: violation.rule,
    tool: violation.tool,
    category: violation.category,
    severity: codigaSeverity(violation.severity as Severity),
    language: violation.language ?? analysis.language,
    description: violation.description,
    line: violation.line,
    lineCount: Math.max(1, violation.lineEnd - violation.line + 1),
    ruleUrl: ruleUrl(violation.tool, violation.rule),
  }));

/** Codiga's one-file analysis: queued by the mutation, read back by the IDE's polling until it is done. */
export const fileAnalysisResolvers: Resolvers = {
  Mutation: {
    createFileAnalysis: async (_root, args: Parameters<typeof requestFileAnalysis>[3], context: CodigaContext) =>
      (await requestFileAnalysis(context.db, context.queue, context.caller, args)).id,
  },
  Query: {
    getFileAnalysis: (_root, args: { id: number }, context: CodigaContext) =>
      findFileAnalysis(context.db, context.caller, args.id),
  },
  FileAnalysis: {
    status: (analysis: FileAnalysis) => STATUS_OF_STATE[analysis.state],
    timestamp: (analysis: FileAnalysis) => analysis.createdAt.getTime(),
    runningTimeSeconds: (analysis: FileAnalysis) =>
      analysis.startedAt ? seconds(analysis.startedAt, analysis.finishedAt ?? new Date()) : 0,
    violations: (analysis: FileAnalysis) => violationsOf(analysis),
  },
};
