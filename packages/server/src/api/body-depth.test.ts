import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../test/support/test-app.js';
import { TEST_DRIVER } from '../../test/support/test-store.js';
import { MAX_BODY_DEPTH } from './body-parser.js';

let harness: TestApp;
beforeAll(async () => {
  harness = await openTestApp();
});
afterAll(() => harness.close());

const nested = (levels: number): string => `${'['.repeat(levels)}${']'.repeat(levels)}`;
const nestedObject = (levels: number): string => `${'{"a":'.repeat(levels - 1)}{}${'}'.repeat(levels - 1)}`;

/** A POST route of each surface, and the body its envelope gives a too-deep JSON body, before any credential. */
const SURFACES = [
  {
    name: 'Qodana',
    url: '/api/v1/public/organizations/projects',
    envelope: (details: string) => ({ name: 'VALIDATION_FAILED', details }),
    unauthenticated: 401,
  },
  {
    name: 'Codacy',
    url: '/api/v3/organizations/gh/acme/repositories/web/tokens',
    envelope: (message: string) => ({ message }),
    unauthenticated: 401,
  },
  {
    name: 'Scrutinizer',
    url: '/api/organizations/acme/teams',
    envelope: (message: string) => ({ message }),
    unauthenticated: 401,
  },
] as const;

const TOO_DEEP = `body: expected JSON nested at most ${MAX_BODY_DEPTH} levels deep`;

describe(`a JSON body nested too deep is refused by the shared body parser, on ${TEST_DRIVER}`, () => {
  for (const surface of SURFACES) {
    it.each([100_000, 8_000, MAX_BODY_DEPTH + 1])(
      `${surface.name}: %i levels answer 400 in the surface's envelope, before the credential is looked at`,
      async (levels) => {
        for (const [contentType, body] of [
          ['application/json', nested(levels)],
          ['application/json', nestedObject(levels)],
          // JSON posted by `curl -d` arrives labelled as a form and goes through the same parser.
          ['application/x-www-form-urlencoded', nestedObject(levels)],
        ] as const) {
          const response = await harness.app.inject({
            method: 'POST',
            url: surface.url,
            headers: { 'content-type': contentType },
            payload: body,
          });
          expect([response.statusCode, response.json()], `${contentType} ${body.slice(0, 10)}`).toEqual([
            400,
            surface.envelope(TOO_DEEP),
          ]);
        }
      },
    );

    it(`${surface.name}: a body at the limit is parsed, and the credential is looked at next`, async () => {
      const response = await harness.app.inject({
        method: 'POST',
        url: surface.url,
        headers: { 'content-type': 'application/json' },
        payload: nested(MAX_BODY_DEPTH),
      });
      expect(response.statusCode).toBe(surface.unauthenticated);
    });
  }
});
