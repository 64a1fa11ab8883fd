import { index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id, ref } from './columns.js';
import { projects } from './projects.js';

/** A commit as a report lists it (Scrutinizer's `largest_commits`). */
export interface ReportCommit {
  author: { name: string; email: string };
  title: string;
  ref: string;
}

/** One author's share of a report's window (Scrutinizer's `top_contributors`). */
export interface ReportContributor {
  name: string;
  email: string;
  nbCommits: number;
  nbAdditions: number;
  nbDeletions: number;
}

/** What a report found over its window; a change is null when the window has no base analysis to compare with. */
export interface ReportFigures {
  qualityScore: number | null;
  qualityScoreChange: number | null;
  weights: Record<string, number> | null;
  nbIssues: number | null;
  nbIssuesChange: number | null;
  nbAlerts: number | null;
  nbAlertsChange: number | null;
  testCoverage: number | null;
  testCoverageChange: number | null;
  nbCommits: number;
  nbAdditions: number;
  nbDeletions: number;
  largestCommits: ReportCommit[];
  topContributors: ReportContributor[];
  algorithmChanged: boolean;
}

/** A development report of one repository's tracked branch over one window; one per repository and date. */
export const reports = pgTable(
  'reports',
  {
    id: id(),
    projectId: ref('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    /** The report's day (YYYY-MM-DD) in the repository's report time zone: its name in the API. */
    date: text('date').notNull(),
    createdAt: createdAt(),
    startDate: timestamp('start_date', { withTimezone: true }).notNull(),
    /** Exclusive: the window is [start_date, end_date). */
    endDate: timestamp('end_date', { withTimezone: true }).notNull(),
    branch: text('branch').notNull(),
    baseRevision: text('base_revision'),
    headRevision: text('head_revision'),
    figures: jsonb('figures').$type<ReportFigures>().notNull(),
  },
  (table) => [
    uniqueIndex('reports_project_date_unique').on(table.projectId, table.date),
    index('reports_project_created_idx').on(table.projectId, table.createdAt),
  ],
);
