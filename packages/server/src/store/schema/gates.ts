import { boolean, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { analyses } from './analyses.js';
import { bytea } from './bytea.js';
import { createdAt, id, oneOf, ref } from './columns.js';
import { organizations } from './organizations.js';
import { projects } from './projects.js';
import { users } from './users.js';

/** An organization's quality-gate policy (CodeStax's gate configuration); no row means the defaults. */
export const gatePolicies = pgTable('gate_policies', {
  organizationId: ref('organization_id')
    .primaryKey()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  enabled: boolean('enabled').notNull(),
  blockMergeOnFail: boolean('block_merge_on_fail').notNull(),
  appliesToNewCodeOnly: boolean('applies_to_new_code_only').notNull(),
  /** Every policy key, filled from the defaults when it was saved. */
  policy: jsonb('policy').$type<Record<string, number | string>>().notNull(),
  /** 1 on the first save, raised by every save that changes something. */
  version: integer('version').notNull(),
  updatedByUserId: ref('updated_by_user_id').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A repository's baseline: the default-branch analysis whose findings' fingerprints are its old code. One row per
 * project; rebuilding the baseline deletes it and the next default-branch analysis writes a new one.
 */
export const gateBaselines = pgTable('gate_baselines', {
  projectId: ref('project_id')
    .primaryKey()
    .references(() => projects.id, { onDelete: 'cascade' }),
  analysisId: ref('analysis_id')
    .notNull()
    .references(() => analyses.id, { onDelete: 'cascade' }),
  branch: text('branch').notNull(),
  /** How many fingerprints the baseline holds: its analysis's findings, counted when it was established. */
  fingerprints: integer('fingerprints').notNull(),
  createdAt: createdAt(),
});

/**
 * The lines an analysis added or changed against its gate reference's revision (git diff from their merge base), one
 * row per file: `line_numbers` ascending little-endian uint32. What new coverage is measured on, when coverage comes.
 */
export const gateNewLines = pgTable(
  'gate_new_lines',
  {
    analysisId: ref('analysis_id')
      .notNull()
      .references(() => analyses.id, { onDelete: 'cascade' }),
    filename: text('filename').notNull(),
    lineNumbers: bytea('line_numbers').notNull(),
  },
  (table) => [primaryKey({ columns: [table.analysisId, table.filename] })],
);

export const GATE_STATUSES = ['passed', 'failed', 'not_configured'] as const;

/** What an analysis was measured at, for the gate: new findings by CodeStax severity, duplication, complexity. */
export interface GateMeasures {
  newBySeverity: Record<'critical' | 'high' | 'medium' | 'low', number>;
  /** Open findings by severity, whether new or not: what a policy that is not on new code only counts. */
  allBySeverity: Record<'critical' | 'high' | 'medium' | 'low', number>;
  duplicationPct: number;
  /** The highest cyclomatic complexity of a function the analysis added (0 with none). */
  complexityNewMax: number;
  /** The worst of maintainability, reliability, security and duplication ratings. */
  rating: string;
  /** Coverage of new lines, percent; null without coverage, or without an executable new line. */
  newCoveragePct: number | null;
  /** Lines the analysis added or changed against its reference (`gate_new_lines`); null or absent: not known. */
  newLines?: number | null;
  /** The analysis whose fingerprints are old code (the baseline, or a pull request's base); null: all is new. */
  referenceAnalysisId: number | null;
}

/** One condition of the policy that the analysis broke (CodeStax's violation). */
export interface GateViolation {
  rule: string;
  threshold: number | string;
  actual: number | string;
  severity: 'critical' | 'high' | 'medium' | 'low';
  /** The waiver that excused it, when one did. */
  waiverId?: number;
}

/** The gate's verdict on one analysis, written when its results are stored. */
export const gateResults = pgTable(
  'gate_results',
  {
    analysisId: ref('analysis_id')
      .primaryKey()
      .references(() => analyses.id, { onDelete: 'cascade' }),
    status: text('status', { enum: GATE_STATUSES }).notNull(),
    violations: jsonb('violations').$type<GateViolation[]>().notNull(),
    waivedViolations: jsonb('waived_violations').$type<GateViolation[]>().notNull(),
    measures: jsonb('measures').$type<GateMeasures>().notNull(),
    defaultBranch: text('default_branch').notNull(),
    scannedBranch: text('scanned_branch'),
    isBaselineScan: boolean('is_baseline_scan').notNull(),
    /** The `gate:` sections (project configuration, checkout's `.plumb.yml`) that tightened the policy. */
    policyOverrides: jsonb('policy_overrides').$type<Record<string, unknown>[]>().notNull(),
    /** The organization's policy version it was evaluated against (0: the defaults). */
    policyVersion: integer('policy_version').notNull(),
    evaluatedAt: createdAt(),
  },
  () => [check('gate_results_status_check', oneOf('status', GATE_STATUSES))],
);

/**
 * An exception to one rule of the gate: for a pull request of a repository, a repository, or the whole organization
 * (the most specific one that applies is used). Revoking keeps the row.
 */
export const gateWaivers = pgTable(
  'gate_waivers',
  {
    id: id(),
    organizationId: ref('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    projectId: ref('project_id').references(() => projects.id, { onDelete: 'cascade' }),
    pullRequest: integer('pull_request'),
    rule: text('rule').notNull(),
    reason: text('reason').notNull(),
    createdByUserId: ref('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [index('gate_waivers_organization_idx').on(table.organizationId, table.id)],
);
