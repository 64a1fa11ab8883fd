// The closed-loop clients of codiga-graphql.mjs, in a process of their own (forked with IPC) so that the server's
// process.cpuUsage() and CPU profile hold the server's work alone, as for clients on other machines.
// Asked { ports, token, query, clients, warmupMs, seconds } over IPC (client i sends to ports[i % ports.length]);
// answers { latencies, cpuMs } (the measured window).
import http from 'node:http';

/** One POST /graphql over the agent's keep-alive sockets; answers its latency in ms, failing on any error. */
export function post(agent, port, token, query) {
  const body = JSON.stringify({ query });
  const start = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'x-api-token': token,
          'content-length': Buffer.byteLength(body),
        },
      },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => {
          const answer = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          if (response.statusCode !== 200 || answer.errors) reject(new Error(JSON.stringify(answer.errors)));
          else resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, answer });
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** `clients` loops over the nodes' ports, each sending `query` again once answered; latencies after the warm-up. */
export async function closedLoop({ ports, token, query, clients, warmupMs, seconds, onMeasuring = () => {} }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const latencies = [];
  const warmupEnd = Date.now() + warmupMs;
  const end = warmupEnd + seconds * 1000;
  let cpuBefore;
  const measuring = setTimeout(() => ((cpuBefore = process.cpuUsage()), onMeasuring()), warmupMs);
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      const port = ports[client % ports.length];
      while (Date.now() < end) {
        const { ms } = await post(agent, port, token, query);
        if (Date.now() >= warmupEnd) latencies.push(ms);
      }
    }),
  );
  clearTimeout(measuring);
  const cpu = process.cpuUsage(cpuBefore);
  agent.destroy();
  return { latencies, cpuMs: (cpu.user + cpu.system) / 1000 };
}

if (process.send) {
  process.once('message', async (job) => {
    const result = await closedLoop({ ...job, onMeasuring: () => process.send({ measuring: true }) });
    process.send({ result }, () => process.disconnect());
  });
}
