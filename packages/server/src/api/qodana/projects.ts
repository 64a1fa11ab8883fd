import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  ensureTeamProject,
  findOrganizationProjectByName,
  getOrganizationProjectByPublicId,
  issueProjectToken,
  NotFound,
} from '../../domain/index.js';
import type { Store } from '../../store/index.js';
import { ACCESS } from './access.js';
import { authorize, callerOf } from './caller.js';
import { QodanaError } from './errors.js';
import { projectView } from './project-view.js';
import { ApiGetProjectResponse, ERROR_RESPONSES, ProjectTokenRequest, ProjectTokenResponse } from './schemas.js';

const SECURITY = [{ bearer: [] }];

/** POST /projects (team and project, found or created, and a fresh project token), GET /projects?projectName=, GET /projects/{projectId}. */
export async function projectRoutes(parent: FastifyInstance, { store }: { store: Store }): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/projects',
    {
      onRequest: authorize(store, ACCESS.createProject),
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
      const { organization } = callerOf(request);
      const { project, created } = await ensureTeamProject(store.db, organization, request.body);
      const token = await issueProjectToken(store.db, project.id, { name: 'qodana' }).catch((error: unknown) => {
        request.log.error({ err: error }, 'project token creation failed');
        throw new QodanaError(
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
      onRequest: authorize(store, ACCESS.viewProjects),
      schema: {
        tags: ['qodana'],
        operationId: 'qodanaGetProjectByName',
        summary: 'A project of the organization by name, with its latest default-branch report (null until analysed)',
        security: SECURITY,
        querystring: Type.Object({ projectName: Type.Optional(Type.String()) }),
        response: { 200: ApiGetProjectResponse, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const { organization } = callerOf(request);
      const name = request.query.projectName?.trim();
      if (!name) throw new QodanaError(400, 'VALIDATION_FAILED', 'Invalid projectName: must be a non-empty string.');
      const project = await findOrganizationProjectByName(store.db, organization.id, name);
      if (!project) throw new QodanaError(404, 'NO_PROJECT', `Project '${name}' not found.`);
      return projectView(store.db, project);
    },
  );

  app.get(
    '/projects/:projectId',
    {
      onRequest: authorize(store, ACCESS.viewProject),
      schema: {
        tags: ['qodana'],
        operationId: 'qodanaGetProjectById',
        summary:
          'A project of the organization by id (its uuid), with its latest default-branch report (null until analysed)',
        security: SECURITY,
        params: Type.Object({ projectId: Type.String() }),
        response: { 200: ApiGetProjectResponse, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const { organization } = callerOf(request);
      const projectId = request.params.projectId.trim();
      if (!projectId) throw new QodanaError(400, 'VALIDATION_FAILED', 'Invalid projectId: must be a non-empty string.');
      const project = await getOrganizationProjectByPublicId(store.db, organization.id, projectId).catch(
        (error: unknown) => {
          throw error instanceof NotFound
            ? new QodanaError(404, 'NO_PROJECT', `Project with ID '${projectId}' not found.`)
            : error;
        },
      );
      return projectView(store.db, project);
    },
  );
}
