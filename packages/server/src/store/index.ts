export { openStore, storeOptionsFromEnv } from './connection.js';
export type { OpenOptions, Store, StoreOptions } from './connection.js';
export { DataDirBusyError } from './data-dir-lock.js';
export { rowsOf } from './database.js';
export type { Database, Executor } from './database.js';
export { applyMigrations, listMigrations, pendingMigrations } from './migrate.js';
export type { ExecuteSql, SqlRows } from './raw-sql.js';
export { inTransaction } from './transaction.js';
export { preparedPer } from './prepared.js';
export { insertMapped, insertRows, reserveIds, updateRowsById } from './bulk.js';
export { timeOrderedUuid } from './time-ordered-uuid.js';
export * as schema from './schema/index.js';
export type { FindingKind } from './schema/analyses.js';
export type { GateMeasures, GateViolation } from './schema/gates.js';
export type { ReportCommit, ReportContributor, ReportFigures } from './schema/reports.js';
export {
  byteOrder,
  eachElementKey,
  containsText,
  increment,
  keysetAfter,
  keysetOrder,
  nullsFirst,
  equalsAnyOf,
  placeholder,
  rankedBy,
  kindRankedPage,
  type KindRankedPage,
  shifted,
  startsWith,
  type KeysetColumn,
} from './sql.js';
export {
  countAnalysisInsights,
  dropInsightCounts,
  insightCounts,
  insightSnapshots,
  insightSumQuery,
  writeInsightCounts,
  type InsightCount,
  type InsightCountInput,
  type InsightSnapshot,
  type InsightsScope,
} from './insights.js';
