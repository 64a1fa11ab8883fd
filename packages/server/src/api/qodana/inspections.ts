import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { listRulesUsedByOrganization } from '../../domain/index.js';
import type { Store } from '../../store/index.js';
import { ACCESS } from './access.js';
import { authorize, callerOf } from './caller.js';
import { ERROR_RESPONSES, InspectionsListResponse } from './schemas.js';

/** GET /inspections: the rules the organization's projects have been analysed with. */
export async function inspectionRoutes(parent: FastifyInstance, { store }: { store: Store }): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/inspections', {
    onRequest: authorize(store, ACCESS.listInspections),
    schema: {
      tags: ['qodana'],
      operationId: 'qodanaListInspections',
      summary: "The inspections (rules) used by the organization's projects; empty until a project has been analysed",
      security: [{ bearer: [] }],
      // The endpoint takes no parameters: any is refused with VALIDATION_FAILED, as the seed documents.
      querystring: Type.Object({}, { additionalProperties: false }),
      response: { 200: InspectionsListResponse, ...ERROR_RESPONSES },
    },
  }, async (request) => {
    const { organization } = callerOf(request);
    const rules = await listRulesUsedByOrganization(store.db, organization.id);
    return { inspections: rules.map(({ id, name }) => ({ id, name })) };
  });
}
