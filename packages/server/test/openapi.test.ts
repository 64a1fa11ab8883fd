import type { RouteOptions } from 'fastify';
import { testQueue } from './support/test-queue.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import type { Store } from '../src/store/index.js';
import { openTestStore, TEST_DRIVER } from './support/test-store.js';

interface Operation {
  tags?: string[];
  security?: Record<string, string[]>[];
  parameters?: { in: string; name: string }[];
  requestBody?: unknown;
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

type Schema = { properties?: Record<string, unknown> } | undefined;

const routes: RouteOptions[] = [];
let store: Store;
let paths: Record<string, Record<string, Operation>>;
let securitySchemes: Record<string, { type: string; in?: string; name?: string }>;

beforeAll(async () => {
  store = await openTestStore();
  const app = await buildApp({ store, logger: false, onRoute: (route) => routes.push(route), queue: testQueue(store) });
  await app.ready();
  const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  paths = document.paths;
  securitySchemes = document.components.securitySchemes;
  await app.close();
});
afterAll(() => store.close());

/**
 * Every route the app registers, but Fastify's implicit HEAD routes and the routes hidden from the document (docs UI,
 * the document itself).
 */
function apiRoutes(): {
  method: string;
  url: string;
  schema: NonNullable<RouteOptions['schema']> & { hide?: boolean };
}[] {
  return routes.flatMap((route) =>
    [route.method]
      .flat()
      .filter((method) => method !== 'HEAD' && !(route.schema as { hide?: boolean } | undefined)?.hide)
      .map((method) => ({ method, url: route.url, schema: route.schema ?? {} })),
  );
}

describe(`the OpenAPI document on ${TEST_DRIVER}`, () => {
  it('documents every route of the route table, with its parameters, body and response schemas', () => {
    const checked = apiRoutes();
    expect(checked.length).toBeGreaterThanOrEqual(50);
    for (const { method, url, schema } of checked) {
      const route = `${method} ${url}`;
      const operation = paths[url.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()];
      expect(operation, `${route} is missing from /api/openapi.json`).toBeDefined();
      expect(operation!.tags?.length, `${route} has no tag`).toBeGreaterThan(0);
      const parameters = operation!.parameters ?? [];
      for (const name of url.match(/:(\w+)/g)?.map((param) => param.slice(1)) ?? []) {
        expect(
          parameters.some((parameter) => parameter.in === 'path' && parameter.name === name),
          `${route}: path parameter ${name}`,
        ).toBe(true);
      }
      // A query credential is documented once, as the operation's security scheme, not as a parameter.
      const queryCredentials = (operation!.security ?? [])
        .flatMap((requirement) => Object.keys(requirement))
        .map((scheme) => securitySchemes[scheme])
        .filter((scheme) => scheme?.in === 'query')
        .map((scheme) => scheme!.name);
      for (const name of Object.keys((schema.querystring as Schema)?.properties ?? {}).filter(
        (name) => !queryCredentials.includes(name),
      )) {
        expect(
          parameters.some((parameter) => parameter.in === 'query' && parameter.name === name),
          `${route}: query parameter ${name}`,
        ).toBe(true);
      }
      if (schema.body) expect(operation!.requestBody, `${route}: request body`).toBeDefined();
      const success = Object.entries(operation!.responses).filter(([status]) => status.startsWith('2'));
      expect(success.length, `${route}: a success response`).toBeGreaterThan(0);
      for (const [status, response] of success) {
        if (status !== '204')
          expect(response.content?.['application/json']?.schema, `${route}: ${status} schema`).toBeDefined();
      }
      // /api/meta and CodeStax's /api/health take no credential and no input.
      if (url.startsWith('/api/') && url !== '/api/meta' && !url.startsWith('/api/health')) {
        for (const status of ['400', '401', '404'])
          expect(
            operation!.responses[status]?.content?.['application/json']?.schema,
            `${route}: ${status} schema`,
          ).toBeDefined();
      }
    }
  });
});
