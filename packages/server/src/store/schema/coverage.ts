import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { analyses } from './analyses.js';
import { bytea } from './bytea.js';
import { id, oneOf, ref } from './columns.js';

/** The coverage report formats stored (the engine's `COVERAGE_FORMATS`). */
export const COVERAGE_FORMATS = ['lcov', 'cobertura', 'jacoco', 'clover'] as const;

/** A report path that named no repository file, or several equally well: kept so a user sees what was left out. */
export interface UnmatchedCoverageFile {
  reportPath: string;
  module?: string;
  reason: string;
  candidates?: string[];
}

/** The coverage of one analysis, whole: its totals over the repository files it covers, and what did not map. */
export const analysisCoverage = pgTable('analysis_coverage', {
  analysisId: ref('analysis_id')
    .primaryKey()
    .references(() => analyses.id, { onDelete: 'cascade' }),
  /** The formats of the reports it was read from, in upload order (one report: one format). */
  formats: text('formats').array().notNull(),
  /** The tool that wrote the report, when the uploader named it. */
  tool: text('tool'),
  lines: integer('lines').notNull(),
  coveredLines: integer('covered_lines').notNull(),
  branches: integer('branches').notNull(),
  coveredBranches: integer('covered_branches').notNull(),
  unmatched: jsonb('unmatched')
    .$type<UnmatchedCoverageFile[]>()
    .notNull()
    .default(sql`'[]'::jsonb`),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One repository file's coverage in an analysis. Its lines travel as little-endian columns, one entry per executable
 * line (the engine's `FileCoverage`): `line_numbers` uint32, `line_hits` float64, `line_branches` and
 * `line_covered_branches` uint32, about 20 bytes a line where a row per line would cost 60.
 */
export const coverageFiles = pgTable(
  'coverage_files',
  {
    id: id(),
    analysisId: ref('analysis_id')
      .notNull()
      .references(() => analyses.id, { onDelete: 'cascade' }),
    filename: text('filename').notNull(),
    format: text('format', { enum: COVERAGE_FORMATS }).notNull(),
    lines: integer('lines').notNull(),
    coveredLines: integer('covered_lines').notNull(),
    branches: integer('branches').notNull(),
    coveredBranches: integer('covered_branches').notNull(),
    lineNumbers: bytea('line_numbers').notNull(),
    lineHits: bytea('line_hits').notNull(),
    lineBranches: bytea('line_branches').notNull(),
    lineCoveredBranches: bytea('line_covered_branches').notNull(),
  },
  (table) => [
    check('coverage_files_format_check', oneOf('format', COVERAGE_FORMATS)),
    uniqueIndex('coverage_files_analysis_filename_unique').on(table.analysisId, table.filename),
  ],
);
