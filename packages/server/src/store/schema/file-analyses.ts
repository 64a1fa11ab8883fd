import { check, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt, id, oneOf, ref } from './columns.js';
import { projects } from './projects.js';
import { users } from './users.js';

/** Where a one-file analysis stands: waiting for a worker, running, done, or failed. */
export const FILE_ANALYSIS_STATES = ['scheduled', 'in_progress', 'done', 'failed'] as const;
export type FileAnalysisState = (typeof FILE_ANALYSIS_STATES)[number];

/** One violation of a one-file analysis, as the worker stores it (Codiga's FileAnalysisViolation, less its id). */
export interface FileViolationRow {
  rule: string;
  tool: string;
  category: string;
  /** Plumb's severity (info … critical). */
  severity: string;
  language: string | null;
  description: string;
  line: number;
  lineEnd: number;
}

/**
 * Code an IDE sent for analysis (Codiga's `createFileAnalysis`): owned by the user who sent it, analyzed by a worker
 * with the rules of the project it names, if any; its violations kept with it.
 */
export const fileAnalyses = pgTable(
  'file_analyses',
  {
    id: id(),
    userId: ref('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    projectId: ref('project_id').references(() => projects.id, { onDelete: 'cascade' }),
    /** Codiga's LanguageEnumeration value the client gave. */
    language: text('language').notNull(),
    filename: text('filename').notNull(),
    code: text('code').notNull(),
    fingerprint: text('fingerprint'),
    parameters: text('parameters'),
    state: text('state', { enum: FILE_ANALYSIS_STATES }).notNull().default('scheduled'),
    attempt: integer('attempt').notNull().default(0),
    violations: jsonb('violations').$type<FileViolationRow[]>(),
    error: text('error'),
    createdAt: createdAt(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (table) => [
    check('file_analyses_state_check', oneOf('state', FILE_ANALYSIS_STATES)),
    index('file_analyses_user_idx').on(table.userId),
  ],
);
