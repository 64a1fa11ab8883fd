import type { FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'yaml';

/**
 * JetBrains' OpenAPI document of the Qodana Cloud public API, as published (a copy: tests must not reach outside the
 * repository).
 */
const SPEC_PATH = new URL('../fixtures/vendor-specs/qodana-public-api.openapi.yaml', import.meta.url);

interface OpenApiDocument {
  components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
}

function loadSpec(): OpenApiDocument {
  const spec = parse(readFileSync(SPEC_PATH, 'utf8')) as OpenApiDocument;
  // The generator of the document (Kotlin, OpenAPI 3.0) types java.time.Instant as an empty object; the wire (and the
  // seed's examples) carry ISO-8601 strings, and the seed wins: only that schema is replaced, by such a string.
  spec.components.schemas.Instant = {
    type: 'string',
    pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$',
  } as (typeof spec.components.schemas)[string];
  return spec;
}

// int32/int64 are OpenAPI formats ajv does not know; the types around them are still checked.
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema({ $id: 'qodana', ...loadSpec() });

/** Throws, naming every violation, unless `body` is valid against the named component schema of JetBrains' document. */
export function assertQodanaSchema(schemaName: string, body: unknown): void {
  const validate = ajv.getSchema(`qodana#/components/schemas/${schemaName}`);
  if (!validate) throw new Error(`JetBrains' OpenAPI document has no schema ${schemaName}`);
  if (!validate(body))
    throw new Error(`${schemaName} violated: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body, null, 2)}`);
}

/** The component schema of JetBrains' document for each route's success responses; any error is an `APIError`. */
const SUCCESS_SCHEMAS: Record<string, string> = {
  'POST /api/v1/public/organizations/projects': 'ProjectTokenResponse',
  'GET /api/v1/public/organizations/projects': 'ApiGetProjectResponse',
  'GET /api/v1/public/organizations/projects/:projectId': 'ApiGetProjectResponse',
  'GET /api/v1/public/organizations/users': 'PaginatedList_OrganizationUser',
  'GET /api/v1/public/organizations/inspections': 'InspectionsListResponse',
  'POST /api/v1/public/organizations/project-insights/query': 'ApiQueryProjectInsightsResponse',
  'POST /api/v1/public/organizations/inspection-insights/query': 'ApiQueryInspectionInsightsResponse',
};

/**
 * Checks every response the app sends under the Qodana prefix against JetBrains' document, errors and unknown
 * routes included; returns the list of violations, which a suite asserts empty once its tests have run.
 */
export function checkEveryQodanaResponse(app: FastifyInstance): string[] {
  const violations: string[] = [];
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/api/v1/public/organizations')) return payload;
    const route = `${request.method} ${request.routeOptions.url ?? ''}`;
    const schemaName = reply.statusCode < 300 ? SUCCESS_SCHEMAS[route] : 'APIError';
    try {
      if (!schemaName) throw new Error(`no schema known for ${route} ${reply.statusCode}`);
      assertQodanaSchema(schemaName, JSON.parse(String(payload)));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      violations.push(`${request.method} ${request.url} → ${reply.statusCode}: ${message}`);
    }
    return payload;
  });
  return violations;
}
