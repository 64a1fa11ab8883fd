import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

/** Registers the OpenAPI generator; call before any route so every route's schema is collected. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Plumb',
        version: '0.1.0',
        description:
          'Self-hosted code quality: the Qodana, Codiga, Scrutinizer, Codacy and CodeStax APIs on one server.',
      },
      components: {
        securitySchemes: {
          accessToken: { type: 'apiKey', in: 'query', name: 'access_token' },
          bearer: { type: 'http', scheme: 'bearer' },
          apiToken: { type: 'apiKey', in: 'header', name: 'api-token' },
          projectToken: { type: 'apiKey', in: 'header', name: 'project-token' },
          xApiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
          codigaApiToken: { type: 'apiKey', in: 'header', name: 'X-Api-Token' },
          codigaAccessKey: { type: 'apiKey', in: 'header', name: 'X-Access-Key' },
          codigaSecretKey: { type: 'apiKey', in: 'header', name: 'X-Secret-Key' },
        },
      },
    },
  });
}

/**
 * Serves the generated document at /api/openapi.json and the interactive docs at /api/docs; `/` leads to the docs
 * when no dashboard is served there.
 */
export async function registerOpenApiRoutes(
  app: FastifyInstance,
  { dashboard }: { dashboard: boolean },
): Promise<void> {
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  if (!dashboard) app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.redirect('/api/docs'));
}
