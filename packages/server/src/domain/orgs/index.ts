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
  findUserOrganizationsByIds,
  listUserOrganizations,
  membersOfOrganizations,
  type OrganizationMember,
} from './groups.js';
