import { organizationAccess, type OrganizationAccess } from '../../../domain/access/index.js';
import { Invalid } from '../../../domain/errors.js';
import {
  createWaiver,
  getGateConfig,
  listWaivers,
  revokeWaiver,
  saveGateConfig,
  type Waiver,
} from '../../../domain/gates/index.js';
import { getLicensePolicy, saveLicensePolicy } from '../../../domain/licenses/index.js';
import { listMembers, putMemberByEmail, removeMember, requireRole, type Member } from '../../../domain/orgs/index.js';
import type { Executor } from '../../../store/index.js';
import {
  createApiKey,
  listApiKeys,
  listUserTokens,
  revokeApiKey,
  type ApiKey,
  type ApiKeyRole,
} from '../../../domain/tokens/index.js';
import type { CodigaContext, Resolvers } from './types.js';

type OrganizationArgs = { organization: string };

const iso = (time: Date | null) => time && time.toISOString();

const accessTo = (db: Executor, caller: CodigaContext['caller'], organization: string) =>
  organizationAccess(db, caller.principal, organization);

/** The domain names some fields as CodeStax sends them; this surface's clients sent them under these names. */
const GRAPHQL_FIELDS: Record<string, string> = {
  repo_id: 'projectId',
  pr_number: 'pullRequest',
  expires_at: 'expiresAt',
  block_merge_on_fail: 'blockMergeOnFail',
  applies_to_new_code_only: 'appliesToNewCodeOnly',
};

async function namedAsSent<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof Invalid && GRAPHQL_FIELDS[error.field])
      throw new Invalid(GRAPHQL_FIELDS[error.field]!, error.expected);
    throw error;
  }
}

function optionalTime(field: string, text: string | null | undefined): Date | undefined {
  if (text === null || text === undefined || text === '') return undefined;
  const time = new Date(text);
  if (Number.isNaN(time.getTime())) throw new Invalid(field, 'expected an ISO-8601 date and time');
  return time;
}

const memberView = ({ user, membership }: Member) => ({
  uuid: user.uuid,
  email: user.email,
  displayName: user.displayName,
  role: membership.role,
  status: user.status,
});

const apiKeyView = (key: ApiKey) => ({
  ...key,
  createdAt: key.createdAt.toISOString(),
  lastUsedAt: iso(key.lastUsedAt),
  expiresAt: iso(key.expiresAt),
  revokedAt: iso(key.revokedAt),
});

const waiverView = (waiver: Waiver) => ({
  id: waiver.id,
  rule: waiver.rule,
  reason: waiver.reason,
  projectId: waiver.projectId,
  pullRequest: waiver.pullRequest,
  createdAt: waiver.createdAt.toISOString(),
  expiresAt: iso(waiver.expiresAt),
  revokedAt: iso(waiver.revokedAt),
});

async function everyMember(db: Executor, access: OrganizationAccess): Promise<Member[]> {
  const members: Member[] = [];
  let after: string | undefined;
  do {
    const page = await listMembers(db, access, {}, { limit: 500, ...(after ? { after } : {}) });
    members.push(...page.items);
    after = page.nextCursor;
  } while (after);
  return members;
}

/** The settings pages' extensions (sdl-plumb-settings.ts): each calls the domain operation the vendor APIs call. */
export const dashboardSettingsResolvers: Resolvers = {
  Query: {
    plumbMembers: async (_parent, args: OrganizationArgs, { db, caller }: CodigaContext) =>
      (await everyMember(db, await accessTo(db, caller, args.organization))).map(memberView),
    plumbUserTokens: async (_parent, _args, { db, caller }: CodigaContext) =>
      (await listUserTokens(db, caller)).map((token) => ({
        ...token,
        createdAt: token.createdAt.toISOString(),
        lastUsedAt: iso(token.lastUsedAt),
      })),
    plumbApiKeys: async (_parent, args: OrganizationArgs, { db, caller }: CodigaContext) =>
      (await listApiKeys(db, await accessTo(db, caller, args.organization))).map(apiKeyView),
    plumbGateConfig: async (_parent, args: OrganizationArgs, { db, caller }: CodigaContext) =>
      getGateConfig(db, await accessTo(db, caller, args.organization)),
    plumbWaivers: async (
      _parent,
      args: OrganizationArgs & { includeExpired?: boolean | null; includeRevoked?: boolean | null },
      { db, caller }: CodigaContext,
    ) => {
      const access = await accessTo(db, caller, args.organization);
      const filter = { includeExpired: args.includeExpired === true, includeRevoked: args.includeRevoked === true };
      return (await listWaivers(db, access, filter)).map(waiverView);
    },
    plumbLicensePolicy: async (_parent, args: OrganizationArgs, { db, caller }: CodigaContext) =>
      getLicensePolicy(db, await accessTo(db, caller, args.organization)),
  },
  Mutation: {
    plumbPutMember: async (
      _parent,
      args: OrganizationArgs & { email: string; role: string },
      { db, caller }: CodigaContext,
    ) => {
      const access = await accessTo(db, caller, args.organization);
      const role = requireRole('role', args.role);
      return memberView(await putMemberByEmail(db, access, { email: args.email, chooseRole: () => role }));
    },
    plumbRemoveMember: async (_parent, args: OrganizationArgs & { uuid: string }, { db, caller }: CodigaContext) => {
      await removeMember(db, await accessTo(db, caller, args.organization), args.uuid);
      return true;
    },
    plumbCreateApiKey: async (
      _parent,
      args: OrganizationArgs & { name: string; role?: string | null; expiresAt?: string | null },
      { db, caller }: CodigaContext,
    ) => {
      const access = await accessTo(db, caller, args.organization);
      const created = await createApiKey(db, access, {
        name: args.name,
        role: (args.role ?? undefined) as ApiKeyRole | undefined,
        expiresAt: optionalTime('expiresAt', args.expiresAt),
      });
      return { key: apiKeyView(created.key), secret: created.secret };
    },
    plumbRevokeApiKey: async (_parent, args: OrganizationArgs & { id: number }, { db, caller }: CodigaContext) =>
      apiKeyView(await revokeApiKey(db, await accessTo(db, caller, args.organization), args.id)),
    plumbSaveGateConfig: async (
      _parent,
      args: OrganizationArgs & { config: Record<string, unknown> },
      { db, caller }: CodigaContext,
    ) => {
      const access = await accessTo(db, caller, args.organization);
      return namedAsSent(saveGateConfig(db, access, args.config));
    },
    plumbCreateWaiver: async (
      _parent,
      args: OrganizationArgs & { waiver: Record<string, unknown> },
      { db, caller }: CodigaContext,
    ) => {
      const access = await accessTo(db, caller, args.organization);
      return waiverView(await namedAsSent(createWaiver(db, access, args.waiver)));
    },
    plumbRevokeWaiver: async (_parent, args: OrganizationArgs & { id: number }, { db, caller }: CodigaContext) =>
      waiverView(await revokeWaiver(db, await accessTo(db, caller, args.organization), args.id)),
    plumbSaveLicensePolicy: async (
      _parent,
      args: OrganizationArgs & { allowed?: string[] | null; denied?: string[] | null },
      { db, caller }: CodigaContext,
    ) => saveLicensePolicy(db, await accessTo(db, caller, args.organization), args),
  },
};
