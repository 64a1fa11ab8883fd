// An analysis's findings that the project's ignores cover: stored as ignored, their issues ignored with them.
import type { Finding } from '@plumb/engine';
import type { Executor } from '../../store/index.js';
import { statusOf, type IssueFate } from '../analyses/tracking.js';
import { ignoreIssues, remember } from './ignored-issues.js';
import { ignoreOf, type ViolationIgnore } from './match.js';

export interface IgnoredFindings {
  /** The fates, with the covered findings' open issues turned ignored. */
  fates: IssueFate[];
  /** The ignore covering each finding, if any. */
  coveredBy: (ViolationIgnore | undefined)[];
  /** Whether the finding's issue was open before the ignore turned it. */
  turned: boolean[];
}

const isOpen = (fate: IssueFate): boolean => ['open', 'reopened'].includes(statusOf(fate));

/** The fates of the findings once the ignores are applied: an open issue an ignore covers is ignored. */
export function applyIgnores(
  current: readonly Finding[],
  fates: readonly IssueFate[],
  list: readonly ViolationIgnore[],
): IgnoredFindings {
  const coveredBy = list.length === 0 ? [] : current.map((finding) => ignoreOf(list, finding));
  const turned = fates.map((fate, index) => coveredBy[index] !== undefined && isOpen(fate));
  return {
    coveredBy,
    turned,
    fates: fates.map((fate, index): IssueFate => {
      if (!turned[index]) return fate;
      if (fate.kind !== 'new') return { ...fate, status: 'ignored' };
      const first = fate.inherited?.firstAnalysisId;
      return { ...fate, inherited: { status: 'ignored', ...(first === undefined ? {} : { firstAnalysisId: first }) } };
    }),
  };
}

/**
 * After the issues are written: the turned ones get the ignore's reason (and, if they continue, their earlier
 * findings follow), and every issue an ignore covers is remembered as held by it.
 */
export async function recordIgnoredFindings(
  db: Executor,
  projectId: number,
  issueIds: readonly number[],
  ignored: IgnoredFindings,
): Promise<void> {
  const turned = new Map<number, ViolationIgnore>();
  const held = new Map<ViolationIgnore, number[]>();
  ignored.coveredBy.forEach((ignore, index) => {
    if (!ignore || statusOf(ignored.fates[index]!) !== 'ignored') return;
    if (ignored.turned[index]) turned.set(issueIds[index]!, ignore);
    else held.set(ignore, [...(held.get(ignore) ?? []), issueIds[index]!]);
  });
  await ignoreIssues(db, projectId, turned);
  for (const [ignore, ids] of held) await remember(db, ignore.id, ids);
}
