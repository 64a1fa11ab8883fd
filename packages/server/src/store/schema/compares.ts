import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { analyses } from './analyses.js';
import { createdAt, id, ref } from './columns.js';
import { projects } from './projects.js';
import { users } from './users.js';

/**
 * Codiga's AnalysisCompare: two revisions (of one repository or two) and the analyses that measured them. The source
 * is a revision of `project_id`'s repository, the target one of `target_project_id`'s (the same or another project).
 */
export const analysisCompares = pgTable(
  'analysis_compares',
  {
    id: id(),
    projectId: ref('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    targetProjectId: ref('target_project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    sourceBranch: text('source_branch'),
    sourceRevision: text('source_revision'),
    targetBranch: text('target_branch'),
    targetRevision: text('target_revision'),
    /** The user name given for the target's fetch, shown back as Codiga did; never a password. */
    targetUsername: text('target_username'),
    sourceAnalysisId: ref('source_analysis_id')
      .notNull()
      .references(() => analyses.id, { onDelete: 'cascade' }),
    targetAnalysisId: ref('target_analysis_id')
      .notNull()
      .references(() => analyses.id, { onDelete: 'cascade' }),
    requestedByUserId: ref('requested_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [index('analysis_compares_project_idx').on(table.projectId)],
);

/**
 * The credential an analysis fetches its repository with over HTTPS (Codiga's `targetPassword`), sealed with the
 * server's key: written with the analysis, read by the worker that fetches, deleted as soon as that fetch ends.
 */
export const analysisFetchCredentials = pgTable('analysis_fetch_credentials', {
  analysisId: ref('analysis_id')
    .primaryKey()
    .references(() => analyses.id, { onDelete: 'cascade' }),
  /** JSON `{username, password}`, sealed (crypto/sealed-box.ts): never in clear in the store. */
  sealed: text('sealed').notNull(),
  createdAt: createdAt(),
});
