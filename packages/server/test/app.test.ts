import type { InjectOptions } from 'fastify';
import { testQueue } from './support/test-queue.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT_BYTES, buildApp } from '../src/app.js';
import { listMigrations, openStore } from '../src/store/index.js';
import { openTestApp, type TestApp } from './support/test-app.js';
import { TEST_DRIVER } from './support/test-store.js';

describe(`app on ${TEST_DRIVER}`, () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await openTestApp((app) => {
      // Probe routes exercising the app-wide body limit and validation envelope.
      app.post('/test/echo', async (request) => request.body);
      app.get(
        '/test/validated',
        {
          schema: {
            querystring: { type: 'object', properties: { per_page: { type: 'integer', minimum: 1, maximum: 100 } } },
          },
        },
        async () => ({ ok: true }),
      );
    });
  });
  afterAll(async () => testApp.close());
  const inject = (options: InjectOptions) => testApp.app.inject(options);

  it('answers /healthz', async () => {
    const response = await inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('is ready when the store answers and every migration is applied', async () => {
    const response = await inject({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ready', store: TEST_DRIVER, pendingMigrations: [] });
  });

  it('is not ready while migrations are pending', async () => {
    const bare = await openStore({ driver: 'pglite', dataDir: null }, { migrate: false });
    const app = await buildApp({ store: bare, logger: false, queue: testQueue(bare) });
    try {
      const response = await app.inject({ method: 'GET', url: '/readyz' });
      expect(response.statusCode).toBe(503);
      expect(response.json().pendingMigrations).toEqual(await listMigrations());
    } finally {
      await app.close();
      await bare.close();
    }
  });

  it('gives each request an id, or keeps the one it came with', async () => {
    const fresh = await inject({ method: 'GET', url: '/healthz' });
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'trace-123' } });
    expect(kept.headers['x-request-id']).toBe('trace-123');
  });

  it('answers unknown routes with 404 and a JSON body', async () => {
    const response = await inject({ method: 'GET', url: '/no/such/route?x=1' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ message: 'no route for GET /no/such/route' });
  });

  it('refuses bodies over 1 MB with 413', async () => {
    const big = JSON.stringify({ data: 'x'.repeat(BODY_LIMIT_BYTES) });
    const response = await inject({
      method: 'POST',
      url: '/test/echo',
      payload: big,
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({ message: 'request body is larger than the limit of 1 MB' });
    const small = await inject({ method: 'POST', url: '/test/echo', payload: { data: 'ok' } });
    expect(small.json()).toEqual({ data: 'ok' });
  });

  it('answers bad input with 400 naming the field, and malformed JSON with 400', async () => {
    const response = await inject({ method: 'GET', url: '/test/validated?per_page=101' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ message: 'per_page: must be <= 100' });
    const malformed = await inject({
      method: 'POST',
      url: '/test/echo',
      payload: '{"a":',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().message).toMatch(/JSON/i);
  });

  it('serves the OpenAPI document and the docs page, and sends / to the docs', async () => {
    const document = await inject({ method: 'GET', url: '/api/openapi.json' });
    expect(document.statusCode).toBe(200);
    expect(document.json()).toMatchObject({ openapi: '3.0.3', info: { title: 'Plumb' } });
    expect(Object.keys(document.json().paths)).toEqual(expect.arrayContaining(['/healthz', '/readyz']));
    const docs = await inject({ method: 'GET', url: '/api/docs' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toContain('text/html');
    const root = await inject({ method: 'GET', url: '/' });
    expect(root.statusCode).toBe(302);
    expect(root.headers.location).toBe('/api/docs');
  });
});
