import type { ProjectRatings } from '@plumb/engine';
import type { Executor, FindingKind } from '../../store/index.js';
import { openFindingsByKind } from '../gates/measures.js';
import type { OrganizationAccess } from '../access/index.js';
import { completedAnalysis } from './completed.js';

/** Minutes in an engineer's working day. */
export const ENGINEER_DAY_MINUTES = 8 * 60;

/** Types named by the labels of a finding's rule, the first that applies; else its category, in lower case. */
const TYPE_BY_LABEL: readonly [label: string, type: string][] = [
  ['complexity', 'complexity'],
  ['duplication', 'duplication'],
  ['unused-code', 'dead_code'],
];

export interface AnalysisDebt {
  analysisId: number;
  minutes: number;
  /** Open findings (not false positives nor ignored) by type; `complexity`, `dead_code`, `duplication` always. */
  findingsByType: Record<string, number>;
}

const findingType = (kind: FindingKind): string =>
  TYPE_BY_LABEL.find(([label]) => kind.labels.includes(label))?.[1] ?? kind.category.toLowerCase();

/** The technical debt of the organization's analysis, from its stored results; one still running is a Conflict. */
export async function analysisDebt(db: Executor, access: OrganizationAccess, id: number): Promise<AnalysisDebt> {
  const { analysis, index } = await completedAnalysis(db, access, id);
  const byType: Record<string, number> = Object.fromEntries(TYPE_BY_LABEL.map(([, type]) => [type, 0]));
  for (const [kind, total] of await openFindingsByKind(db, index.analysisId)) {
    const found = index.findingKinds[kind];
    const type = found ? findingType(found) : 'unknown';
    byType[type] = (byType[type] ?? 0) + total;
  }
  return { analysisId: analysis.id, minutes: (index.ratings as ProjectRatings).debtMinutes, findingsByType: byType };
}
