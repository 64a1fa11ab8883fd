import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { getGateConfig, saveGateConfig, type GateConfig } from '../../../domain/gates/index.js';
import type { OrganizationAccess } from '../../../domain/access/index.js';
import type { Store } from '../../../store/index.js';
import { callerOf, organizationAccessOf } from '../caller.js';
import {
  ERROR_RESPONSES,
  GateConfigRequest,
  GateConfigResponse,
  GateConfigSaved,
  SECURITY,
  OrganizationHeaders,
} from '../schemas.js';

const configView = (access: OrganizationAccess, config: GateConfig) => ({
  org_id: access.organization.id,
  enabled: config.enabled,
  block_merge_on_fail: config.blockMergeOnFail,
  applies_to_new_code_only: config.appliesToNewCodeOnly,
  policy: config.policy,
  policy_version: `v${config.version}`,
  configured: config.configured,
});

/** GET and PUT /quality/gates/config: the organization's gate policy. */
export async function gateConfigRoutes(parent: FastifyInstance, { store }: { store: Store }): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const preHandler = organizationAccessOf(store);

  app.get(
    '/gates/config',
    {
      preHandler,
      schema: {
        tags: ['codestax'],
        operationId: 'codestaxGetGateConfig',
        summary: "The organization's gate policy, or the defaults with configured: false; any member",
        security: SECURITY,
        headers: OrganizationHeaders,
        response: { 200: GateConfigResponse, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const access = callerOf(request);
      return configView(access, await getGateConfig(store.db, access));
    },
  );

  app.put(
    '/gates/config',
    {
      preHandler,
      schema: {
        tags: ['codestax'],
        operationId: 'codestaxPutGateConfig',
        summary: "Save the organization's gate policy: unknown keys dropped, keys left out take the default",
        description: 'OWNER or ADMIN (CodeStax ORG_OWNER, ORG_ADMIN); anyone else gets 403.',
        security: SECURITY,
        headers: OrganizationHeaders,
        body: GateConfigRequest,
        response: { 200: GateConfigSaved, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const access = callerOf(request);
      const body = request.body ?? {};
      const config = await saveGateConfig(store.db, access, {
        policy: body.policy,
        enabled: body.enabled,
        blockMergeOnFail: body.block_merge_on_fail,
        appliesToNewCodeOnly: body.applies_to_new_code_only,
      });
      return { org_id: access.organization.id, saved: true, policy: config.policy };
    },
  );
}
