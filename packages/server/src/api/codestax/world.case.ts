// Shared set-up for this surface's suites; a .case.ts file, so the build leaves it out.
import { randomBytes } from 'node:crypto';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { sealedBox, type SealedBox } from '../../crypto/sealed-box.js';
import type { Role } from '../../domain/access/index.js';
import { createProject, type Project } from '../../domain/projects/index.js';
import { findOrCreateUser, putMembership } from '../../domain/provisioning.js';
import { createTenant, type Tenant } from '../../../test/support/tenant-fixture.js';
import { openTestApp, type TestApp } from '../../../test/support/test-app.js';

/** How a test presents a credential: a Bearer token, an X-API-Key, or nothing. */
export type Credential = { bearer: string } | { apiKey: string } | undefined;

/** Two tenants: acme, with a user token for every role and a repository, and globex, which acme must never see. */
export interface World {
  testApp: TestApp;
  secrets: SealedBox;
  acme: Tenant;
  globex: Tenant;
  /** acme's repository `acme/web` and globex's `globex/site`. */
  web: Project;
  site: Project;
  /** A user token of acme's member of each role. */
  member: Record<Role, string>;
  call(
    method: InjectOptions['method'],
    url: string,
    credential: Credential,
    options?: { payload?: unknown; headers?: Record<string, string> },
  ): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export const bearer = (token: string): Credential => ({ bearer: token });

export async function openWorld(): Promise<World> {
  const secrets = sealedBox(randomBytes(32));
  const testApp = await openTestApp(undefined, { secrets });
  const acme = await createTenant(testApp.store, 'acme');
  const globex = await createTenant(testApp.store, 'globex');
  const member = { OWNER: acme.ownerUserToken } as Record<Role, string>;
  for (const role of ['ADMIN', 'EDITOR', 'VIEWER', 'BILLING'] as const)
    member[role] = await acme.memberUserToken(`${role.toLowerCase()}@acme.example`, role);
  const web = await createProject(testApp.store.db, acme.owner, { provider: 'g', owner: 'acme', name: 'web' });
  const site = await createProject(testApp.store.db, globex.owner, { provider: 'g', owner: 'globex', name: 'site' });
  return {
    testApp,
    secrets,
    acme,
    globex,
    web,
    site,
    member,
    call: (method, url, credential, options = {}) => {
      const headers: Record<string, string> = { ...options.headers };
      if (credential && 'bearer' in credential) headers.authorization = `Bearer ${credential.bearer}`;
      if (credential && 'apiKey' in credential) headers['x-api-key'] = credential.apiKey;
      const payload = options.payload;
      return testApp.app.inject({
        method,
        url,
        headers,
        ...(payload === undefined ? {} : typeof payload === 'string' ? { payload } : { payload: payload as object }),
      });
    },
    close: () => testApp.close(),
  };
}

/** A user in both acme and globex (a consultant), with their user token. */
export async function consultantOf(world: World, role: Role = 'ADMIN'): Promise<string> {
  const token = await world.acme.memberUserToken('consultant@example.com', role);
  const { user } = await findOrCreateUser(world.testApp.store.db, { email: 'consultant@example.com' });
  await putMembership(world.testApp.store.db, world.globex.organization.id, user.id, role);
  return token;
}
