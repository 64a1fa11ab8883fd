import type { Role } from '../../domain/index.js';

/** The roles of JetBrains' `OrganizationUser.role` enum. */
export type QodanaRole = 'OWNER' | 'ADMIN' | 'EDITOR' | 'VIEWER';

/** Qodana has no billing role: a BILLING member is listed, and acts, as a VIEWER. */
export function qodanaRole(role: Role): QodanaRole {
  return role === 'BILLING' ? 'VIEWER' : role;
}

/** Creating projects and tokens, and reading the member list with its invitation links. */
export const MANAGING: readonly QodanaRole[] = ['OWNER', 'ADMIN'];
/** Reading projects and inspections. */
export const READING: readonly QodanaRole[] = ['OWNER', 'ADMIN', 'EDITOR', 'VIEWER'];
