export {
  findMembersByUserIds,
  listMembers,
  putMemberByEmail,
  removeMember,
  requireRole,
  removeMemberByEmail,
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
export { createOwnedOrganization, slugOfName } from './created-organizations.js';
