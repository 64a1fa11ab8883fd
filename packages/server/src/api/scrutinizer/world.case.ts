// Shared set-up for this surface's suites; a .case.ts file, so the build leaves it out.
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import {
  personalAccess,
  type Organization,
  type OrganizationAccess,
  type PersonalAccess,
  type Role,
} from '../../domain/access/index.js';
import {
  bootstrapOrganization,
  findOrCreateUser,
  findOrganizationBySlug,
  issueUserToken,
  putMembership,
} from '../../domain/provisioning.js';
import { resolveCredential } from '../../domain/tokens/index.js';
import { accessOf } from '../../../test/support/tenant-fixture.js';
import { openTestApp, type TestApp } from '../../../test/support/test-app.js';

export interface Person {
  uuid: string;
  email: string;
  token: string;
}

/** Two organizations: acme with a member of every role, and globex, whose owner must never see acme. */
export interface World {
  testApp: TestApp;
  acme: Organization;
  globex: Organization;
  owner: Person;
  master: Person;
  viewer: Person;
  billing: Person;
  globexOwner: Person;
  /** A user with a token and no organization. */
  loner: Person;
  call(
    method: InjectOptions['method'],
    url: string,
    token?: string,
    payload?: unknown,
  ): Promise<LightMyRequestResponse>;
  /** The access the person's token gives to the organization, resolved as a request's credential is. */
  accessOf(person: Person, organization: Organization): Promise<OrganizationAccess>;
  /** The person's own scope (their repositories and configurations), resolved from their token. */
  personalAccessOf(person: Person): Promise<PersonalAccess>;
}

async function person(testApp: TestApp, email: string, organization: Organization | null, role: Role): Promise<Person> {
  const { user } = await findOrCreateUser(testApp.store.db, { email });
  if (organization) await putMembership(testApp.store.db, organization.id, user.id, role);
  const token = await issueUserToken(testApp.store.db, user.id);
  return { uuid: user.uuid, email: user.email, token: token.secret };
}

export async function openWorld(options: Parameters<typeof openTestApp>[1] = {}): Promise<World> {
  const testApp = await openTestApp(undefined, options);
  const db = testApp.store.db;
  const acmeBoot = await bootstrapOrganization(db, { slug: 'acme', email: 'owner@acme.test', name: 'Acme Corp' });
  const globexBoot = await bootstrapOrganization(db, { slug: 'globex', email: 'owner@globex.test' });
  const acme = (await findOrganizationBySlug(db, 'acme'))!;
  const globex = (await findOrganizationBySlug(db, 'globex'))!;
  const call: World['call'] = (method, url, token, payload) => {
    const separator = url.includes('?') ? '&' : '?';
    return testApp.app.inject({
      method,
      url: token ? `${url}${separator}access_token=${token}` : url,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  };
  return {
    testApp,
    acme,
    globex,
    owner: { ...acmeBoot.user, token: acmeBoot.userToken },
    master: await person(testApp, 'master@acme.test', acme, 'ADMIN'),
    viewer: await person(testApp, 'viewer@acme.test', acme, 'VIEWER'),
    billing: await person(testApp, 'billing@acme.test', acme, 'BILLING'),
    globexOwner: { ...globexBoot.user, token: globexBoot.userToken },
    loner: await person(testApp, 'loner@example.test', null, 'VIEWER'),
    call,
    accessOf: (someone, organization) => accessOf(db, someone.token, organization.slug),
    personalAccessOf: async (someone) => {
      const principal = await resolveCredential(db, { secret: someone.token });
      if (!principal) throw new Error(`the token of ${someone.email} does not resolve`);
      return personalAccess(principal);
    },
  };
}

/**
 * Adds a repository (POST /api/repositories/{type}) unless it is there already: for a test that needs one an earlier
 * test of its file adds, so that it also passes when run alone. (A user's own repository once moved into an
 * organization is no longer theirs: adding it again makes a second one.)
 */
export async function addRepositoryOnce(world: World, url: string, token: string, payload: object): Promise<void> {
  const response = await world.call('POST', url, token, payload);
  if (response.statusCode !== 201) expect(response.json().message, JSON.stringify(payload)).toMatch(/already exists/);
}
