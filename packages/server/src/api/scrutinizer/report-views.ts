import { Type } from 'typebox';
import type { Repository } from '../../domain/projects/index.js';
import type { StoredReport } from '../../domain/reports/index.js';
import { repositoryHref } from './paths.js';
import { Link, RepositorySchema } from './schemas.js';
import { repositoryJson, scrutinizerDate } from './views.js';

const nullableNumber = (description: string) => Type.Union([Type.Number(), Type.Null()], { description });
const nullableString = (description: string) => Type.Union([Type.String(), Type.Null()], { description });

/** A report as a repository's list shows it. */
export const ReportListItemSchema = Type.Object({
  date: Type.String({ description: "The report's day (YYYY-MM-DD) in the repository's report time zone." }),
  created_at: Type.String(),
  start_date: Type.String(),
  end_date: Type.String({ description: "The window's last second." }),
  branch_reference: Type.String(),
  base_source_reference: nullableString('The latest analysed revision committed before the window; null if none.'),
  head_source_reference: nullableString('The latest analysed revision committed before its end; null if none.'),
  _links: Type.Object({ self: Link }),
});

const CommitSchema = Type.Object({
  author: Type.Object({ name: Type.String(), email: Type.String() }),
  title: Type.String(),
  ref: Type.String(),
});

const ContributorSchema = Type.Object({
  name: Type.String(),
  email: Type.String(),
  nbCommits: Type.Integer(),
  nbAdditions: Type.Integer(),
  nbDeletions: Type.Integer(),
});

/** A report in full, as its own endpoint, the on-demand endpoint and the organization's list show it. */
export const ReportSchema = Type.Object({
  ...ReportListItemSchema.properties,
  quality_score: nullableNumber('0–10 at the head analysis; null without one.'),
  quality_score_change: Type.Number({ description: 'Head minus base; 0 without both.' }),
  quality_distribution: Type.Object({ weights: Type.Record(Type.String(), Type.Number()) }),
  nb_alerts: nullableNumber('Open issues of severity critical at the head analysis.'),
  nb_alerts_change: Type.Number(),
  nb_issues: nullableNumber('Open issues at the head analysis.'),
  nb_issues_change: Type.Number(),
  test_coverage: Type.Optional(Type.Number({ description: '0–1; present once the head analysis has coverage.' })),
  test_coverage_change: Type.Number(),
  nb_commits: Type.Integer(),
  nb_additions: Type.Integer(),
  nb_deletions: Type.Integer(),
  largest_commits: Type.Array(CommitSchema),
  top_contributors: Type.Array(ContributorSchema),
  algorithm_changed: Type.Boolean({ description: "True when the engine's version differs between base and head." }),
  _links: Type.Object({ self: Link, repository: Link }),
  _embedded: Type.Object({ repository: RepositorySchema }),
});

/** The window's end as Scrutinizer writes it: its last second (the window itself ends just after). */
const lastSecond = (end: Date) => new Date(Math.ceil(end.getTime() / 1000) * 1000 - 1000);

export function reportListItemJson(repository: Repository) {
  const href = repositoryHref(repository);
  return (report: StoredReport) => ({
    date: report.date,
    created_at: scrutinizerDate(report.createdAt),
    start_date: scrutinizerDate(report.startDate),
    end_date: scrutinizerDate(lastSecond(report.endDate)),
    branch_reference: report.branch,
    base_source_reference: report.baseRevision,
    head_source_reference: report.headRevision,
    _links: { self: { href: `${href}/reports/${report.date}` } },
  });
}

export function reportJson(repository: Repository, report: StoredReport) {
  const figures = report.figures;
  const href = repositoryHref(repository);
  return {
    ...reportListItemJson(repository)(report),
    quality_score: figures.qualityScore,
    quality_score_change: figures.qualityScoreChange ?? 0,
    quality_distribution: { weights: { ...figures.weights } },
    nb_alerts: figures.nbAlerts,
    nb_alerts_change: figures.nbAlertsChange ?? 0,
    nb_issues: figures.nbIssues,
    nb_issues_change: figures.nbIssuesChange ?? 0,
    ...(figures.testCoverage === null ? {} : { test_coverage: figures.testCoverage }),
    test_coverage_change: figures.testCoverageChange ?? 0,
    nb_commits: figures.nbCommits,
    nb_additions: figures.nbAdditions,
    nb_deletions: figures.nbDeletions,
    largest_commits: figures.largestCommits,
    top_contributors: figures.topContributors,
    algorithm_changed: figures.algorithmChanged,
    _links: { self: { href: `${href}/reports/${report.date}` }, repository: { href } },
    _embedded: { repository: repositoryJson(repository, null) },
  };
}
