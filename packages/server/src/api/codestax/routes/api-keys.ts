import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { createApiKey, listApiKeys, revokeApiKey, type ApiKey } from '../../../domain/tokens/index.js';
import type { Store } from '../../../store/index.js';
import { callerOf, organizationAccessOf } from '../caller.js';
import {
  ApiKeyList,
  ApiKeyParams,
  ApiKeyRequest,
  CreatedApiKey,
  ERROR_RESPONSES,
  RevokedApiKey,
  SECURITY,
  OrganizationHeaders,
} from '../schemas.js';
import { iso } from '../views.js';

const MANAGING = 'OWNER or ADMIN, with a user token or a session token (not with another key).';

const keyView = (key: ApiKey) => ({
  id: key.id,
  name: key.name,
  role: key.role,
  created_by_user_id: key.createdByUserId,
  created_at: key.createdAt.toISOString(),
  last_used_at: iso(key.lastUsedAt),
  expires_at: iso(key.expiresAt),
  revoked_at: iso(key.revokedAt),
  revoked: key.revokedAt !== null,
});

/** The organization's API keys (`X-API-Key: ch_…`): create (shown once), list, revoke. */
export async function apiKeyRoutes(parent: FastifyInstance, { store }: { store: Store }): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const preHandler = organizationAccessOf(store);

  app.post(
    '/api-keys',
    {
      preHandler,
      schema: {
        tags: ['codestax'],
        operationId: 'codestaxCreateApiKey',
        summary: 'Create an API key; the key is in this answer only',
        description: MANAGING,
        security: SECURITY,
        headers: OrganizationHeaders,
        body: ApiKeyRequest,
        response: { 200: CreatedApiKey, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const { name, role, expires_at: expiresAt } = request.body;
      const { key, secret } = await createApiKey(store.db, callerOf(request), {
        name,
        role,
        ...(expiresAt ? { expiresAt: new Date(expiresAt) } : {}),
      });
      return {
        id: key.id,
        name: key.name,
        role: key.role,
        key: secret,
        created_at: key.createdAt.toISOString(),
        expires_at: iso(key.expiresAt),
      };
    },
  );

  app.get(
    '/api-keys',
    {
      preHandler,
      schema: {
        tags: ['codestax'],
        operationId: 'codestaxListApiKeys',
        summary: "The organization's API keys, revoked ones included, newest first (never the keys themselves)",
        description: MANAGING,
        security: SECURITY,
        headers: OrganizationHeaders,
        response: { 200: ApiKeyList, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const access = callerOf(request);
      return { org_id: access.organization.id, api_keys: (await listApiKeys(store.db, access)).map(keyView) };
    },
  );

  app.post(
    '/api-keys/:key_id/revoke',
    {
      preHandler,
      schema: {
        tags: ['codestax'],
        operationId: 'codestaxRevokeApiKey',
        summary: 'Revoke an API key: it is refused (401) from the next request on',
        description: MANAGING,
        security: SECURITY,
        headers: OrganizationHeaders,
        params: ApiKeyParams,
        response: { 200: RevokedApiKey, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const key = await revokeApiKey(store.db, callerOf(request), request.params.key_id);
      return { id: key.id, revoked: true, revoked_at: key.revokedAt!.toISOString() };
    },
  );
}
