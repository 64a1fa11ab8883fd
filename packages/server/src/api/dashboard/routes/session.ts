import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { login, resolveSession, revokeSession, switchSessionOrganization } from '../../../domain/sessions/index.js';
import type { Store } from '../../../store/index.js';
import { registerInputGuard } from '../../input-guard.js';
import { clearSessionCookie, cookieOf, SESSION_COOKIE } from '../../session-cookie.js';
import { dashboardRefusal, principalOf, registerSessionCaller } from '../caller.js';
import { ERROR_RESPONSES, SessionResponse, SignInRequest, SwitchOrganizationRequest } from '../schemas.js';
import { openSession, sessionView } from '../session-view.js';

interface Deps {
  store: Store;
  sessionKey: Buffer;
}

const tags = ['dashboard'];

/** POST /session (sign in) and DELETE /session (sign out): neither needs a valid session. */
export async function signInRoutes(parent: FastifyInstance, { store, sessionKey }: Deps): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  registerInputGuard(app);
  app.post(
    '/session',
    {
      schema: {
        tags,
        operationId: 'dashboardSignIn',
        summary: 'Sign in with email and password: the session token is set as an httpOnly cookie',
        body: SignInRequest,
        response: { 200: SessionResponse, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const { email, password, organization } = request.body;
      const session = await login(store.db, { email, password, organization }, sessionKey);
      if (!session) throw dashboardRefusal(401, 'Incorrect email or password');
      return openSession(store.db, request, reply, session, sessionKey);
    },
  );
  app.delete(
    '/session',
    {
      schema: {
        tags,
        operationId: 'dashboardSignOut',
        summary: 'Sign out: the session token is revoked and the cookie cleared',
        response: { 200: Type.Object({ signedOut: Type.Boolean() }), ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const token = cookieOf(request, SESSION_COOKIE);
      const principal = token ? await resolveSession(store.db, token, sessionKey) : undefined;
      if (principal) await revokeSession(store.db, principal);
      clearSessionCookie(request, reply);
      return { signedOut: true };
    },
  );
}

/** GET /session and PUT /session/organization, for a signed-in browser. */
export async function sessionRoutes(parent: FastifyInstance, { store, sessionKey }: Deps): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  registerSessionCaller(app, store, sessionKey);
  registerInputGuard(app);
  app.get(
    '/session',
    {
      schema: {
        tags,
        operationId: 'dashboardSession',
        summary: 'Who is signed in, in which organization',
        response: { 200: SessionResponse, ...ERROR_RESPONSES },
      },
    },
    async (request) => sessionView(store.db, principalOf(request)),
  );
  app.put(
    '/session/organization',
    {
      schema: {
        tags,
        operationId: 'dashboardSwitchOrganization',
        summary: "Move the session to another of the user's organizations (a new cookie; the old token revoked)",
        body: SwitchOrganizationRequest,
        response: { 200: SessionResponse, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const issued = await switchSessionOrganization(
        store.db,
        principalOf(request),
        request.body.organization,
        sessionKey,
      );
      return openSession(store.db, request, reply, issued, sessionKey);
    },
  );
}
