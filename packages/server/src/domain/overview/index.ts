export { organizationOverview, TREND_LENGTH, type ProjectFigures, type ProjectOverview } from './projects-overview.js';
export { addOrganizationProject, type ProjectToAdd } from './add-project.js';
export {
  analysisHistory,
  analyzeBranchNow,
  branchAnalysis,
  branchTrend,
  HISTORY_LIMIT,
  organizationProject,
  projectAnalysisGate,
  projectBranches,
  type BranchAnalysis,
  type GateCondition,
  type HistoryEntry,
  type HistoryScope,
  type TrendPoint,
} from './project-home.js';
export { makeProjectReport, projectReport, projectReports, REPORTS_LISTED } from './project-reports.js';
export {
  projectSettings,
  updateProjectSettings,
  type ProjectSettings,
  type ProjectSettingsInput,
} from './project-settings.js';
