import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { OrganizationAccess } from '../../../domain/access/index.js';
import { NotFound } from '../../../domain/errors.js';
import { findProjectByName, type Project } from '../../../domain/projects/index.js';
import {
  createProjectToken,
  listProjectTokens,
  revokeProjectToken,
  type TokenRecord,
} from '../../../domain/tokens/index.js';
import type { Store } from '../../../store/index.js';
import { callerOf, organizationAccessOf } from '../caller.js';
import { codacyError } from '../errors.js';
import { PLUMB_PROVIDER, type CodacyProvider } from '../providers.js';
import { ApiTokenListResponse, ApiTokenResponse, ERROR_RESPONSES, RepositoryParams, TokenParams } from '../schemas.js';

const TOKENS_URL = '/organizations/:provider/:remoteOrganizationName/repositories/:repositoryName/tokens';
const MANAGING = 'Needs the OWNER or ADMIN role in the organization.';

/** Repository API tokens: Plumb project tokens, each authenticating as its project (coverage uploads, scans). */
export async function tokenRoutes(parent: FastifyInstance, { store }: { store: Store }): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const guard = { preHandler: organizationAccessOf(store, 'manageProjectTokens') };

  async function repositoryOf(
    access: OrganizationAccess,
    provider: CodacyProvider,
    repositoryName: string,
  ): Promise<Project> {
    const project = await findProjectByName(store.db, access, repositoryName, [PLUMB_PROVIDER[provider]]);
    if (!project) throw codacyError(404, `Repository ${repositoryName} not found`);
    return project;
  }

  /** Every live token of the project: the vendor's list is not paged. */
  async function liveTokens(access: OrganizationAccess, project: Project): Promise<TokenRecord[]> {
    const tokens: TokenRecord[] = [];
    let after: string | undefined;
    do {
      const page = await listProjectTokens(store.db, access, project, { limit: 500, ...(after ? { after } : {}) });
      tokens.push(...page.items);
      after = page.nextCursor;
    } while (after);
    return tokens;
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
      const access = callerOf(request);
      const project = await repositoryOf(access, request.params.provider, request.params.repositoryName);
      const token = await createProjectToken(store.db, access, project, { name: 'codacy' });
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
      const access = callerOf(request);
      const project = await repositoryOf(access, request.params.provider, request.params.repositoryName);
      const tokens = await liveTokens(access, project);
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
      const access = callerOf(request);
      const project = await repositoryOf(access, request.params.provider, request.params.repositoryName);
      await revokeProjectToken(store.db, access, project, request.params.tokenId).catch((error: unknown) => {
        throw error instanceof NotFound ? codacyError(404, `Token ${request.params.tokenId} not found`) : error;
      });
      return reply.status(204).send(null);
    },
  );
}
