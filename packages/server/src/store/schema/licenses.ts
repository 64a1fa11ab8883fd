import { boolean, check, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { analyses } from './analyses.js';
import { oneOf, ref } from './columns.js';
import { organizations } from './organizations.js';

/** Where a license was declared (the engine's `LicenseSource`). */
export const LICENSE_SOURCES = ['npm', 'pypi', 'cargo', 'go', 'maven', 'license-file'] as const;

/** SPDX license ids allowed and denied (the engine's `LicensePolicy`). */
export interface StoredLicensePolicy {
  allowed: string[];
  denied: string[];
}

/** An organization's license policy, under each repository's `.plumb.yml` `licenses:`; no row means none. */
export const organizationLicensePolicies = pgTable('organization_license_policies', {
  organizationId: ref('organization_id')
    .primaryKey()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  allowed: text('allowed').array().notNull(),
  denied: text('denied').array().notNull(),
});

/**
 * The verdict of an analysis's license audit: the policy it was held to (null: none, so Qodana's `licenseAudit` is
 * not enabled) and how many dependencies that policy refuses. An analysis stored before the audit has no row.
 */
export const analysisLicenseAudits = pgTable('analysis_license_audits', {
  analysisId: ref('analysis_id')
    .primaryKey()
    .references(() => analyses.id, { onDelete: 'cascade' }),
  policy: jsonb('policy').$type<StoredLicensePolicy>(),
  deniedCount: integer('denied_count').notNull(),
});

/** One license an analysis's checkout declares: the project's own, or a dependency's, in the engine's order. */
export const analysisLicenses = pgTable(
  'analysis_licenses',
  {
    analysisId: ref('analysis_id')
      .notNull()
      .references(() => analyses.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    isProject: boolean('is_project').notNull(),
    name: text('name').notNull(),
    version: text('version'),
    source: text('source', { enum: LICENSE_SOURCES }).notNull(),
    spdx: text('spdx'),
    declared: text('declared').notNull(),
    filename: text('filename').notNull(),
    line: integer('line').notNull(),
    /** The policy the analysis was held to refuses it. */
    denied: boolean('denied').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.analysisId, table.position] }),
    check('analysis_licenses_source_check', oneOf('source', LICENSE_SOURCES)),
  ],
);
