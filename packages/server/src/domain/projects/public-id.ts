import type { Executor } from '../../store/index.js';
import { NotFound } from '../errors.js';
import { getOrganizationProject, type Project } from './projects.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A project of the organization by the id an API caller sends; anything that is not a project uuid is NotFound, not a SQL error. */
export async function getOrganizationProjectByPublicId(db: Executor, organizationId: number, publicId: string): Promise<Project> {
  if (!UUID.test(publicId)) throw new NotFound('project');
  return getOrganizationProject(db, organizationId, publicId.toLowerCase());
}
