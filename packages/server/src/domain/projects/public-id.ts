import type { Executor } from '../../store/index.js';
import { NotFound } from '../errors.js';
import { isUuid } from '../uuid.js';
import { getOrganizationProject, type Project } from './projects.js';

/** A project of the organization by the id an API caller sends; anything that is not a project uuid is NotFound, not a SQL error. */
export async function getOrganizationProjectByPublicId(
  db: Executor,
  organizationId: number,
  publicId: string,
): Promise<Project> {
  if (!isUuid(publicId)) throw new NotFound('project');
  return getOrganizationProject(db, organizationId, publicId.toLowerCase());
}
