import { Forbidden } from '../errors.js';
import type { Role } from './principal.js';

const EVERY_ROLE: readonly Role[] = ['OWNER', 'ADMIN', 'EDITOR', 'VIEWER', 'BILLING'];
const MANAGING: readonly Role[] = ['OWNER', 'ADMIN'];
const EDITING: readonly Role[] = ['OWNER', 'ADMIN', 'EDITOR'];

/**
 * Who may do what in an organization: the one table every surface's answer comes from. A surface may word a
 * refusal its own way, but never decides who is refused. Changing the owner role needs OWNER on top (orgs/members).
 */
export const PERMISSIONS = {
  /** Read the organization: its projects, repositories, members, teams, permissions and configurations. */
  viewOrganization: { roles: EVERY_ROLE, doing: 'viewing the organization' },
  /** See the invitation links of invited members. */
  viewInvitations: { roles: MANAGING, doing: 'viewing invitations' },
  manageMembers: { roles: MANAGING, doing: 'managing members' },
  manageTeams: { roles: MANAGING, doing: 'managing teams' },
  manageTeamPermissions: { roles: MANAGING, doing: 'managing team permissions' },
  manageConfigs: { roles: MANAGING, doing: 'managing configurations' },
  addRepository: { roles: MANAGING, doing: 'adding a repository to the organization' },
  associateRepository: { roles: MANAGING, doing: 'associating a repository' },
  disassociateRepository: { roles: MANAGING, doing: 'disassociating a repository' },
  /** Create a project by name, with its team when missing (Qodana's project-token call). */
  createProject: { roles: MANAGING, doing: 'creating projects' },
  manageProjectTokens: { roles: MANAGING, doing: 'managing repository API tokens' },
  /** Change a project's description, default branch and tracked branches. */
  manageProject: { roles: MANAGING, doing: "changing a project's settings" },
  /** Delete a project with its analyses, issues and everything else kept for it. */
  deleteProject: { roles: MANAGING, doing: 'deleting a project' },
  /** Ask for an analysis of a repository (Scrutinizer's create inspection); a team's admin or developer access too. */
  requestAnalysis: { roles: EDITING, doing: 'requesting an inspection' },
  /** Cancel a waiting or running analysis; a team's admin or developer access too. */
  cancelAnalysis: { roles: EDITING, doing: 'canceling an inspection' },
  /** Mark an issue a false positive, or open it again; a team's admin or developer access too. */
  resolveIssues: { roles: EDITING, doing: 'marking false positives' },
  /** List, add and delete a repository's webhooks and read their deliveries; a team's admin access too. */
  manageWebhooks: { roles: MANAGING, doing: 'managing webhooks' },
  /** Produce a repository's development report now; a team's admin or developer access too. */
  requestReport: { roles: EDITING, doing: 'requesting a report' },
  /** Change when a repository's development report is made; a team's admin access too. */
  manageReports: { roles: MANAGING, doing: 'changing report settings' },
  /** Add or remove the rules a project no longer reports (Codiga's violations to ignore). */
  manageIgnores: { roles: MANAGING, doing: 'changing the violations a project ignores' },
  /** Change the organization's quality gate: its policy, waivers and baselines. */
  manageGate: { roles: MANAGING, doing: 'changing the quality gate' },
  /** Change the organization's license policy: the SPDX licenses its dependencies may and may not carry. */
  manageLicensePolicy: { roles: MANAGING, doing: 'changing the license policy' },
  /** Create, list and revoke the organization's API keys (CodeStax's `X-API-Key`). */
  manageApiKeys: { roles: MANAGING, doing: 'managing API keys' },
  /** Set the organization's CodeStax request limit per credential and hour. */
  manageRateLimits: { roles: MANAGING, doing: 'changing rate limits' },
} as const satisfies Record<string, { roles: readonly Role[]; doing: string }>;

export type Action = keyof typeof PERMISSIONS;

/** True when the role may take the action. */
export function can(role: Role | null, action: Action): boolean {
  return role !== null && PERMISSIONS[action].roles.includes(role);
}

/** Throws Forbidden, naming the action and the roles it needs, unless the role may take it. */
export function authorize(access: { role: Role | null }, action: Action): void {
  if (!can(access.role, action)) {
    const { roles, doing } = PERMISSIONS[action];
    throw new Forbidden(`${doing} needs one of the roles ${roles.join(', ')}`);
  }
}
