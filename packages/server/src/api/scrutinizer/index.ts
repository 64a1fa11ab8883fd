import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { SurfaceOptions } from '../surfaces.js';
import { requireUserToken } from './auth.js';
import { registerScrutinizerErrors } from './errors.js';
import { acceptScrutinizerBodies } from './json-body.js';
import { organizationConfigRoutes } from './configs.js';
import { memberRoutes } from './members.js';
import { metaRoutes } from './meta.js';
import { organizationRepositoryRoutes } from './organization-repositories.js';
import { permissionRoutes } from './permissions.js';
import { repositoryRoutes } from './repositories.js';
import type { RouteDeps } from './route-schema.js';
import { teamMemberRoutes } from './team-members.js';
import { teamRoutes } from './teams.js';
import { userRoutes } from './user.js';

/** The Scrutinizer REST API under `/api`: `?access_token=` user tokens, HAL pages, `{message}` errors. */
export async function scrutinizerSurface(app: FastifyInstance, { store, secrets }: SurfaceOptions): Promise<void> {
  registerScrutinizerErrors(app);
  acceptScrutinizerBodies(app);
  const deps: RouteDeps = { db: store.db, secrets };
  metaRoutes(app.withTypeProvider<TypeBoxTypeProvider>());
  await app.register(async (authenticated) => {
    requireUserToken(authenticated, store.db);
    const routes = authenticated.withTypeProvider<TypeBoxTypeProvider>();
    organizationRepositoryRoutes(routes, deps);
    memberRoutes(routes, deps);
    organizationConfigRoutes(routes, deps);
    teamRoutes(routes, deps);
    teamMemberRoutes(routes, deps);
    permissionRoutes(routes, deps);
    repositoryRoutes(routes, deps);
    userRoutes(routes, deps);
  });
}
