import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ACCESS, routeAccess } from '../caller.js';
import { ERROR_RESPONSES, InspectionsListResponse } from '../schemas.js';

/** GET /inspections: the rules the organization's projects have been analysed with. */
export async function inspectionRoutes(parent: FastifyInstance): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/inspections',
    {
      config: routeAccess(ACCESS.listInspections),
      schema: {
        tags: ['qodana'],
        operationId: 'qodanaListInspections',
        summary: "The inspections (rules) used by the organization's projects; empty until a project has been analysed",
        security: [{ bearer: [] }],
        // The endpoint takes no parameters: any is refused with VALIDATION_FAILED, as the seed documents.
        querystring: Type.Object({}, { additionalProperties: false }),
        response: { 200: InspectionsListResponse, ...ERROR_RESPONSES },
      },
    },
    async () => {
      // Rules enter an organization through its analyses, and the store keeps none yet (the analysis issues add
      // them): until then no project has used an inspection, as the issue asks this route to say.
      return { inspections: [] };
    },
  );
}
