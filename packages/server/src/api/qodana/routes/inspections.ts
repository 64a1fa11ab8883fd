import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { reportedRules } from '../../../domain/analyses/index.js';
import type { Store } from '../../../store/index.js';
import { ACCESS, callerOf, routeAccess } from '../caller.js';
import { inspectionOf } from '../reports.js';
import { ERROR_RESPONSES, InspectionsListResponse } from '../schemas.js';

/** GET /inspections: the rules the organization's analyses have reported, as `{id: <tool>/<rule>, name}`. */
export async function inspectionRoutes(parent: FastifyInstance, { store }: { store: Store }): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/inspections',
    {
      config: routeAccess(ACCESS.listInspections),
      schema: {
        tags: ['qodana'],
        operationId: 'qodanaListInspections',
        summary:
          "The rules the organization's analyses have reported, as `<tool>/<rule>`; empty until one has reported any",
        security: [{ bearer: [] }],
        // The endpoint takes no parameters: any is refused with VALIDATION_FAILED, as the seed documents.
        querystring: Type.Object({}, { additionalProperties: false }),
        response: { 200: InspectionsListResponse, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const rules = await reportedRules(store.db, callerOf(request));
      return { inspections: rules.map(inspectionOf) };
    },
  );
}
