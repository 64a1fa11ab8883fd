export {
  identityProblem,
  identitySegments,
  parseOwnerAndName,
  parseQualifiedRepositoryName,
  qualifiedRepositoryName,
  requireGitUrl,
  requireSshKeyFor,
  requireRepositoryIdentity,
  requireRepositoryName,
  type RepositoryIdentity,
} from './identity.js';
export {
  createProject,
  ensureTeamProject,
  findProject,
  findProjectByName,
  findProjectByReference,
  findProjectsByIds,
  listProjects,
  type EnsuredTeamProject,
  type NewProject,
  type Project,
  type ProjectQuery,
  type Provider,
} from './projects.js';
export {
  addRepository,
  associateRepository,
  disassociateRepository,
  findReadableRepository,
  listOrganizationRepositories,
  listReadableRepositories,
  type Repository,
  type RepositoryToAdd,
} from './repositories.js';
export { gitSourceOf, pinSshKnownHosts, projectForAnalysis } from './source.js';
export { projectForCaller, type CallerProject } from './caller-project.js';
export {
  findReadableProject,
  findReadableProjectsByIds,
  listOwnedProjects,
  listReadableOrganizationProjects,
  listReadableProjects,
  type OffsetPage,
} from './readable.js';
