// A code review's modifications and annotations: the git diff between its base and its head, from the project's
// mirror, and what its analysis added against its base's on the lines that diff changed.
import { analysisFacts, diffOfFacts, type Analysis, type AnalysisFacts } from '../../../domain/analyses/index.js';
import type { Project } from '../../../domain/projects/index.js';
import { annotationsOnChangedLines, reviewReference, type Annotation } from '../../../domain/reviews/index.js';
import {
  addedLines,
  existingMirror,
  fileModifications,
  resolveBranch,
  type FileModification,
} from '../../../git/index.js';
import type { CodigaContext } from './types.js';

export interface ReviewContents {
  modifications: FileModification[];
  annotations: Annotation[];
  /** The base branch's analysis the review is measured against is still running. */
  pending: boolean;
}

const EMPTY_FACTS: AnalysisFacts = { violations: [], duplicates: [], functions: [], thresholds: {} };
const NOTHING: ReviewContents = { modifications: [], annotations: [], pending: false };

/** The commit the review's changes start from: its reference analysis's, else its base branch's head in the mirror. */
async function baseRevision(mirror: string, reference: Analysis | undefined, baseBranch: string) {
  if (reference?.revision) return reference.revision;
  return resolveBranch(mirror, baseBranch).catch(() => undefined);
}

async function readContents(context: CodigaContext, review: Analysis, project: Project): Promise<ReviewContents> {
  if (review.state !== 'completed' || !review.revision) return NOTHING;
  const { reference, pending } = await reviewReference(context.db, review, project.defaultBranch);
  if (pending) return { ...NOTHING, pending };
  const mirror = context.dataDir ? await existingMirror(context.dataDir, project.uuid) : undefined;
  // An upload from `plumb scan` of a project the server keeps no mirror of: no diff to read (docs/api/codiga.md).
  if (!mirror) return NOTHING;
  const from = await baseRevision(mirror, reference, review.baseBranch ?? project.defaultBranch);
  if (!from) return NOTHING;
  const [modifications, changed] = await Promise.all([
    fileModifications(mirror, from, review.revision),
    addedLines(mirror, from, review.revision),
  ]);
  if (!modifications || !changed) return NOTHING;
  const [base, head] = await Promise.all([
    reference ? analysisFacts(context.db, reference.id) : EMPTY_FACTS,
    analysisFacts(context.db, review.id),
  ]);
  if (!base || !head) return NOTHING;
  return { modifications, annotations: annotationsOnChangedLines(diffOfFacts(base, head), changed), pending };
}

const cache = new WeakMap<CodigaContext, Map<number, Promise<ReviewContents>>>();

/** The review's contents, read once per request however many of its fields ask. */
export function reviewContents(context: CodigaContext, review: Analysis, project: Project): Promise<ReviewContents> {
  const reviews = cache.get(context) ?? new Map<number, Promise<ReviewContents>>();
  cache.set(context, reviews);
  if (!reviews.has(review.id)) reviews.set(review.id, readContents(context, review, project));
  return reviews.get(review.id)!;
}
