import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { findTeam, type OrganizationAccess, type Team } from '../../domain/index.js';
import type { Executor } from '../../store/index.js';
import { OrganizationParams, organizationOfRequest, organizationPath } from './org-access.js';

export const TeamParams = { ...OrganizationParams, teamUuid: Type.String({ minLength: 1 }) };

/** The organization and the team `{teamUuid}` of it; a team of another organization is 404. */
export async function teamOfRequest(
  db: Executor,
  request: FastifyRequest,
): Promise<{ access: OrganizationAccess; team: Team }> {
  const access = await organizationOfRequest(db, request);
  const { teamUuid } = request.params as { teamUuid: string };
  return { access, team: await findTeam(db, access.organization.id, teamUuid) };
}

export const teamPath = (access: OrganizationAccess, team: Team): string =>
  `${organizationPath(access)}/teams/${team.uuid}`;
