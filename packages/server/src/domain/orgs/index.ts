export {
  findMembersByUserIds,
  listMembers,
  putMemberByEmail,
  removeMember,
  type Member,
  type MemberQuery,
  type Membership,
} from './members.js';
export {
  findUserOrganization,
  listUserOrganizations,
  membersOfOrganizations,
  type OrganizationMember,
} from './groups.js';
