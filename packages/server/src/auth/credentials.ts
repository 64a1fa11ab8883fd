import type { FastifyRequest } from 'fastify';
import type { Credential } from '../domain/tokens/index.js';

/** Every credential style of the seeds, in the order they are looked for. */
const SINGLE_SECRET_HEADERS = ['api-token', 'project-token', 'x-api-token', 'x-api-key'] as const;

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  const text = Array.isArray(value) ? value[0] : value;
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
}

/** Reads the credential a request presents, or undefined when it presents none. */
export function credentialFromRequest(request: FastifyRequest): Credential | undefined {
  const accessKey = header(request, 'x-access-key');
  const secretKey = header(request, 'x-secret-key');
  if (accessKey && secretKey) return { accessKey, secretKey };
  const authorization = header(request, 'authorization');
  const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) return { secret: bearer };
  for (const name of SINGLE_SECRET_HEADERS) {
    const secret = header(request, name);
    if (secret) return { secret };
  }
  const query = request.query as Record<string, unknown> | undefined;
  const accessToken = query?.access_token;
  if (typeof accessToken === 'string' && accessToken.trim() !== '') return { secret: accessToken.trim() };
  return undefined;
}
