import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Principal } from '../domain/access/index.js';
import { resolveSession, SESSION_SECONDS } from '../domain/sessions/index.js';
import type { Executor } from '../store/index.js';

/** The dashboard's session: a session token (the CodeStax login's JWT) in an httpOnly cookie (docs/dashboard.md). */
export const SESSION_COOKIE = 'plumb_session';

/**
 * The header the dashboard sends with every call a cookie authenticates. A page of another site cannot send it
 * without a CORS preflight, which Plumb never grants, so a forged cross-site request carries no session.
 */
export const DASHBOARD_HEADER = 'x-plumb-dashboard';

/** The value of one cookie of the request, or undefined. */
export function cookieOf(request: FastifyRequest, name: string): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
}

/** The session cookie's text, or its deletion when `token` is null; Secure whenever the request came over HTTPS. */
function cookieText(request: FastifyRequest, token: string | null): string {
  const attributes = ['Path=/', 'HttpOnly', 'SameSite=Strict', `Max-Age=${token === null ? 0 : SESSION_SECONDS}`];
  if (request.protocol === 'https') attributes.push('Secure');
  return [`${SESSION_COOKIE}=${token ?? ''}`, ...attributes].join('; ');
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.header('set-cookie', cookieText(request, token));
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.header('set-cookie', cookieText(request, null));
}

/** The outcome of reading the dashboard's session from a request. */
export type CookieSession =
  { outcome: 'missing' } | { outcome: 'invalid' } | { outcome: 'signed_in'; principal: Principal };

/**
 * The signed-in user of a request that carries the session cookie and the dashboard's header; a cookie without the
 * header counts as no credential, so a cross-site form post is never authenticated by it.
 */
export async function cookieSession(db: Executor, request: FastifyRequest, key: Buffer): Promise<CookieSession> {
  const token = cookieOf(request, SESSION_COOKIE);
  if (!token || request.headers[DASHBOARD_HEADER] === undefined) return { outcome: 'missing' };
  const principal = await resolveSession(db, token, key);
  return principal ? { outcome: 'signed_in', principal } : { outcome: 'invalid' };
}
