import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { OrganizationAccess } from '../../../domain/access/index.js';
import { latestDefaultBranchReports } from '../../../domain/analyses/index.js';
import { NotFound } from '../../../domain/errors.js';
import { ensureTeamProject, findProject, findProjectByName, type Project } from '../../../domain/projects/index.js';
import { findProjectTeam } from '../../../domain/teams/index.js';
import { createProjectToken } from '../../../domain/tokens/index.js';
import type { Executor, Store } from '../../../store/index.js';
import { ACCESS, callerOf, routeAccess } from '../caller.js';
import { qodanaError } from '../errors.js';
import { reportView } from '../reports.js';
import { ApiGetProjectResponse, ERROR_RESPONSES, ProjectTokenRequest, ProjectTokenResponse } from '../schemas.js';

const SECURITY = [{ bearer: [] }];

/**
 * A project as `ApiGetProjectResponse`: its uuid as id, the team with the strongest access as its team, and the
 * latest completed analysis of its default branch as `latestFullScanReport`, left out until there is one.
 */
async function projectView(db: Executor, access: OrganizationAccess, project: Project): Promise<ApiGetProjectResponse> {
  const [team, reports] = await Promise.all([
    findProjectTeam(db, access, project),
    latestDefaultBranchReports(db, access, [project.id]),
  ]);
  const report = reports.get(project.id);
  return {
    id: project.uuid,
    name: project.name,
    teamId: team?.uuid ?? '',
    teamName: team?.name ?? '',
    defaultBranchName: project.defaultBranch,
    ...(report && { latestFullScanReport: reportView(report) }),
  };
}

/**
 * POST /projects (team and project, found or created, and a fresh project token), GET /projects?projectName=,
 * GET /projects/{projectId}.
 */
export async function projectRoutes(parent: FastifyInstance, { store }: { store: Store }): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/projects',
    {
      config: routeAccess(ACCESS.createProject),
      schema: {
        tags: ['qodana'],
        operationId: 'qodanaGetProjectToken',
        summary: 'Create the team (when missing) and the project (when missing) and return a new project token',
        description:
          '201 when the project was created, 200 when it existed. Needs an OWNER or ADMIN organization token.',
        security: SECURITY,
        body: ProjectTokenRequest,
        response: { 200: ProjectTokenResponse, 201: ProjectTokenResponse, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const access = callerOf(request);
      const { project, created } = await ensureTeamProject(store.db, access, request.body);
      const token = await createProjectToken(store.db, access, project, { name: 'qodana' }).catch((error: unknown) => {
        request.log.error({ err: error }, 'project token creation failed');
        throw qodanaError(
          500,
          'PROJECT_TOKEN_CREATION_FAILED',
          'Creation of the project token failed because of an internal error',
        );
      });
      return reply.status(created ? 201 : 200).send({ projectToken: token.secret });
    },
  );

  app.get(
    '/projects',
    {
      config: routeAccess(ACCESS.viewProjects),
      schema: {
        tags: ['qodana'],
        operationId: 'qodanaGetProjectByName',
        summary: 'A project of the organization by name, with its latest default-branch report (absent until analysed)',
        security: SECURITY,
        querystring: Type.Object({ projectName: Type.Optional(Type.String()) }),
        response: { 200: ApiGetProjectResponse, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const access = callerOf(request);
      const name = request.query.projectName?.trim();
      if (!name) throw qodanaError(400, 'VALIDATION_FAILED', 'Invalid projectName: must be a non-empty string.');
      const project = await findProjectByName(store.db, access, name);
      if (!project) throw qodanaError(404, 'NO_PROJECT', `Project '${name}' not found.`);
      return projectView(store.db, access, project);
    },
  );

  app.get(
    '/projects/:projectId',
    {
      config: routeAccess(ACCESS.viewProject),
      schema: {
        tags: ['qodana'],
        operationId: 'qodanaGetProjectById',
        summary: 'A project by id (its uuid), with its latest default-branch report (absent until analysed)',
        security: SECURITY,
        params: Type.Object({ projectId: Type.String() }),
        response: { 200: ApiGetProjectResponse, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const access = callerOf(request);
      const projectId = request.params.projectId.trim();
      if (!projectId) throw qodanaError(400, 'VALIDATION_FAILED', 'Invalid projectId: must be a non-empty string.');
      const project = await findProject(store.db, access, projectId).catch((error: unknown) => {
        throw error instanceof NotFound
          ? qodanaError(404, 'NO_PROJECT', `Project with ID '${projectId}' not found.`)
          : error;
      });
      return projectView(store.db, access, project);
    },
  );
}
