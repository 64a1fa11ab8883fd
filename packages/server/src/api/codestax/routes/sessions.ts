import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { changePassword, login, revokeSession, SESSION_SECONDS } from '../../../domain/sessions/index.js';
import type { Store } from '../../../store/index.js';
import { registerInputGuard } from '../../input-guard.js';
import { principalOf } from '../caller.js';
import { codestaxError } from '../errors.js';
import { ChangePasswordRequest, ERROR_RESPONSES, LoginRequest, LoginResponse, SECURITY } from '../schemas.js';

/** POST /auth/login: email and password for a session token (HS256 JWT), the only route without a credential. */
export async function loginRoutes(
  parent: FastifyInstance,
  { store, sessionKey }: { store: Store; sessionKey: Buffer },
): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  registerInputGuard(app);
  app.post(
    '/login',
    {
      schema: {
        tags: ['codestax'],
        operationId: 'codestaxLogin',
        summary: `A session token for Authorization: Bearer, valid ${SESSION_SECONDS / 3600} hours`,
        description: 'JSON or a form; `username` is taken for `email`, as OAuth2 password forms send it.',
        body: LoginRequest,
        response: { 200: LoginResponse, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const { email, username, password, organization } = request.body;
      const address = email ?? username;
      if (address === undefined) throw codestaxError(400, 'email: is required');
      const session = await login(store.db, { email: address, password, organization }, sessionKey);
      if (!session) throw codestaxError(401, 'Incorrect email or password');
      return {
        access_token: session.token,
        token_type: 'bearer' as const,
        expires_in: SESSION_SECONDS,
        expires_at: session.expiresAt.toISOString(),
        org_id: session.organization.id,
      };
    },
  );
}

/** POST /auth/logout and /auth/change-password, for a caller already authenticated. */
export async function sessionRoutes(parent: FastifyInstance, { store }: { store: Store }): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/logout',
    {
      schema: {
        tags: ['codestax'],
        operationId: 'codestaxLogout',
        summary: 'End this session: its token is refused from now on',
        security: [{ bearer: [] }],
        response: { 200: Type.Object({ logged_out: Type.Boolean() }), ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      if (!principal.session) throw codestaxError(400, 'Authorization: logout ends a session token from /auth/login');
      await revokeSession(store.db, principal);
      return { logged_out: true };
    },
  );

  app.post(
    '/change-password',
    {
      schema: {
        tags: ['codestax'],
        operationId: 'codestaxChangePassword',
        summary: "Set the caller's password; every session token issued before is refused from now on",
        description:
          'A user without a password yet (made by `plumb admin bootstrap`) sets one with a user token and no ' +
          'current_password.',
        security: SECURITY,
        body: ChangePasswordRequest,
        response: { 200: Type.Object({ changed: Type.Boolean() }), ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      await changePassword(store.db, principalOf(request), {
        currentPassword: request.body.current_password,
        newPassword: request.body.new_password,
      });
      return { changed: true };
    },
  );
}
