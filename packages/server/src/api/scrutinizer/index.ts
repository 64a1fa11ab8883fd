import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { SurfaceOptions } from '../surfaces.js';
import { requireUserToken } from './auth.js';
import { registerScrutinizerErrors } from './errors.js';
import { memberRoutes } from './members.js';
import { metaRoutes } from './meta.js';
import type { RouteDeps } from './route-schema.js';

/** The Scrutinizer REST API under `/api`: `?access_token=` user tokens, HAL pages, `{message}` errors. */
export async function scrutinizerSurface(app: FastifyInstance, { store, secrets }: SurfaceOptions): Promise<void> {
  registerScrutinizerErrors(app);
  const deps: RouteDeps = { db: store.db, secrets };
  metaRoutes(app.withTypeProvider<TypeBoxTypeProvider>());
  await app.register(async (authenticated) => {
    requireUserToken(authenticated, store.db);
    const routes = authenticated.withTypeProvider<TypeBoxTypeProvider>();
    memberRoutes(routes, deps);
  });
}
