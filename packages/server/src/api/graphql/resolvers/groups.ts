import type { Organization } from '../../../domain/access/index.js';
import {
  findUserOrganization,
  listUserOrganizations,
  membersOfOrganizations,
  type OrganizationMember,
} from '../../../domain/orgs/index.js';
import { listReadableOrganizationProjects } from '../../../domain/projects/index.js';
import { pageOf } from '../paging.js';
import { membershipLevel, userView } from '../views.js';
import type { CodigaContext, Resolvers } from './types.js';

/** An organization as Codiga's Group: a regular, active group. */
const groupView = (organization: Organization) => ({
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
type GroupView = ReturnType<typeof groupView>;

const membershipView = (member: OrganizationMember) => ({
  groupId: member.organizationId,
  userId: member.userId,
  level: membershipLevel(member.role),
  identifier: member.user.email,
  accountType: 'Regular',
});

async function membersOf(group: GroupView, context: CodigaContext): Promise<OrganizationMember[]> {
  return (await membersOfOrganizations(context.db, context.caller, [group.id])).get(group.id) ?? [];
}

/** Codiga's groups: the caller's organizations, their members and the projects the caller may read in them. */
export const groupResolvers: Resolvers = {
  Query: {
    groups: async (_parent, args: { howmany: number; skip: number }, context: CodigaContext) =>
      (await listUserOrganizations(context.db, context.caller, pageOf(args))).items.map(groupView),
    group: async (_parent, args: { id?: number | null; name?: string | null }, context: CodigaContext) =>
      groupView(await findUserOrganization(context.db, context.caller, args)),
  },
  Group: {
    members: async (group: GroupView, _args, context: CodigaContext) =>
      (await membersOf(group, context)).map(membershipView),
    owner: async (group: GroupView, _args, context: CodigaContext) => {
      const owner = (await membersOf(group, context)).find((member) => member.role === 'OWNER');
      return owner ? userView(owner.user) : null;
    },
    canAdmin: async (group: GroupView, _args, context: CodigaContext) =>
      (await membersOf(group, context)).some(
        (member) => member.userId === context.caller.user.id && membershipLevel(member.role) === 'Admin',
      ),
    projects: async (group: GroupView, args: { howmany: number; skip: number }, context: CodigaContext) =>
      (await listReadableOrganizationProjects(context.db, context.caller, group.id, pageOf(args))).items,
  },
};
