// A real git smart-HTTP server for tests: `git http-backend` (CGI) behind node:http on 127.0.0.1, serving the
// repositories under a root to a client that sends the one user name and password (HTTP Basic), 401 otherwise.
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GitHttpServer {
  /** `http://127.0.0.1:<port>/`; a repository `<root>/web` is at `${base}web`. */
  base: string;
  /** Every request as received: its path and query, and whether its credential was the right one. */
  requests: { url: string; authorized: boolean }[];
  close(): Promise<void>;
}

const REALM = 'Basic realm="plumb test"';

function authorized(request: IncomingMessage, username: string, password: string): boolean {
  const header = request.headers.authorization ?? '';
  const match = /^Basic (\S+)$/.exec(header);
  if (!match) return false;
  return Buffer.from(match[1]!, 'base64').toString('utf8') === `${username}:${password}`;
}

/** Runs the CGI for one request and relays its answer (its `Status:` header, else 200). */
function relayToBackend(root: string, request: IncomingMessage, response: ServerResponse, user: string): void {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const child = spawn('git', ['http-backend'], {
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      GIT_PROJECT_ROOT: root,
      GIT_HTTP_EXPORT_ALL: '1',
      REQUEST_METHOD: request.method ?? 'GET',
      PATH_INFO: decodeURIComponent(url.pathname),
      QUERY_STRING: url.search.slice(1),
      CONTENT_TYPE: request.headers['content-type'] ?? '',
      REMOTE_USER: user,
      REMOTE_ADDR: '127.0.0.1',
      GIT_PROTOCOL: String(request.headers['git-protocol'] ?? ''),
      HTTP_CONTENT_ENCODING: String(request.headers['content-encoding'] ?? ''),
    },
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  request.pipe(child.stdin);
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.on('close', () => {
    const output = Buffer.concat(chunks);
    const end = output.indexOf('\r\n\r\n');
    const split = end >= 0 ? end : output.indexOf('\n\n');
    const headerText = output.subarray(0, split).toString('latin1');
    const body = output.subarray(split + (end >= 0 ? 4 : 2));
    let status = 200;
    for (const line of headerText.split(/\r?\n/)) {
      const colon = line.indexOf(':');
      if (colon < 0) continue;
      const name = line.slice(0, colon).trim();
      const value = line.slice(colon + 1).trim();
      if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
      else response.setHeader(name, value);
    }
    response.writeHead(status);
    response.end(body);
  });
}

export async function startGitHttpServer(root: string, username: string, password: string): Promise<GitHttpServer> {
  const requests: GitHttpServer['requests'] = [];
  const server = createServer((request, response) => {
    const ok = authorized(request, username, password);
    requests.push({ url: request.url ?? '', authorized: ok });
    if (!ok) {
      request.resume();
      response.writeHead(401, { 'WWW-Authenticate': REALM, 'Content-Type': 'text/plain' });
      response.end('authentication required\n');
      return;
    }
    relayToBackend(root, request, response, username);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
