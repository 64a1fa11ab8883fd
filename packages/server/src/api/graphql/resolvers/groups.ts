import type { Organization } from '../../../domain/access/index.js';
import { findUserOrganization, listUserOrganizations, type OrganizationMember } from '../../../domain/orgs/index.js';
import { listReadableOrganizationProjects } from '../../../domain/projects/index.js';
import { pageOf } from '../paging.js';
import { membershipLevel } from '../views.js';
import type { CodigaContext, Resolvers } from './types.js';

/** An organization as Codiga's Group: a regular, active group. */
export const groupView = (organization: Organization) => ({
  row: organization,
  id: organization.id,
  name: organization.name,
  type: 'Regular',
  state: 'Active',
  level: 'Team',
  allowedNumberOfProjects: organization.projectLimit,
  canAdmin: false,
  disabled: false,
});
export type GroupView = ReturnType<typeof groupView>;

export const membershipView = (member: OrganizationMember) => ({
  groupId: member.organizationId,
  userId: member.userId,
  level: membershipLevel(member.role),
  identifier: member.user.email,
  accountType: 'Regular',
});

/** Codiga's groups: the caller's organizations and the projects the caller may read in them (members: loaders.ts). */
export const groupResolvers: Resolvers = {
  Query: {
    groups: async (_parent, args: { howmany: number; skip: number }, context: CodigaContext) =>
      (await listUserOrganizations(context.db, context.caller, pageOf(args))).items.map(groupView),
    group: async (_parent, args: { id?: number | null; name?: string | null }, context: CodigaContext) =>
      groupView(await findUserOrganization(context.db, context.caller, args)),
  },
  Group: {
    projects: async (group: GroupView, args: { howmany: number; skip: number }, context: CodigaContext) =>
      (await listReadableOrganizationProjects(context.db, context.caller, group.id, pageOf(args))).items,
  },
};
