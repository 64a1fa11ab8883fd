import { Writable } from 'node:stream';
import { testQueue } from './support/test-queue.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactQueryCredentials } from '../src/api/log-redaction.js';
import { buildApp } from '../src/app.js';
import { bootstrapOrganization } from '../src/domain/provisioning.js';
import type { Store } from '../src/store/index.js';
import { openTestStore, TEST_DRIVER } from './support/test-store.js';

describe(`request logs on ${TEST_DRIVER}`, () => {
  let store: Store;
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  beforeAll(async () => {
    store = await openTestStore();
  });
  afterAll(async () => store.close());

  it('never show the access token a request carried in its query string', async () => {
    const { userToken } = await bootstrapOrganization(store.db, { slug: 'acme', email: 'owner@acme.test' });
    const app = await buildApp({ store, logger: { level: 'info', stream }, queue: testQueue(store) });
    try {
      const urls = [
        `/api/organizations/acme/teams?access_token=${userToken}&per_page=1`,
        `/api/user/repositories?per_page=2&access_token=${userToken}`,
        `/api/organizations/acme/teams?access_token=${userToken.slice(0, 20)}`,
        `/api/no/such/route?access_token=${userToken}`,
      ];
      for (const url of urls) await app.inject({ method: 'GET', url });
    } finally {
      await app.close();
    }
    const logged = lines.join('');
    expect(logged).toContain('"url":"/api/organizations/acme/teams?access_token=***&per_page=1"');
    expect(logged).toContain('"url":"/api/user/repositories?per_page=2&access_token=***"');
    expect(logged).not.toContain(userToken.slice(0, 20));
  });

  it.each([
    ['/api/x?access_token=abc', '/api/x?access_token=***'],
    ['/api/x?a=1&ACCESS_TOKEN=abc&b=2', '/api/x?a=1&ACCESS_TOKEN=***&b=2'],
    ['/api/x?my_access_token_hint=1', '/api/x?my_access_token_hint=1'],
    ['/api/x', '/api/x'],
  ])('redacts %s as %s', (url, expected) => {
    expect(redactQueryCredentials(url)).toBe(expected);
  });
});
