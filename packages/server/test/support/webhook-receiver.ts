// A real HTTP receiver on a loopback port for webhook tests: it keeps every request whole (raw body bytes included)
// and answers each path its own way.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
  at: number;
}

/** How a path answers: a status, or `hang` (never answers). */
export type Behaviour = number | 'hang' | ((count: number) => number | 'hang');

export interface WebhookReceiver {
  url(path: string): string;
  on(path: string, behaviour: Behaviour, headers?: Record<string, string>): void;
  received(path?: string): ReceivedRequest[];
  /** Waits until `path` has received `count` requests. */
  waitFor(path: string, count: number, timeoutMs?: number): Promise<ReceivedRequest[]>;
  close(): Promise<void>;
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const requests: ReceivedRequest[] = [];
  const behaviours = new Map<string, { behaviour: Behaviour; headers: Record<string, string> }>();
  const hanging = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      requests.push({ path, headers: request.headers, body: Buffer.concat(chunks), at: Date.now() });
      const { behaviour, headers } = behaviours.get(path) ?? { behaviour: 200, headers: {} };
      const count = requests.filter((received) => received.path === path).length;
      const answer = typeof behaviour === 'function' ? behaviour(count) : behaviour;
      if (answer === 'hang') {
        hanging.add(response);
        return;
      }
      response.writeHead(answer, headers).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const received = (path?: string) => requests.filter((request) => path === undefined || request.path === path);
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    on: (path, behaviour, headers = {}) => behaviours.set(path, { behaviour, headers }),
    received,
    waitFor: async (path, count, timeoutMs = 20_000) => {
      const until = Date.now() + timeoutMs;
      while (received(path).length < count) {
        if (Date.now() > until) throw new Error(`${path} received ${received(path).length} of ${count} requests`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return received(path);
    },
    close: async () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
