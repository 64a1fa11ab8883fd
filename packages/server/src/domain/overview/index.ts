export { organizationOverview, TREND_LENGTH, type ProjectFigures, type ProjectOverview } from './projects-overview.js';
export { addOrganizationProject, type ProjectToAdd } from './add-project.js';
export {
  projectSettings,
  updateProjectSettings,
  type ProjectSettings,
  type ProjectSettingsInput,
} from './project-settings.js';
