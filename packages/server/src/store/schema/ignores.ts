import { index, pgTable, primaryKey, text, unique } from 'drizzle-orm/pg-core';
import { createdAt, id, ref } from './columns.js';
import { projects } from './projects.js';
import { users } from './users.js';

/**
 * A rule a project no longer wants reported (Codiga's ViolationIgnore): for the whole project, or only for one file,
 * a path prefix or one language. Later analyses store its findings as ignored.
 */
export const violationIgnores = pgTable(
  'violation_ignores',
  {
    id: id(),
    projectId: ref('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    rule: text('rule').notNull(),
    tool: text('tool').notNull(),
    /** Codiga's LanguageEnumeration value; null for every language. */
    language: text('language'),
    filename: text('filename'),
    prefix: text('prefix'),
    description: text('description'),
    createdByUserId: ref('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [
    // One ignore per rule and place: adding it again answers the one that exists.
    unique('violation_ignores_identity_unique')
      .on(table.projectId, table.rule, table.tool, table.language, table.filename, table.prefix)
      .nullsNotDistinct(),
  ],
);

/** The issues an ignore made ignored, so that removing it opens those again (and only those). */
export const ignoredIssues = pgTable(
  'ignored_issues',
  {
    ignoreId: ref('ignore_id')
      .notNull()
      .references(() => violationIgnores.id, { onDelete: 'cascade' }),
    // No foreign key, as findings' issue: issues go with their project, which takes its ignores with it.
    issueId: ref('issue_id').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.ignoreId, table.issueId] }),
    index('ignored_issues_issue_idx').on(table.issueId),
  ],
);
