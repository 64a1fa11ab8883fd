import { eq } from 'drizzle-orm';
import { inTransaction, schema, type Executor } from '../../store/index.js';
import type { Principal } from '../access/index.js';
import { writeCoverage } from '../coverage/index.js';
import { Conflict, Forbidden, NotFound } from '../errors.js';
import type { Project } from '../projects/index.js';
import { findAnalysis, insertAnalysis, type Analysis } from './analyses.js';
import type { AnalysisQueue } from './queue.js';
import { storeResults, type ResultContext } from './results.js';
import { readUploadedCoverage } from './upload-coverage.js';
import { DEFAULT_UPLOAD_LIMITS, readUpload, type UploadLimits } from './upload-result.js';

const { analysisUploads, projects } = schema;

/** The project a project token stands for: uploads and their analyses are always the token's project's. */
export async function uploadProject(db: Executor, principal: Principal): Promise<Project> {
  if (principal.tokenKind !== 'project' || !principal.project)
    throw new Forbidden('uploading an analysis needs a project token');
  const [project] = await db.select().from(projects).where(eq(projects.id, principal.project.id));
  if (!project) throw new NotFound('project');
  return project;
}

/**
 * Accepts a result `plumb scan` uploaded (gzip JSON `{metadata, result, coverage?, newLines?}`): inflates it under
 * the limit, checks it whole and parses its coverage reports, then records the analysis (kind `upload`, `pending`),
 * its coverage and the gzip bytes kept for the worker, all in one transaction, and queues it. Nothing is stored when
 * the upload is refused.
 */
export async function acceptUpload(
  db: Executor,
  queue: AnalysisQueue,
  principal: Principal,
  gzipPayload: Uint8Array,
  limits: UploadLimits = DEFAULT_UPLOAD_LIMITS,
): Promise<{ analysis: Analysis; project: Project }> {
  const project = await uploadProject(db, principal);
  const { metadata, result, coverage: reports } = await readUpload(gzipPayload, limits);
  // Parsed before the transaction, and mapped onto the result's files: a refused report stores nothing.
  const coverage = reports.length === 0 ? undefined : await readUploadedCoverage(reports, result.files);
  const analysis = await inTransaction(db, async (tx) => {
    const inserted = await insertAnalysis(tx, project, {
      kind: 'upload',
      state: 'pending',
      branch: metadata.branch,
      revision: metadata.revision,
      pullRequest: metadata.pullRequest,
      baseBranch: metadata.baseBranch,
      title: metadata.title,
    });
    await tx.insert(analysisUploads).values({ analysisId: inserted.id, payload: Buffer.from(gzipPayload) });
    if (coverage) await writeCoverage(tx, inserted.id, coverage, null);
    return inserted;
  });
  // Should queuing fail, the analysis waits `pending` with no heartbeat: a worker's sweep queues it again.
  await queue.enqueue(analysis.id);
  return { analysis, project };
}

/** An analysis of the token's project, by uuid, with the project; another project's is NotFound. */
export async function findUploadAnalysis(
  db: Executor,
  principal: Principal,
  uuid: string,
): Promise<{ analysis: Analysis; project: Project }> {
  const project = await uploadProject(db, principal);
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(uuid)) throw new NotFound('analysis');
  const analysis = await findAnalysis(db, project, uuid.toLowerCase()).catch((error: unknown) => {
    throw error instanceof NotFound ? new NotFound('analysis') : error;
  });
  return { analysis, project };
}

/**
 * What the worker does with an uploaded analysis it holds (claimed, by `context.attempt`): reads the kept gzip,
 * checks it again, stores the result with issue tracking and the new lines it carries, and drops the kept bytes, all
 * in one transaction. Throws NotFound when no upload is kept for the analysis (already stored, or never uploaded),
 * Conflict when another attempt stored it meanwhile.
 */
export async function processUpload(
  db: Executor,
  analysisId: number,
  context: ResultContext,
  limits: UploadLimits = DEFAULT_UPLOAD_LIMITS,
): Promise<Analysis> {
  const [upload] = await db.select().from(analysisUploads).where(eq(analysisUploads.analysisId, analysisId));
  if (!upload) throw new NotFound(`the uploaded result of analysis ${analysisId}`);
  // Inflated and parsed outside the transaction: on PGlite a transaction holds the whole store.
  const { result, newLines } = await readUpload(upload.payload, { ...limits, maxUploadBytes: Number.MAX_SAFE_INTEGER });
  return inTransaction(db, async (tx) => {
    // The new lines count only if measured against the reference the gate holds it to now (recordGate checks).
    const stored = await storeResults(tx, analysisId, result, { ...context, ...(newLines && { newLines }) });
    const dropped = await tx
      .delete(analysisUploads)
      .where(eq(analysisUploads.analysisId, analysisId))
      .returning({ analysisId: analysisUploads.analysisId });
    if (dropped.length === 0) throw new Conflict(`the upload of analysis ${analysisId} was stored by another attempt`);
    return stored;
  });
}
