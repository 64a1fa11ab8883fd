import { codigaSeverity } from '@plumb/engine';
import { NotFound } from '../../../domain/errors.js';
import type { Project } from '../../../domain/projects/index.js';
import {
  codeReviewAuthors,
  countCodeReviews,
  findCodeReview,
  listCodeReviews,
  requestCodeReview,
  type Annotation,
  type CodeReviewFilter,
  type CodeReviewOrder,
  type CodeReviewRow,
} from '../../../domain/reviews/index.js';
import { pageOf } from '../paging.js';
import { analysisStatus, scmKind, statesOf } from '../views.js';
import { dateOf } from './projects.js';
import { reviewContents } from './review-contents.js';
import type { CodigaContext, Resolvers } from './types.js';

/** What every CodeReview field reads: the pull request's analysis, who asked for it, its project. */
type ReviewParent = CodeReviewRow & { project: Project };

interface ReviewFilterArgs {
  status?: string[] | null;
  sourceBranch?: string | null;
  targetBranch?: string | null;
  revision?: string | null;
  startTimestampMs?: number | null;
  endTimestampMs?: number | null;
  submitterArgument?: string | null;
}

function reviewFilter(args: ReviewFilterArgs): CodeReviewFilter {
  const createdFrom = dateOf('startTimestampMs', args.startTimestampMs);
  const createdTo = dateOf('endTimestampMs', args.endTimestampMs);
  return {
    ...(args.status ? { states: statesOf(args.status) } : {}),
    ...(args.sourceBranch != null ? { sourceBranch: args.sourceBranch } : {}),
    ...(args.targetBranch != null ? { targetBranch: args.targetBranch } : {}),
    ...(args.revision != null ? { revision: args.revision.toLowerCase() } : {}),
    ...(createdFrom ? { createdFrom } : {}),
    ...(createdTo ? { createdTo } : {}),
    ...(args.submitterArgument != null ? { submitter: args.submitterArgument } : {}),
  };
}

const ORDERS: Record<string, CodeReviewOrder> = {
  CreationDate: 'creationDate',
  Identifier: 'identifier',
  Revision: 'revision',
  SourceBranch: 'sourceBranch',
  Submitter: 'submitter',
  TargetBranch: 'targetBranch',
};

/** The pull request's page on its forge, for the providers whose URLs Plumb knows. */
function pullRequestUrl(project: Project, number: number | null): string | null {
  if (number === null || !project.owner) return null;
  const repository = `${project.owner}/${project.name}`;
  const byProvider: Record<string, string | undefined> = {
    g: `https://github.com/${repository}/pull/${number}`,
    gl: `https://gitlab.com/${repository}/-/merge_requests/${number}`,
    b: `https://bitbucket.org/${repository}/pull-requests/${number}`,
  };
  return byProvider[project.provider] ?? null;
}

/** Codiga's CodeReviewAnnotation of an annotation: rule, tool, severity and category for violations only. */
function annotationView(parent: ReviewParent, annotation: Annotation) {
  const common = {
    codeReviewIdentifier: parent.analysis.id,
    kind: scmKind(parent.project.provider),
    filename: annotation.filename,
    line: annotation.line,
  };
  switch (annotation.kind) {
    case 'violation': {
      const { finding } = annotation;
      return {
        ...common,
        annotationKind: 'Violation',
        rule: finding.rule,
        tool: finding.tool,
        severity: codigaSeverity(finding.severity),
        category: finding.category,
        description: finding.description,
      };
    }
    case 'duplicate':
      return {
        ...common,
        annotationKind: 'Duplicate',
        description: `${annotation.duplicate.lineCount} lines duplicated elsewhere in the code`,
      };
    case 'complexFunction': {
      const { functionName, complexity } = annotation.fn;
      return {
        ...common,
        annotationKind: 'ComplexFunction',
        description: `function ${functionName} has a cyclomatic complexity of ${complexity}`,
      };
    }
    case 'longFunction':
      return {
        ...common,
        annotationKind: 'LongFunction',
        description: `function ${annotation.fn.functionName} is ${annotation.fn.length} lines of code long`,
      };
  }
}

const contentsOf = (parent: ReviewParent, context: CodigaContext) =>
  reviewContents(context, parent.analysis, parent.project);

/**
 * Codiga's code reviews: a project's pull-request analyses (from `plumb scan --pull-request`, or `createCodeReview`),
 * with the files they changed and what they added on the lines they changed.
 */
export const codeReviewResolvers: Resolvers = {
  Project: {
    codeReviews: async (
      project: Project,
      args: ReviewFilterArgs & { howmany: number; skip: number; orderBy?: string | null; desc?: boolean | null },
      context: CodigaContext,
    ) => {
      const page = pageOf(args);
      const order = args.orderBy ? { by: ORDERS[args.orderBy]!, descending: args.desc ?? false } : undefined;
      const { items } = await listCodeReviews(context.db, project, reviewFilter(args), page, order);
      return items.map((row): ReviewParent => ({ ...row, project }));
    },
    codeReviewsCount: (project: Project, args: ReviewFilterArgs, context: CodigaContext) =>
      countCodeReviews(context.db, project, reviewFilter(args)),
    codeReview: async (project: Project, args: { id: number }, context: CodigaContext) => {
      const row = await findCodeReview(context.db, project, args.id);
      if (!row) throw new NotFound('code review');
      return { ...row, project };
    },
    codeReviewAuthors: (project: Project, _args, context: CodigaContext) => codeReviewAuthors(context.db, project),
  },
  CodeReview: {
    id: ({ analysis }: ReviewParent) => analysis.id,
    scmKind: ({ project }: ReviewParent) => scmKind(project.provider),
    status: async (parent: ReviewParent, _args, context: CodigaContext) => {
      const status = analysisStatus(parent.analysis.state);
      return status === 'Done' && (await contentsOf(parent, context)).pending ? 'InProgress' : status;
    },
    creationTimestampMs: ({ analysis }: ReviewParent) => analysis.createdAt.getTime(),
    submitter: ({ submitter }: ReviewParent) => submitter,
    sourceBranch: ({ analysis }: ReviewParent) => analysis.branch,
    targetBranch: ({ analysis, project }: ReviewParent) => analysis.baseBranch ?? project.defaultBranch,
    revision: ({ analysis }: ReviewParent) => analysis.revision,
    url: ({ analysis, project }: ReviewParent) => pullRequestUrl(project, analysis.pullRequest),
    tags: () => null,
    modifications: async (parent: ReviewParent, _args, context: CodigaContext) =>
      (await contentsOf(parent, context)).modifications.map((modification) => ({
        ...modification,
        codeReviewIdentifier: parent.analysis.id,
        kind: scmKind(parent.project.provider),
      })),
    modificationsCount: async (parent: ReviewParent, _args, context: CodigaContext) =>
      (await contentsOf(parent, context)).modifications.length,
    annotations: async (parent: ReviewParent, _args, context: CodigaContext) =>
      (await contentsOf(parent, context)).annotations.map((annotation) => annotationView(parent, annotation)),
    annotationsCount: async (parent: ReviewParent, _args, context: CodigaContext) =>
      (await contentsOf(parent, context)).annotations.length,
  },
  Mutation: {
    createCodeReview: async (
      _root,
      args: { projectId: number; pullRequest: number; sourceBranch: string; targetBranch?: string | null },
      context: CodigaContext,
    ) => {
      const { analysis, project } = await requestCodeReview(context.db, context.queue, context.caller.principal, args);
      return { analysis, project, submitter: context.caller.user.displayName } satisfies ReviewParent;
    },
  },
};
