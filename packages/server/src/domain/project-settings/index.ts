export {
  addTrackedBranch,
  changeDefaultBranch,
  deleteProject,
  MAX_DESCRIPTION_LENGTH,
  removeTrackedBranch,
  requireDescription,
  updateProjectDescription,
} from './settings.js';
