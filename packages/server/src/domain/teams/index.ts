export {
  countTeamMembers,
  createTeam,
  deleteTeam,
  findProjectTeam,
  findTeam,
  findTeamsByIds,
  listTeams,
  type Team,
  type TeamAccess,
} from './teams.js';
export { addTeamMemberByEmail, listTeamMembers, removeTeamMember } from './team-members.js';
export {
  listTeamPermissions,
  putTeamPermission,
  removeTeamPermission,
  type TeamPermission,
} from './team-permissions.js';
