import type { Executor } from '../../store/index.js';

export interface UsedRule {
  id: string;
  name: string;
}

/**
 * The rules the organization's projects have been analysed with, ordered by id. Rules enter an organization
 * through analyses; until the analysis store (issue 5) records findings no project has used any.
 */
export async function listRulesUsedByOrganization(_db: Executor, _organizationId: number): Promise<UsedRule[]> {
  return [];
}
