import type { Executor } from '../../store/index.js';
import type { OrganizationAccess } from '../access/index.js';
import { findOrganizationAnalysis, type Analysis, type Index } from '../analyses/index.js';
import { Conflict } from '../errors.js';

/** The organization's analysis with its results; one without results yet (or that never completed) is a Conflict. */
export async function completedAnalysis(
  db: Executor,
  access: OrganizationAccess,
  id: number,
): Promise<{ analysis: Analysis; index: Index }> {
  const { analysis, index } = await findOrganizationAnalysis(db, access, id);
  if (!index) throw new Conflict(`the analysis has no results: it is ${analysis.state.replace('_', ' ')}`);
  return { analysis, index };
}
