export type { Principal, Role, TokenKind } from './principal.js';
export { authorize, can, PERMISSIONS, type Action } from './permissions.js';
export {
  findOrganizationBySlug,
  impliedOrganizationAccess,
  organizationsOfUser,
  isOrganizationAccess,
  organizationAccess,
  personalAccess,
  tokenOrganizationAccess,
  type Organization,
  type OrganizationAccess,
  type PersonalAccess,
  type PrincipalUser,
} from './access.js';
