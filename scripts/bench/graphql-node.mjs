// One more API node for codiga-graphql.mjs's --nodes: a process of its own serving the built app on the same database
// (DESIGN.md's "Running at scale": stateless `plumb serve` nodes on one PostgreSQL). Forked with IPC; given
// { databaseUrl }, it answers { port }, then { cpuMs } (this process's CPU so far) to each 'cpu', and closes on 'stop'
// (answering { stopped }).
import { importServer } from './bench-store.mjs';

const { openStore } = await importServer('store/index.js');
const { buildApp } = await importServer('app.js');
const { lazyQueue } = await importServer('jobs/queue.js');

process.once('message', async ({ databaseUrl }) => {
  const store = await openStore({ driver: 'postgres', databaseUrl });
  const queue = lazyQueue(store, { expireInSeconds: 300 });
  const app = await buildApp({ store, logger: false, queue });
  await app.listen({ port: 0, host: '127.0.0.1' });
  process.on('message', async (message) => {
    if (message === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send({ cpuMs: (user + system) / 1000 });
    } else if (message === 'stop') {
      await app.close();
      await queue.stop?.();
      await store.close();
      process.send({ stopped: true }, () => process.disconnect());
    }
  });
  process.send({ port: app.server.address().port });
});
