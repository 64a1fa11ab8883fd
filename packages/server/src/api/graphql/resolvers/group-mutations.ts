import { organizationAccess, type Role } from '../../../domain/access/index.js';
import { Invalid } from '../../../domain/errors.js';
import {
  createOwnedOrganization,
  findUserOrganization,
  putMemberByEmail,
  removeMemberByEmail,
} from '../../../domain/orgs/index.js';
import { groupView } from './groups.js';
import { inCodigaWords } from './project-mutations.js';
import type { CodigaContext, Resolvers } from './types.js';

/** Plumb's users are named by email: Codiga's Regular accounts; GitHub, GitLab, Google logins are not Plumb's. */
function requireRegular(field: string, value: string): void {
  if (value !== 'Regular') throw new Invalid(field, 'Regular: Plumb names its users by email');
}

/** Codiga's Admin is an organization's ADMIN (an OWNER stays one); Read keeps an EDITOR, else makes a VIEWER. */
const roleFor =
  (level: string) =>
  (current: Role | undefined): Role => {
    if (level === 'Admin') return current === 'OWNER' ? 'OWNER' : 'ADMIN';
    return current === 'EDITOR' ? 'EDITOR' : 'VIEWER';
  };

/** The caller's access to the group (organization) with this id; one they are not in is NotFound. */
async function groupAccess({ db, caller }: CodigaContext, groupId: number) {
  const group = await findUserOrganization(db, caller, { id: groupId });
  return organizationAccess(db, caller.principal, group.slug);
}

interface MemberArgs {
  accountType: string;
  groupId: number;
  userIdentifier: string;
}

/** Codiga's group mutations over Plumb's organizations and their members. */
export const groupMutationResolvers: Resolvers = {
  Mutation: {
    createGroup: async (_root, args: { groupType: string; name: string }, { db, caller }: CodigaContext) => {
      requireRegular('groupType', args.groupType);
      return groupView(await createOwnedOrganization(db, caller, { name: args.name }));
    },
    groupAddUser: async (_root, args: MemberArgs & { level: string }, context: CodigaContext) => {
      requireRegular('accountType', args.accountType);
      const access = await groupAccess(context, args.groupId);
      await inCodigaWords({ email: 'userIdentifier' }, () =>
        putMemberByEmail(context.db, access, { email: args.userIdentifier, chooseRole: roleFor(args.level) }),
      );
      return 'ok';
    },
    groupDeleteUser: async (_root, args: MemberArgs, context: CodigaContext) => {
      requireRegular('accountType', args.accountType);
      const access = await groupAccess(context, args.groupId);
      await inCodigaWords({ userUuid: 'userIdentifier' }, () =>
        removeMemberByEmail(context.db, access, args.userIdentifier),
      );
      return 'ok';
    },
  },
};
