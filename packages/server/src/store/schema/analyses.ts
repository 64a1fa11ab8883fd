import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { bytea } from './bytea.js';
import { createdAt, id, oneOf, publicUuid, ref } from './columns.js';
import { projects } from './projects.js';
import { users } from './users.js';

/** Scrutinizer's inspection states, in the order an analysis goes through them. */
export const ANALYSIS_STATES = [
  'new',
  'preparing',
  'pending',
  'in_progress',
  'completed',
  'failed',
  'timed_out',
  'canceled',
] as const;
/** The states an analysis never leaves. */
export const FINAL_ANALYSIS_STATES = ['completed', 'failed', 'timed_out', 'canceled'] as const;

/** branch: a server-side checkout of a branch; pull_request: of a pull request; upload: sent by `plumb scan`. */
export const ANALYSIS_KINDS = ['branch', 'pull_request', 'upload'] as const;

/** deep: every file analyzed; smart: only the files changed since the branch's last analysis (docs/pipeline.md). */
export const SCAN_TYPES = ['deep', 'smart'] as const;

/** Scrutinizer's build statuses. */
export const BUILD_STATUSES = ['unknown', 'passed', 'failed', 'error', 'pending'] as const;

/**
 * One inspection of one revision of a project. The numeric `id` is Codiga's and CodeStax's analysis id, the
 * `uuid` Scrutinizer's inspection uuid.
 */
export const analyses = pgTable(
  'analyses',
  {
    id: id(),
    uuid: publicUuid(),
    projectId: ref('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ANALYSIS_KINDS }).notNull(),
    /** The branch analyzed; for a pull request, its head branch when known. */
    branch: text('branch'),
    pullRequest: integer('pull_request'),
    /** The branch a pull request targets: its new code is measured against that branch's latest analysis. */
    baseBranch: text('base_branch'),
    /** The commit analyzed (full sha); null until the worker has resolved the branch. */
    revision: text('revision'),
    /** The title given when the analysis was asked for, else the commit's subject. */
    title: text('title'),
    state: text('state', { enum: ANALYSIS_STATES }).notNull().default('new'),
    createdAt: createdAt(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /** The YAML given for this analysis only; null to use the project's configuration. */
    configOverride: text('config_override'),
    /** The configuration the analysis ran with (the override or the project's, as it was then). */
    configUsed: text('config_used'),
    engineVersion: text('engine_version'),
    /** Each bundled linter's version, e.g. {"oxlint": "1.2.0", "ruff": "0.12.0"}. */
    linterVersions: jsonb('linter_versions').$type<Record<string, string>>(),
    /** Why it failed, in words a user can act on; never a credential. */
    error: text('error'),
    requestedByUserId: ref('requested_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    /** How many times a worker took the analysis; a result is stored only by the attempt that holds it. */
    attempt: integer('attempt').notNull().default(0),
    /** Last sign of life of the worker running it. */
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
    buildStatus: text('build_status', { enum: BUILD_STATUSES }).notNull().default('unknown'),
    /** The build failure conditions that matched (Scrutinizer's `build.details.analysis.failures`). */
    buildFailures: jsonb('build_failures').$type<string[]>(),
    /** The analysis whose results this one was compared with (Scrutinizer's base index). */
    baseAnalysisId: ref('base_analysis_id'),
    /** Scrutinizer's index_diff, counted when the results are stored. */
    indexDiff: jsonb('index_diff').$type<IndexDiff>(),
    /** How CodeStax's trigger asked for it; null (every other way) analyzes every file, as `deep`. */
    scanType: text('scan_type', { enum: SCAN_TYPES }),
  },
  (table) => [
    check('analyses_state_check', oneOf('state', ANALYSIS_STATES)),
    check('analyses_kind_check', oneOf('kind', ANALYSIS_KINDS)),
    check('analyses_build_status_check', oneOf('build_status', BUILD_STATUSES)),
    check('analyses_scan_type_check', oneOf('scan_type', SCAN_TYPES)),
    index('analyses_project_created_idx').on(table.projectId, table.createdAt),
    index('analyses_project_branch_idx').on(table.projectId, table.branch, table.state, table.finishedAt),
    index('analyses_active_idx')
      .on(table.state)
      .where(sql`state in ('new', 'preparing', 'pending', 'in_progress')`),
  ],
);

/**
 * What an analysis's findings of one rule have in common: one index entry, `(analysis_id, kind, id)`, serves the
 * severity, category, language, rule and label filters, where one index each made storing findings twice as slow.
 */
export interface FindingKind {
  rule: string;
  tool: string;
  severity: string;
  category: string;
  language: string | null;
  labels: string[];
}

/** Scrutinizer's index_diff: issues and code elements (functions) compared with the base analysis. */
export interface IndexDiff {
  nb_new_issues: number;
  nb_common_issues: number;
  nb_fixed_issues: number;
  nb_added_code_elements: number;
  nb_common_code_elements: number;
  nb_changed_code_elements: number;
  nb_removed_code_elements: number;
}

/**
 * The results of one completed analysis: Scrutinizer's Index (numeric id), with the summary figures every surface
 * reads. `outdated` once a newer analysis of the same revision exists.
 */
export const indices = pgTable(
  'indices',
  {
    id: id(),
    analysisId: ref('analysis_id')
      .notNull()
      .unique()
      .references(() => analyses.id, { onDelete: 'cascade' }),
    projectId: ref('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    /** Null for an index outside any branch (a pull request). */
    branch: text('branch'),
    revision: text('revision').notNull(),
    outdated: boolean('outdated').notNull().default(false),
    createdAt: createdAt(),
    slocs: integer('slocs').notNull(),
    runningTimeSeconds: integer('running_time_seconds').notNull(),
    /** The engine's summary, debt, ratings, quality, stats, thresholds, errors and tree, as its JSON has them. */
    summary: jsonb('summary').notNull(),
    techdebt: jsonb('techdebt').notNull(),
    ratings: jsonb('ratings').notNull(),
    quality: jsonb('quality').notNull(),
    stats: jsonb('stats').notNull(),
    thresholds: jsonb('thresholds').notNull(),
    errors: jsonb('errors').notNull(),
    /** The engine's parse coverage (source files parsed and not); null for indices stored before it was kept. */
    parsing: jsonb('parsing'),
    tree: jsonb('tree').notNull(),
    nbIssues: integer('nb_issues').notNull(),
    nbIgnoredIssues: integer('nb_ignored_issues').notNull(),
    /** The kinds of its findings (`findings.kind` is a position in this list): what the filters on them match. */
    findingKinds: jsonb('finding_kinds')
      .$type<FindingKind[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
  },
  (table) => [index('indices_project_revision_idx').on(table.projectId, table.revision)],
);

export const ISSUE_STATUSES = ['open', 'fixed', 'reopened', 'false_positive', 'ignored'] as const;

/**
 * The life of one finding across the analyses of a branch (`scope`: the branch, or `pull/<n>`). It keeps the facts
 * (place, hash, message) of its finding when it came back or went away, so that a fixed issue that comes back is
 * matched and reopened; `last_analysis_id` is the analysis those facts are from. A new issue is written without them
 * (its finding holds them, and writing them twice took a third of storing a first analysis), and an issue that
 * continues is not written at all: its current place is its finding's in the scope's latest analysis.
 */
export const issues = pgTable(
  'issues',
  {
    id: id(),
    uuid: publicUuid(),
    // No foreign key: checked per row it cost a third of writing 100,000 issues; the delete trigger of projects
    // (migration 0004) takes a deleted project's issues with it.
    projectId: ref('project_id').notNull(),
    scope: text('scope').notNull(),
    // Its finding's facts once it came back or went away (null before: its finding in each analysis has them).
    rule: text('rule'),
    tool: text('tool'),
    filename: text('filename'),
    line: integer('line'),
    codeHash: text('code_hash'),
    description: text('description'),
    fingerprint: text('fingerprint'),
    status: text('status', { enum: ISSUE_STATUSES }).notNull().default('open'),
    // The analysis references below carry no foreign key: checked per row they cost about 40% of storing an
    // analysis (docs/benchmarks.md). storeResults writes them in the transaction that writes those analyses, and
    // an analysis is only ever deleted with its project, which takes the project's issues with it.
    firstAnalysisId: ref('first_analysis_id').notNull(),
    lastAnalysisId: ref('last_analysis_id').notNull(),
    /** The analysis in which it was last seen fixed. */
    fixedAnalysisId: ref('fixed_analysis_id'),
    /** Who marked it false positive or ignored, and why. */
    resolvedByUserId: ref('resolved_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    resolutionReason: text('resolution_reason'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [
    check('issues_status_check', oneOf('status', ISSUE_STATUSES)),
    // In id order, so each new issue is appended, not placed among the project's others.
    index('issues_project_idx').on(table.projectId, table.id),
    /** The tracker's gone issues (`goneIssues`): few, and none in a first analysis. */
    index('issues_gone_idx')
      .on(table.projectId, table.scope)
      .where(sql`fixed_analysis_id is not null`),
  ],
);

/**
 * Every finding of an analysis: Codiga's Violation, Scrutinizer's labels, Plumb's severity, hash and fingerprint; the
 * rule, tool, severity, category, language and labels through its kind.
 */
export const findings = pgTable(
  'findings',
  {
    id: id(),
    // No foreign key: checked per row it cost a sixth of writing 100,000 findings. The rows an analysis writes in
    // bulk (findings, functions, clones, files) go with it through the delete trigger of analyses (migration 0004).
    analysisId: ref('analysis_id').notNull(),
    /** The tracked issue (no foreign key, as the issues' analysis references: both go with the project). */
    issueId: ref('issue_id'),
    filename: text('filename').notNull(),
    line: integer('line').notNull(),
    lineEnd: integer('line_end').notNull(),
    column: integer('column').notNull(),
    description: text('description').notNull(),
    help: text('help'),
    remediationMinutes: doublePrecision('remediation_minutes').notNull(),
    codeHash: text('code_hash').notNull(),
    fingerprint: text('fingerprint').notNull(),
    /** Whether the finding was new against the base analysis (Scrutinizer's index_diff "new"). */
    isNew: boolean('is_new').notNull().default(false),
    /** Its issue's status, kept with the finding (resolveIssue updates both) so a status filter reads no join. */
    status: text('status', { enum: ISSUE_STATUSES }).notNull().default('open'),
    /**
     * Its kind: a position in its index's `finding_kinds`, which holds its rule, tool, severity (Plumb's scale: info,
     * low, moderate, high, critical), category, language and labels. Not repeated on each row: a fifth of storing.
     */
    kind: integer('kind').notNull().default(0),
  },
  (table) => [
    index('findings_analysis_idx').on(table.analysisId, table.id),
    index('findings_kind_idx').on(table.analysisId, table.kind, table.id),
    index('findings_path_idx').using('btree', table.analysisId, sql`filename text_pattern_ops`, table.id),
    /** New findings are few: the "new only" filter reads them without visiting the others. */
    index('findings_new_idx')
      .on(table.analysisId, table.id)
      .where(sql`is_new`),
    index('findings_issue_idx').on(table.issueId),
    index('findings_status_idx').on(table.analysisId, table.status, table.id),
  ],
);

/** A clone class of an analysis (Codiga's Duplicate); `ordinal` is its id within the analysis. */
export const duplicates = pgTable(
  'duplicates',
  {
    id: id(),
    // No foreign key, as findings'.
    analysisId: ref('analysis_id').notNull(),
    ordinal: integer('ordinal').notNull(),
    lineCount: integer('line_count').notNull(),
    tokenCount: integer('token_count').notNull(),
    kind: text('kind').notNull(),
    code: text('code').notNull(),
  },
  (table) => [uniqueIndex('duplicates_analysis_ordinal_unique').on(table.analysisId, table.ordinal)],
);

export const duplicateOccurrences = pgTable(
  'duplicate_occurrences',
  {
    id: id(),
    // No foreign key, as findings'.
    analysisId: ref('analysis_id').notNull(),
    duplicateOrdinal: integer('duplicate_ordinal').notNull(),
    filename: text('filename').notNull(),
    line: integer('line').notNull(),
    lineEnd: integer('line_end').notNull(),
  },
  (table) => [index('duplicate_occurrences_analysis_idx').on(table.analysisId, table.filename)],
);

/** Every function of an analysis with its metrics. */
export const functions = pgTable(
  'functions',
  {
    id: id(),
    // No foreign key, as findings'.
    analysisId: ref('analysis_id').notNull(),
    filename: text('filename').notNull(),
    name: text('name').notNull(),
    language: text('language').notNull(),
    lineStart: integer('line_start').notNull(),
    lineEnd: integer('line_end').notNull(),
    complexity: integer('complexity').notNull(),
    cognitiveComplexity: integer('cognitive_complexity').notNull(),
    length: integer('length').notNull(),
    parameters: integer('parameters').notNull(),
    nestingDepth: integer('nesting_depth').notNull(),
  },
  (table) => [
    index('functions_analysis_file_idx').on(table.analysisId, table.filename),
    index('functions_analysis_complexity_idx').on(table.analysisId, table.complexity),
  ],
);

/** Per-file size and language of an analysis. */
export const analysisFiles = pgTable(
  'analysis_files',
  {
    id: id(),
    // No foreign key, as findings'.
    analysisId: ref('analysis_id').notNull(),
    filename: text('filename').notNull(),
    language: text('language').notNull(),
    code: integer('code').notNull(),
    comment: integer('comment').notNull(),
    blank: integer('blank').notNull(),
    duplicatedLines: integer('duplicated_lines').notNull(),
  },
  (table) => [uniqueIndex('analysis_files_analysis_filename_unique').on(table.analysisId, table.filename)],
);

/** A file an analysis produced (its log, a report), served under Scrutinizer's artifacts; purged files keep a row. */
export const artifacts = pgTable(
  'artifacts',
  {
    id: id(),
    analysisId: ref('analysis_id')
      .notNull()
      .references(() => analyses.id, { onDelete: 'cascade' }),
    node: text('node').notNull(),
    name: text('name').notNull(),
    contentType: text('content_type').notNull(),
    /** Null once purged (Scrutinizer's `expired`). */
    content: bytea('content'),
    size: integer('size').notNull(),
    createdAt: createdAt(),
    expiredAt: timestamp('expired_at', { withTimezone: true }),
  },
  (table) => [uniqueIndex('artifacts_analysis_node_name_unique').on(table.analysisId, table.node, table.name)],
);

/** The gzip JSON result `plumb scan` uploaded, kept until the worker has stored it. */
export const analysisUploads = pgTable('analysis_uploads', {
  analysisId: ref('analysis_id')
    .primaryKey()
    .references(() => analyses.id, { onDelete: 'cascade' }),
  payload: bytea('payload').notNull(),
  createdAt: createdAt(),
});
