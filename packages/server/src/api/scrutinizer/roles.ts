import type { Role } from '../../domain/access/index.js';

/** Scrutinizer's organization roles; admin and master manage repositories, members and teams. */
export const SCRUTINIZER_ROLES = ['admin', 'master', 'billing', 'member'] as const;
export type ScrutinizerRole = (typeof SCRUTINIZER_ROLES)[number];

const AS_SCRUTINIZER: Record<Role, ScrutinizerRole> = {
  OWNER: 'admin',
  ADMIN: 'master',
  EDITOR: 'member',
  VIEWER: 'member',
  BILLING: 'billing',
};

export const scrutinizerRoleOf = (role: Role): ScrutinizerRole => AS_SCRUTINIZER[role];

/**
 * The Plumb role a Scrutinizer role sets. `member` keeps an EDITOR or VIEWER as they are (both read as
 * `member`), so writing back what was read changes nothing; a new member is a VIEWER.
 */
export function plumbRoleFor(role: ScrutinizerRole): (current: Role | undefined) => Role {
  return (current) => {
    if (role === 'admin') return 'OWNER';
    if (role === 'master') return 'ADMIN';
    if (role === 'billing') return 'BILLING';
    return current === 'EDITOR' || current === 'VIEWER' ? current : 'VIEWER';
  };
}
