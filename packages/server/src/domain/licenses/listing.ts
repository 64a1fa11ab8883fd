import type { DeclaredLicense, LicensePolicy } from '@plumb/engine';
import { asc, eq } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import type { PersonalAccess } from '../access/index.js';
import { findAnalysis, type Analysis } from '../analyses/index.js';
import { NotFound } from '../errors.js';
import { isUuid } from '../validate.js';
import { findReadableRepository, type Repository, type RepositoryIdentity } from '../projects/index.js';

const { analysisLicenseAudits, analysisLicenses } = schema;

/** A stored license declaration, with whether the analysis's policy refused it. */
export interface StoredLicense extends DeclaredLicense {
  denied: boolean;
}

/** An analysis's license audit as stored: `audited` false for an analysis not (yet) stored with one. */
export interface AnalysisLicenses {
  audited: boolean;
  /** The policy it was held to: the organization's under its `.plumb.yml` lists; null when none. */
  policy: LicensePolicy | null;
  deniedCount: number;
  project: StoredLicense[];
  dependencies: StoredLicense[];
}

/** The license audit stored with an analysis, in the engine's order. */
export async function licensesOfAnalysis(db: Executor, analysisId: number): Promise<AnalysisLicenses> {
  const [audit] = await db.select().from(analysisLicenseAudits).where(eq(analysisLicenseAudits.analysisId, analysisId));
  const rows = await db
    .select()
    .from(analysisLicenses)
    .where(eq(analysisLicenses.analysisId, analysisId))
    .orderBy(asc(analysisLicenses.position));
  const entries = rows.map(({ analysisId: _analysis, position: _position, isProject, ...entry }) => ({
    isProject,
    entry,
  }));
  return {
    audited: audit !== undefined,
    policy: audit?.policy ?? null,
    deniedCount: audit?.deniedCount ?? 0,
    project: entries.filter((row) => row.isProject).map((row) => row.entry),
    dependencies: entries.filter((row) => !row.isProject).map((row) => row.entry),
  };
}

/** The license audit of a repository's inspection, for a caller who may read the repository (else NotFound). */
export async function findInspectionLicenses(
  db: Executor,
  access: PersonalAccess,
  identity: RepositoryIdentity,
  uuid: string,
): Promise<{ repository: Repository; analysis: Analysis; licenses: AnalysisLicenses }> {
  const repository = await findReadableRepository(db, access, identity);
  if (!isUuid(uuid)) throw new NotFound('inspection');
  const analysis = await findAnalysis(db, repository, uuid.toLowerCase());
  return { repository, analysis, licenses: await licensesOfAnalysis(db, analysis.id) };
}
