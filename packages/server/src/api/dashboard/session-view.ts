import type { FastifyReply, FastifyRequest } from 'fastify';
import { findOrganizationBySlug, type Principal } from '../../domain/access/index.js';
import { resolveSession, type IssuedSession } from '../../domain/sessions/index.js';
import type { Executor } from '../../store/index.js';
import { setSessionCookie } from '../session-cookie.js';
import { dashboardRefusal } from './caller.js';

/** What the dashboard knows of a session: who is signed in, in which organization, until when. */
export async function sessionView(db: Executor, principal: Principal) {
  const { user, session } = principal;
  if (!user || !session) throw dashboardRefusal(401, 'Not signed in: sign in with your email and password');
  const organization = await findOrganizationBySlug(db, session.organizationSlug);
  if (!organization) throw dashboardRefusal(401, 'Your organization no longer exists: sign in again');
  return {
    user: { email: user.email, displayName: user.displayName },
    organization: { slug: organization.slug, name: organization.name },
    expiresAt: session.expiresAt.toISOString(),
  };
}

/** Hands a newly issued session to the browser as its cookie, and answers what it is. */
export async function openSession(
  db: Executor,
  request: FastifyRequest,
  reply: FastifyReply,
  issued: IssuedSession,
  key: Buffer,
) {
  const principal = await resolveSession(db, issued.token, key);
  if (!principal) throw dashboardRefusal(401, 'The session could not be opened: sign in again');
  setSessionCookie(request, reply, issued.token);
  return sessionView(db, principal);
}
