import { organizationAccess } from '../../../domain/access/index.js';
import { NotFound } from '../../../domain/errors.js';
import { projectSettings, updateProjectSettings } from '../../../domain/overview/index.js';
import { findProjectsByIds, type Project, type RepositoryIdentity } from '../../../domain/projects/index.js';
import { reportSettingsOf, updateReportSettings } from '../../../domain/reports/index.js';
import {
  createWebhook,
  deleteWebhook,
  listWebhookDeliveries,
  listWebhooks,
  type Webhook,
} from '../../../domain/webhooks/index.js';
import type { CodigaContext, Resolvers } from './types.js';

type ProjectArgs = { organization: string; projectId: number };

/** At most this many hooks per project and attempts per hook are listed: the settings show the recent ones. */
const MAX_LISTED = 100;

/** The organization's project (any member reads it); another organization's, or none, is NotFound. */
async function organizationProject({ db, caller }: CodigaContext, args: ProjectArgs): Promise<Project> {
  const access = await organizationAccess(db, caller.principal, args.organization);
  const project = (await findProjectsByIds(db, access, [args.projectId])).get(args.projectId);
  if (!project) throw new NotFound('project');
  return project;
}

/** The identity the webhook and report operations take (Scrutinizer's repository paths) of the project. */
async function projectIdentity(context: CodigaContext, args: ProjectArgs): Promise<RepositoryIdentity> {
  const project = await organizationProject(context, args);
  return { provider: project.provider, instance: project.instance, owner: project.owner, name: project.name };
}

const webhookView = (webhook: Webhook, identity: RepositoryIdentity) => ({
  uuid: webhook.uuid,
  url: webhook.url,
  events: webhook.events,
  createdAt: webhook.createdAt.toISOString(),
  identity,
});

/**
 * A project's own settings: its branches and configuration, its webhooks with their recent deliveries, and when its
 * development report is made (the last two through the operations Scrutinizer's hook and report routes call).
 */
export const dashboardProjectSettingsResolvers: Resolvers = {
  Query: {
    plumbProjectSettings: async (_parent, args: ProjectArgs, { db, caller }: CodigaContext) =>
      projectSettings(db, await organizationAccess(db, caller.principal, args.organization), args.projectId),
    plumbReportSchedule: async (_parent, args: ProjectArgs, context: CodigaContext) =>
      reportSettingsOf(await organizationProject(context, args)),
    plumbWebhooks: async (_parent, args: ProjectArgs, context: CodigaContext) => {
      const identity = await projectIdentity(context, args);
      const { page } = await listWebhooks(context.db, context.caller, identity, { limit: MAX_LISTED, offset: 0 });
      return page.items.map((webhook) => webhookView(webhook, identity));
    },
  },
  PlumbWebhook: {
    deliveries: async (
      parent: ReturnType<typeof webhookView>,
      args: { limit?: number | null },
      { db, caller }: CodigaContext,
    ) => {
      const limit = Math.min(Math.max(args.limit ?? 10, 1), MAX_LISTED);
      const { page } = await listWebhookDeliveries(db, caller, parent.identity, parent.uuid, { limit, offset: 0 });
      return page.items.map((attempt) => ({ ...attempt, attemptedAt: attempt.attemptedAt.toISOString() }));
    },
  },
  Mutation: {
    plumbAddWebhook: async (
      _parent,
      args: ProjectArgs & { url: string; events?: string[] | null },
      context: CodigaContext,
    ) => {
      const identity = await projectIdentity(context, args);
      const created = await createWebhook(context.db, { seal: context.seal }, context.caller, identity, {
        url: args.url,
        ...(args.events ? { events: args.events } : {}),
      });
      return { webhook: webhookView(created.webhook, identity), secret: created.secret };
    },
    plumbSaveReportSchedule: async (
      _parent,
      args: ProjectArgs & { schedule: Record<string, unknown> },
      context: CodigaContext,
    ) => {
      const identity = await projectIdentity(context, args);
      const saved = await updateReportSettings(context.db, context.caller, identity, args.schedule, context.reports);
      return reportSettingsOf(saved);
    },
    plumbSaveProjectSettings: async (
      _parent,
      args: ProjectArgs & { settings: Record<string, unknown> },
      { db, caller }: CodigaContext,
    ) => {
      const access = await organizationAccess(db, caller.principal, args.organization);
      return updateProjectSettings(db, access, args.projectId, args.settings);
    },
    plumbRemoveWebhook: async (_parent, args: ProjectArgs & { uuid: string }, context: CodigaContext) => {
      await deleteWebhook(context.db, context.caller, await projectIdentity(context, args), args.uuid);
      return true;
    },
  },
};
