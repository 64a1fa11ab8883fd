import type { Role } from '../../domain/access/index.js';

/** The roles of JetBrains' `OrganizationUser.role` enum. */
export type QodanaRole = 'OWNER' | 'ADMIN' | 'EDITOR' | 'VIEWER';

/** Qodana has no billing role: a BILLING member is listed, and acts, as a VIEWER. */
export function qodanaRole(role: Role): QodanaRole {
  return role === 'BILLING' ? 'VIEWER' : role;
}
