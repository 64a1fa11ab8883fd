import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  findOrganizationProjectByName,
  issueProjectToken,
  listProjectTokens,
  revokeProjectToken,
  type Project,
} from '../../domain/index.js';
import type { Store } from '../../store/index.js';
import { authenticateAccount, authorizeOrganization, callerOf, type CodacyCaller } from './caller.js';
import { CodacyError } from './errors.js';
import { PLUMB_PROVIDER, type CodacyProvider } from './providers.js';
import { ApiTokenListResponse, ApiTokenResponse, ERROR_RESPONSES, RepositoryParams, TokenParams } from './schemas.js';

const TOKENS_URL = '/organizations/:provider/:remoteOrganizationName/repositories/:repositoryName/tokens';
const MANAGING = 'Needs the OWNER or ADMIN role in the organization.';

/** Repository API tokens: Plumb project tokens, each authenticating as its project (coverage uploads, scans). */
export async function tokenRoutes(parent: FastifyInstance, { store }: { store: Store }): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const guard = { onRequest: authenticateAccount(store), preHandler: authorizeOrganization(store, { manage: true }) };

  async function repositoryOf(
    { access }: CodacyCaller,
    provider: CodacyProvider,
    repositoryName: string,
  ): Promise<Project> {
    const project = await findOrganizationProjectByName(store.db, access.organization.id, repositoryName, [
      PLUMB_PROVIDER[provider],
    ]);
    if (!project) throw new CodacyError(404, `Repository ${repositoryName} not found`);
    return project;
  }

  app.post(
    TOKENS_URL,
    {
      ...guard,
      schema: {
        tags: ['codacy'],
        operationId: 'codacyCreateRepositoryApiToken',
        summary: 'Create a repository API token; its secret is returned once, here',
        description: MANAGING,
        security: [{ apiToken: [] }],
        params: RepositoryParams,
        response: { 201: ApiTokenResponse, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const project = await repositoryOf(caller, request.params.provider, request.params.repositoryName);
      const token = await issueProjectToken(store.db, project.id, {
        name: 'codacy',
        ...(caller.principal.user ? { createdByUserId: caller.principal.user.id } : {}),
      });
      return reply.status(201).send({ data: { id: token.id, token: token.secret } });
    },
  );

  app.get(
    TOKENS_URL,
    {
      ...guard,
      schema: {
        tags: ['codacy'],
        operationId: 'codacyListRepositoryApiTokens',
        summary: "The repository's live API tokens, oldest first (ids only: secrets are never shown again)",
        description: MANAGING,
        security: [{ apiToken: [] }],
        params: RepositoryParams,
        response: { 200: ApiTokenListResponse, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const project = await repositoryOf(callerOf(request), request.params.provider, request.params.repositoryName);
      const tokens = await listProjectTokens(store.db, project.id);
      return { data: tokens.map((token) => ({ id: token.id })) };
    },
  );

  app.delete(
    `${TOKENS_URL}/:tokenId`,
    {
      ...guard,
      schema: {
        tags: ['codacy'],
        operationId: 'codacyDeleteRepositoryApiToken',
        summary: 'Revoke a repository API token',
        description: MANAGING,
        security: [{ apiToken: [] }],
        params: TokenParams,
        response: { 204: Type.Null({ description: 'Revoked' }), ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const project = await repositoryOf(callerOf(request), request.params.provider, request.params.repositoryName);
      const token = (await listProjectTokens(store.db, project.id)).find(
        (candidate) => candidate.id === request.params.tokenId,
      );
      if (!token) throw new CodacyError(404, `Token ${request.params.tokenId} not found`);
      await revokeProjectToken(store.db, project.id, token.uuid);
      return reply.status(204).send(null);
    },
  );
}
