export {
  findMembersByUserIds,
  listMembers,
  putMemberByEmail,
  removeMember,
  requireRole,
  type Member,
  type MemberQuery,
  type Membership,
} from './members.js';
export { insightsEnabled } from './organizations.js';
export {
  findUserOrganization,
  findUserOrganizationsByIds,
  listUserOrganizations,
  membersOfOrganizations,
  type OrganizationMember,
} from './groups.js';
