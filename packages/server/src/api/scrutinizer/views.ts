import type { OrganizationAccess } from '../../domain/access/index.js';
import type { Analysis, Application, Index, Inspection, StoredFinding } from '../../domain/analyses/index.js';
import type { NamedConfig } from '../../domain/configs/index.js';
import type { Repository } from '../../domain/projects/index.js';
import { reportSettingsOf } from '../../domain/reports/index.js';
import type { Team } from '../../domain/teams/index.js';
import { repositoryHref } from './paths.js';
import type { RepositoryJson } from './schemas.js';

/**
 * Scrutinizer's timestamps: ISO 8601 in UTC without fractions, offset written `+0000`
 * (e.g. 2015-01-27T09:27:16+0000).
 */
export function scrutinizerDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, '+0000');
}

export const organizationPath = (access: OrganizationAccess): string =>
  `/api/organizations/${encodeURIComponent(access.organization.slug)}`;

export const teamPath = (access: OrganizationAccess, team: Team): string =>
  `${organizationPath(access)}/teams/${team.uuid}`;

function namingFields(repository: Repository): Partial<RepositoryJson> {
  switch (repository.provider) {
    case 'g':
      return { login: repository.owner, name: repository.name };
    case 'b':
      return { username: repository.owner, repo_slug: repository.name };
    case 'gl':
      return { instance_slug: repository.instance, namespace: repository.owner, name: repository.name };
    case 'gp':
      return { name: repository.name };
  }
}

/**
 * A repository; `applications` (each branch's latest index and build) is `{}` until it has been analyzed, and left
 * out (`null`) where the repository is embedded in an inspection, as the seed shows it.
 */
export function repositoryJson(
  repository: Repository,
  applications: readonly Application[] | null = [],
): RepositoryJson {
  return {
    type: repository.provider,
    created_at: scrutinizerDate(repository.createdAt),
    private: repository.private,
    default_branch: repository.defaultBranch,
    ...(applications === null ? {} : { applications: applicationsJson(repository, applications) }),
    development_report_settings: reportSettingsOf(repository),
    branch_settings: { tracked_branches: [...repository.trackedBranches] },
    ...namingFields(repository),
    _links: { self: { href: repositoryHref(repository) } },
    ...(repository.organization ? { _embedded: { organization: repository.organization } } : {}),
  };
}

/** `basePath` is the list's path (`/api/organizations/{slug}/configs` or `/api/user/configs`). */
export function configJson(basePath: string) {
  return (config: NamedConfig) => ({
    created_at: scrutinizerDate(config.createdAt),
    // Configurations are not edited in place yet, so they were last modified when created.
    modified_at: scrutinizerDate(config.createdAt),
    name: config.name,
    uuid: config.uuid,
    _links: { self: { href: `${basePath}/${config.uuid}` } },
  });
}

export function configDetailsJson(basePath: string, config: NamedConfig) {
  return { ...configJson(basePath)(config), config: config.yaml };
}

function applicationsJson(repository: Repository, applications: readonly Application[]) {
  const href = repositoryHref(repository);
  return Object.fromEntries(
    applications.map((application) => [
      application.branch,
      { index: indexJson(href, application.index), build: buildJson(application.analysis) },
    ]),
  );
}

const optionalDate = (key: string, date: Date | null) => (date === null ? {} : { [key]: scrutinizerDate(date) });

/** The engine's Scrutinizer quality as the index stores it (packages/engine/src/debt/quality.ts). */
interface StoredQuality {
  score?: number;
  nbOperations?: Record<string, number>;
  weightShares?: Record<string, number>;
}

const RATINGS = ['very_good', 'good', 'satisfactory', 'pass', 'critical'] as const;

/**
 * An index's `metric_values`. Plumb rates functions (Scrutinizer's operations), not classes: the class counts are 0.
 * `scrutinizer.test_coverage`, the analysis's line coverage from 0 to 1, appears once coverage is stored.
 */
function metricValues(index: Index): Record<string, number> {
  const quality = (index.quality ?? {}) as StoredQuality;
  const values: Record<string, number> = { 'scrutinizer.quality': quality.score ?? 0 };
  for (const rating of RATINGS) values[`scrutinizer.nb_operations.${rating}`] = quality.nbOperations?.[rating] ?? 0;
  for (const rating of RATINGS) values[`scrutinizer.weight.${rating}`] = quality.weightShares?.[rating] ?? 0;
  values['scrutinizer.nb_classes'] = 0;
  for (const rating of RATINGS) values[`scrutinizer.nb_classes.${rating}`] = 0;
  values['scrutinizer.nb_issues'] = index.nbIssues;
  values['scrutinizer.nb_ignored_issues'] = index.nbIgnoredIssues;
  if (index.testCoverage !== null) values['scrutinizer.test_coverage'] = index.testCoverage;
  return values;
}

/** An Index under the repository at `repositoryPath` (its `/api/repositories/...` href). */
export function indexJson(repositoryPath: string, index: Index) {
  return {
    source_reference: index.revision,
    id: index.id,
    ...(index.branch === null ? {} : { branch_reference: index.branch }),
    created_at: scrutinizerDate(index.createdAt),
    outdated: index.outdated,
    _links: { issues: { href: `${repositoryPath}/indices/${index.id}/issues` } },
    _embedded: {
      project: { type: 'system' as const, identifier: '' as const, metric_values: metricValues(index) },
    },
  };
}

/** Plumb runs no tests: the build is the analysis's verdict on the build failure conditions. */
export function buildJson(analysis: Analysis) {
  return {
    status: analysis.buildStatus,
    details: { analysis: { failures: [...(analysis.buildFailures ?? [])], status: analysis.buildStatus } },
  };
}

export const inspectionPath = (repositoryPath: string, analysis: Analysis): string =>
  `${repositoryPath}/inspections/${analysis.uuid}`;

/** An inspection as the repository's list shows it. */
export function inspectionListItemJson(repositoryPath: string) {
  return (analysis: Analysis) => ({
    uuid: analysis.uuid,
    state: analysis.state,
    created_at: scrutinizerDate(analysis.createdAt),
    ...optionalDate('started_at', analysis.startedAt),
    ...optionalDate('finished_at', analysis.finishedAt),
    _links: { self: { href: inspectionPath(repositoryPath, analysis) } },
  });
}

/** An inspection's details: its build, metadata, repository, and its indices and diff once they exist. */
export function inspectionJson(repository: Repository, inspection: Inspection) {
  const repositoryPath = repositoryHref(repository);
  const { analysis, headIndex, baseIndex } = inspection;
  return {
    ...inspectionListItemJson(repositoryPath)(analysis),
    build: buildJson(analysis),
    metadata: {
      ...(analysis.title === null ? {} : { title: analysis.title }),
      ...(analysis.revision === null ? {} : { source_reference: analysis.revision }),
      ...(analysis.branch === null ? {} : { branch: analysis.branch }),
    },
    _links: { self: { href: inspectionPath(repositoryPath, analysis) }, repository: { href: repositoryPath } },
    _embedded: {
      repository: repositoryJson(repository, null),
      ...(headIndex ? { head_index: indexJson(repositoryPath, headIndex) } : {}),
      ...(baseIndex ? { base_index: indexJson(repositoryPath, baseIndex) } : {}),
      ...(analysis.indexDiff ? { index_diff: analysis.indexDiff } : {}),
    },
  };
}

/** Plumb's severity scale in Scrutinizer's words: high is major, moderate and low are both minor. */
const SEVERITY_WORD: Record<string, 'critical' | 'major' | 'minor' | 'informational'> = {
  critical: 'critical',
  high: 'major',
  moderate: 'minor',
  low: 'minor',
  info: 'informational',
};

/** One finding of an index, as Scrutinizer lists an index's issues. */
export function issueJson(finding: StoredFinding) {
  return {
    path: finding.filename,
    line: finding.line,
    message_id: `${finding.tool}/${finding.rule}`,
    message: finding.description,
    message_parameters: [] as string[],
    severity: SEVERITY_WORD[finding.severity] ?? ('unknown' as const),
    labels: [...finding.labels],
    issue_identifier: (finding.issueUuid ?? finding.fingerprint).replaceAll('-', ''),
  };
}
