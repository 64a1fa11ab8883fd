import { and, eq } from 'drizzle-orm';
import { schema, type Executor, type GateMeasures, type GateViolation } from '../../store/index.js';
import { authorize, type OrganizationAccess } from '../access/index.js';
import { findOrganizationAnalysis, type Analysis } from '../analyses/index.js';
import { Conflict, NotFound } from '../errors.js';
import { organizationGateConfig, type GateConfig } from './config.js';
import { evaluatePolicy, type GateStatus, type GateVerdict } from './evaluate.js';
import { findingCounts, NO_FINDINGS } from './measures.js';
import { tightenedPolicy } from './repository-policy.js';
import { waiversInForce } from './waivers.js';

const { analyses, gateResults, projects } = schema;

export type GateResult = typeof gateResults.$inferSelect;

/** The gate's stored verdict on an analysis; `status` null while it runs, `result` absent until it completed. */
export interface AnalysisGate {
  analysis: Pick<Analysis, 'id' | 'state' | 'branch' | 'pullRequest'>;
  defaultBranch: string;
  status: GateStatus | null;
  violations: GateViolation[];
  result?: GateResult;
}

/** What failed an analysis that ended without results: the gate could not hold it to anything. */
const endedWithoutResults = (state: string): GateViolation => ({
  rule: 'scan_completed',
  threshold: 'completed',
  actual: state,
  severity: 'critical',
});

/**
 * How long a node reuses a verdict it read: a verdict is written once, when its analysis ends, and re-stored only by a
 * coverage upload (new coverage measured again); this node forgets it at once, others within this time.
 */
export const VERDICT_CACHE_MS = 2000;
const MAX_CACHED_VERDICTS = 10_000;
interface CachedVerdict {
  organizationId: number;
  gate: Promise<AnalysisGate>;
  until: number;
}
const cachedVerdicts = new WeakMap<Executor, Map<number, CachedVerdict>>();

function verdictCache(db: Executor) {
  let cache = cachedVerdicts.get(db);
  if (!cache) cachedVerdicts.set(db, (cache = new Map()));
  return cache;
}

/** Forgets this node's copy of an analysis's verdict, once it was re-stored. */
export function forgetGateVerdict(db: Executor, analysisId: number): void {
  cachedVerdicts.get(db)?.delete(analysisId);
}

/**
 * The verdict stored when the organization's analysis completed (any member reads it), in one query, kept a moment
 * once final (`VERDICT_CACHE_MS`; polls that miss together share the query): CI polls it. Running: status null.
 * Ended without results (failed, timed out, canceled): failed. Completed before the gate existed: not_configured.
 * Another organization's analysis is NotFound.
 */
export async function analysisGate(db: Executor, access: OrganizationAccess, scanId: number): Promise<AnalysisGate> {
  authorize(access, 'viewOrganization');
  const cache = verdictCache(db);
  const organizationId = access.organization.id;
  const cached = cache.get(scanId);
  if (cached && cached.until > Date.now() && cached.organizationId === organizationId) return cached.gate;
  if (cache.size >= MAX_CACHED_VERDICTS) cache.clear();
  const entry = { organizationId, gate: readAnalysisGate(db, access, scanId), until: Date.now() + VERDICT_CACHE_MS };
  cache.set(scanId, entry);
  // A verdict still to come (status null) or a refusal is read again by the next request.
  const forget = () => {
    if (cache.get(scanId) === entry) cache.delete(scanId);
  };
  entry.gate.then((gate) => (gate.status === null ? forget() : undefined), forget);
  return entry.gate;
}

async function readAnalysisGate(db: Executor, access: OrganizationAccess, scanId: number): Promise<AnalysisGate> {
  const [row] = Number.isSafeInteger(scanId)
    ? await db
        .select({
          id: analyses.id,
          state: analyses.state,
          branch: analyses.branch,
          pullRequest: analyses.pullRequest,
          defaultBranch: projects.defaultBranch,
          result: gateResults,
        })
        .from(analyses)
        .innerJoin(projects, eq(projects.id, analyses.projectId))
        .leftJoin(gateResults, eq(gateResults.analysisId, analyses.id))
        .where(and(eq(analyses.id, scanId), eq(projects.organizationId, access.organization.id)))
    : [];
  if (!row) throw new NotFound('analysis');
  const { result, defaultBranch, ...analysis } = row;
  const gate = { analysis, defaultBranch };
  if (result) return { ...gate, status: result.status, violations: result.violations, result };
  if (analysis.state === 'completed') return { ...gate, status: 'not_configured', violations: [] };
  if (['failed', 'timed_out', 'canceled'].includes(analysis.state))
    return { ...gate, status: 'failed', violations: [endedWithoutResults(analysis.state)] };
  return { ...gate, status: null, violations: [] };
}

/** A preview of the gate on a completed analysis, against the policy and waivers of now. */
export interface GatePreview extends GateVerdict {
  config: GateConfig;
  measures: GateMeasures;
}

/**
 * Evaluates a completed analysis again against the organization's current policy, the repository's `.plumb.yml`,
 * the waivers in force now and the false positives marked since, without writing anything (any member).
 */
export async function previewGate(db: Executor, access: OrganizationAccess, scanId: number): Promise<GatePreview> {
  const gate = await analysisGate(db, access, scanId);
  const { analysis, index } = await findOrganizationAnalysis(db, access, scanId);
  const config = await organizationGateConfig(db, access.organization.id);
  if (analysis.state !== 'completed' || !index)
    throw new Conflict(`the analysis has no results: it is ${analysis.state.replace('_', ' ')}`);
  if (!gate.result) return { status: 'not_configured', violations: [], waivedViolations: [], config, measures: NONE };
  const stored = gate.result.measures;
  const severityOf = (kind: number) => index.findingKinds[kind]?.severity;
  const reference = stored.referenceAnalysisId;
  const counts = await findingCounts(db, analysis.id, gate.result.isBaselineScan ? analysis.id : reference, severityOf);
  const measures: GateMeasures = { ...stored, allBySeverity: counts.all, newBySeverity: counts.fresh };
  const waivers = await waiversInForce(
    db,
    { organizationId: access.organization.id, projectId: analysis.projectId, pullRequest: analysis.pullRequest },
    new Date(),
  );
  const policy = gate.result.policyOverrides.reduce(tightenedPolicy, config.policy);
  return { ...evaluatePolicy({ ...config, policy }, measures, waivers), config: { ...config, policy }, measures };
}

/** The measures of an analysis completed before the gate existed: none was taken. */
const NONE: GateMeasures = {
  newBySeverity: NO_FINDINGS,
  allBySeverity: NO_FINDINGS,
  duplicationPct: 0,
  complexityNewMax: 0,
  rating: 'A',
  newCoveragePct: null,
  referenceAnalysisId: null,
};

/** The verdict stored for an analysis the caller already holds (the scanner's own upload); none until it completed. */
export async function storedGateVerdict(
  db: Executor,
  analysisId: number,
): Promise<Pick<GateResult, 'status' | 'violations'> | undefined> {
  const [row] = await db
    .select({ status: gateResults.status, violations: gateResults.violations })
    .from(gateResults)
    .where(eq(gateResults.analysisId, analysisId));
  return row;
}
