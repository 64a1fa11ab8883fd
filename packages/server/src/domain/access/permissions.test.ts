import { describe, expect, it } from 'vitest';
import { Forbidden } from '../errors.js';
import { authorize, can, PERMISSIONS, type Action } from './permissions.js';
import type { Role } from './principal.js';

const ROLES: Role[] = ['OWNER', 'ADMIN', 'EDITOR', 'VIEWER', 'BILLING'];

/** The table as a reviewer reads it: every action, and who may take it. */
const EXPECTED: Record<Action, Role[]> = {
  viewOrganization: ['OWNER', 'ADMIN', 'EDITOR', 'VIEWER', 'BILLING'],
  viewInvitations: ['OWNER', 'ADMIN'],
  manageMembers: ['OWNER', 'ADMIN'],
  manageTeams: ['OWNER', 'ADMIN'],
  manageTeamPermissions: ['OWNER', 'ADMIN'],
  manageConfigs: ['OWNER', 'ADMIN'],
  addRepository: ['OWNER', 'ADMIN'],
  associateRepository: ['OWNER', 'ADMIN'],
  disassociateRepository: ['OWNER', 'ADMIN'],
  createProject: ['OWNER', 'ADMIN'],
  manageProjectTokens: ['OWNER', 'ADMIN'],
  manageProject: ['OWNER', 'ADMIN'],
  deleteProject: ['OWNER', 'ADMIN'],
  requestAnalysis: ['OWNER', 'ADMIN', 'EDITOR'],
  cancelAnalysis: ['OWNER', 'ADMIN', 'EDITOR'],
  resolveIssues: ['OWNER', 'ADMIN', 'EDITOR'],
  manageWebhooks: ['OWNER', 'ADMIN'],
  requestReport: ['OWNER', 'ADMIN', 'EDITOR'],
  manageReports: ['OWNER', 'ADMIN'],
  manageIgnores: ['OWNER', 'ADMIN'],
  manageGate: ['OWNER', 'ADMIN'],
  manageLicensePolicy: ['OWNER', 'ADMIN'],
  manageApiKeys: ['OWNER', 'ADMIN'],
  manageRateLimits: ['OWNER', 'ADMIN'],
};

describe('the permission table', () => {
  it('lists exactly the actions a reviewer expects', () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s: allowed to %j and to no one else', (action, allowed) => {
    for (const role of ROLES) expect(can(role, action as Action), role).toBe(allowed.includes(role));
    expect(can(null, action as Action)).toBe(false);
  });

  it('refuses with Forbidden, naming the action and the roles it needs', () => {
    expect(() => authorize({ role: 'VIEWER' }, 'manageTeams')).toThrow(Forbidden);
    expect(() => authorize({ role: 'VIEWER' }, 'manageTeams')).toThrow(
      'managing teams needs one of the roles OWNER, ADMIN',
    );
    expect(() => authorize({ role: null }, 'viewOrganization')).toThrow(Forbidden);
    expect(() => authorize({ role: 'BILLING' }, 'viewOrganization')).not.toThrow();
  });
});
