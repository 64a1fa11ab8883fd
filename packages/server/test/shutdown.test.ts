import { describe, expect, it } from 'vitest';
import { testQueue } from './support/test-queue.js';
import { buildApp } from '../src/app.js';
import { openTestStore } from './support/test-store.js';

describe('graceful shutdown', () => {
  it('lets an in-flight request finish before the app closes, then refuses new connections', async () => {
    const store = await openTestStore();
    const app = await buildApp({ store, logger: false, queue: testQueue(store) });
    let release: () => void = () => {};
    const entered = new Promise<void>((resolve) => {
      app.get('/test/slow', async () => {
        resolve();
        await new Promise<void>((done) => (release = done));
        await store.ping();
        return { finished: true };
      });
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const inFlight = fetch(`${url}/test/slow`);
    await entered;
    const closing = app.close().then(() => store.close());
    setTimeout(() => release(), 200);
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ finished: true });
    await closing;
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });
});
