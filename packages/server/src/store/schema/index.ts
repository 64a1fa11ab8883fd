// The Drizzle schema, one concept a file; `import * as schema from './schema/index.js'` gives every table and
// vocabulary. The column helpers of ./columns.ts stay private to the schema.
export * from './organizations.js';
export * from './users.js';
export * from './memberships.js';
export * from './projects.js';
export * from './teams.js';
export * from './configs.js';
export * from './tokens.js';
export * from './analyses.js';
export * from './coverage.js';
export * from './gates.js';
export * from './sessions.js';
export * from './rate-limits.js';
export * from './webhooks.js';
export * from './ignores.js';
export * from './recipes.js';
export * from './reports.js';
export * from './compares.js';
export * from './licenses.js';
export * from './insight-counts.js';
export * from './file-analyses.js';
