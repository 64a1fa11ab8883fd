import type { RouteOptions } from 'fastify';
import { CODIGA_SDL } from './sdl.js';

const DESCRIPTION = `Codiga's GraphQL API (docs/api/codiga.md): send \`{query, variables?, operationName?}\` with
\`X-Api-Token\` (a Plumb user token) or \`X-Access-Key\` and \`X-Secret-Key\`. Errors are GraphQL's \`errors\`, each
with \`extensions.code\`. GraphiQL is at \`/graphiql\`. The schema:

\`\`\`graphql
${CODIGA_SDL.trim()}
\`\`\``;

/** A path of GraphQL's `errors`: field names and list indices. */
const PATH_ITEM = { anyOf: [{ type: 'string' }, { type: 'integer' }] };

type ResponseSchema = { properties?: { errors?: { items?: { properties?: Record<string, unknown> } } } };

/**
 * Mercurius's routes as the OpenAPI document shows them: tagged, with the credentials and the whole schema printed
 * in their description; and error paths that keep list indices as numbers (mercurius's schema made them strings).
 */
export function documentGraphqlRoute(route: RouteOptions): void {
  const schema = (route.schema ?? {}) as Record<string, unknown> & { response?: Record<string, ResponseSchema> };
  for (const response of Object.values(schema.response ?? {})) {
    const errorProperties = response.properties?.errors?.items?.properties;
    if (errorProperties) errorProperties.path = { type: 'array', items: PATH_ITEM };
  }
  route.schema = {
    ...schema,
    tags: ['Codiga GraphQL'],
    summary: `Codiga's GraphQL API (${[route.method].flat().join(', ')})`,
    description: DESCRIPTION,
    security: [{ codigaApiToken: [] }, { codigaAccessKey: [], codigaSecretKey: [] }],
  };
}
