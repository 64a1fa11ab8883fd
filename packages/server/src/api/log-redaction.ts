import type { FastifyRequest } from 'fastify';

/** Query parameters that carry a credential (Scrutinizer's `?access_token=`): never written to a log. */
const SECRET_PARAMETERS = /([?&](?:access_token|token|api_token|secret)=)[^&#]*/gi;

/** The URL as logs may show it: every credential in its query string replaced by `***`. */
export function redactQueryCredentials(url: string): string {
  return url.replace(SECRET_PARAMETERS, '$1***');
}

/** Pino's request serializer, as Fastify's default but with the URL redacted. */
export function requestLogView(request: FastifyRequest) {
  return {
    method: request.method,
    url: redactQueryCredentials(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}
