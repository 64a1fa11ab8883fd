import { hasPolicy, isRefused, parseConfig, underPolicy, type LicenseAudit, type LicensePolicy } from '@plumb/engine';
import { eq, inArray } from 'drizzle-orm';
import { insertMapped, schema, type Executor } from '../../store/index.js';
import { organizationLicensePolicy } from './policy.js';

const { analysisLicenseAudits, analysisLicenses, projects } = schema;

/** Qodana's `licenseAudit` of an analysis: enabled once a policy held it, passed when it refused nothing. */
export interface LicenseVerdict {
  isEnabled: boolean;
  isPassed?: boolean;
}

/** The `licenses:` lists of a repository's `.plumb.yml`; none when it has none or it does not parse. */
function repositoryPolicy(repositoryConfig: string | undefined): LicensePolicy {
  if (repositoryConfig === undefined) return { allowed: [], denied: [] };
  try {
    return parseConfig(repositoryConfig, '.plumb.yml').licenses;
  } catch {
    // The engine refused it already when it ran on this checkout; an upload's result is not judged by it.
    return { allowed: [], denied: [] };
  }
}

/**
 * Stores an analysis's license audit with the verdict of the policy it was held to: the organization's, under the
 * lists its checkout's `.plumb.yml` gives (the one the engine applied). Run in the transaction storing its results.
 */
export async function writeLicenseAudit(
  db: Executor,
  analysisId: number,
  input: { projectId: number; audit: LicenseAudit | undefined; repositoryConfig?: string },
): Promise<void> {
  const [project] = await db
    .select({ organizationId: projects.organizationId })
    .from(projects)
    .where(eq(projects.id, input.projectId));
  // An upload from a `plumb scan` older than the audit carries none.
  const audit = input.audit ?? { project: [], dependencies: [] };
  const organizationId = project?.organizationId ?? null;
  const policy = underPolicy(
    organizationId === null ? undefined : await organizationLicensePolicy(db, organizationId),
    repositoryPolicy(input.repositoryConfig),
  );
  const held = hasPolicy(policy);
  const entries = [
    ...audit.project.map((entry) => ({ entry, isProject: true, denied: false })),
    ...audit.dependencies.map((entry) => ({ entry, isProject: false, denied: held && isRefused(entry, policy) })),
  ];
  await db.insert(analysisLicenseAudits).values({
    analysisId,
    policy: held ? policy : null,
    deniedCount: entries.filter((row) => row.denied).length,
  });
  await insertMapped(db, analysisLicenses, entries, ({ entry, isProject, denied }, position) => ({
    analysisId,
    position,
    isProject,
    name: entry.name,
    version: entry.version,
    source: entry.source,
    spdx: entry.spdx,
    declared: entry.declared,
    filename: entry.filename,
    line: entry.line,
    denied,
  }));
}

/** The verdicts of analyses by id; an analysis stored before the audit, or held to no policy, is not enabled. */
export async function licenseVerdicts(
  db: Executor,
  analysisIds: readonly number[],
): Promise<Map<number, LicenseVerdict>> {
  const verdicts = new Map<number, LicenseVerdict>();
  if (analysisIds.length === 0) return verdicts;
  const rows = await db
    .select()
    .from(analysisLicenseAudits)
    .where(inArray(analysisLicenseAudits.analysisId, [...new Set(analysisIds)]));
  for (const row of rows)
    if (row.policy !== null) verdicts.set(row.analysisId, { isEnabled: true, isPassed: row.deniedCount === 0 });
  return verdicts;
}
