export { requestReport, requestedWindow } from './on-demand.js';
export { commitFigures, produceReport, type HistoryCommit, type ReportHistory, type StoredReport } from './produce.js';
export {
  findReport,
  latestReportsOfOrganization,
  listReports,
  requireReportSort,
  type LatestReport,
  type NumberedPage,
  type SortOrder,
} from './read.js';
export { reportProject, reportSlots, repositoriesAt, type ReportSlot } from './schedule.js';
export {
  REPORT_INTERVAL,
  reportSettingsOf,
  requireReportSettings,
  updateReportSettings,
  type ReportScheduler,
  type ReportSettings,
} from './settings.js';
export { isTimeZone, localDate, startOfDay, weekBefore, weekUntil, type ReportWindow } from './window.js';
