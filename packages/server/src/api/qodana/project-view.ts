import { findProjectTeam, type Project } from '../../domain/index.js';
import type { Executor } from '../../store/index.js';
import type { ApiGetProjectResponse } from './schemas.js';

/** A project as `ApiGetProjectResponse`: its uuid as id, the team with the strongest access as its team. */
export async function projectView(db: Executor, project: Project): Promise<ApiGetProjectResponse> {
  const team = await findProjectTeam(db, project.id);
  return {
    id: project.uuid,
    name: project.name,
    teamId: team?.uuid ?? '',
    teamName: team?.name ?? '',
    defaultBranchName: project.defaultBranch,
    // Reports come from analyses of the default branch; none are recorded yet (issue 5).
    latestFullScanReport: null,
  };
}
