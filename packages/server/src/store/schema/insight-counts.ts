import { bigint, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { analyses } from './analyses.js';
import { ref } from './columns.js';

/**
 * That an analysis's open findings were counted by rule and severity into `insight_counts`, against which baseline
 * (null: none). Counts of another baseline than the project's current one, or of an analysis without a row, are
 * counted again when an insights query needs them; a change of issue status drops the rows of the analyses it moved.
 */
export const insightCountSets = pgTable('insight_count_sets', {
  analysisId: ref('analysis_id')
    .primaryKey()
    .references(() => analyses.id, { onDelete: 'cascade' }),
  baselineId: bigint('baseline_id', { mode: 'number' }),
});

/** An analysis's open findings of one rule and severity: not in its baseline (actual) and in it (baseline). */
export const insightCounts = pgTable(
  'insight_counts',
  {
    analysisId: ref('analysis_id')
      .notNull()
      .references(() => insightCountSets.analysisId, { onDelete: 'cascade' }),
    tool: text('tool').notNull(),
    rule: text('rule').notNull(),
    severity: text('severity').notNull(),
    actual: integer('actual').notNull(),
    baseline: integer('baseline').notNull(),
  },
  (table) => [primaryKey({ columns: [table.analysisId, table.tool, table.rule, table.severity] })],
);
