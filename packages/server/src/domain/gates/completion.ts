import type { AnalysisResultSummary, ProjectRatings } from '@plumb/engine';
import { eq } from 'drizzle-orm';
import { schema, type Executor, type FindingKind, type GateMeasures } from '../../store/index.js';
import { baselineOf, establishBaseline } from './baseline.js';
import { organizationGateConfig } from './config.js';
import { evaluatePolicy, type GateVerdict } from './evaluate.js';
import { findingCounts } from './measures.js';
import { newLineCoverage, revisionOf, writeNewLines, type NewLinesAgainst } from './new-coverage.js';
import { qualityRatings } from './rating.js';
import { gateSection, tightenedPolicy } from './repository-policy.js';
import { waiversInForce } from './waivers.js';

const { analyses, gateResults, projects } = schema;

/** What storeResults knows of a finished analysis when the gate is evaluated, inside its transaction. */
export interface CompletedAnalysisFacts {
  analysis: { id: number; projectId: number; branch: string | null; pullRequest: number | null };
  isPullRequest: boolean;
  defaultBranch: string;
  /** For a pull request: the base branch's latest analysis, whose fingerprints are its old code. */
  pullRequestReferenceId?: number;
  findingKinds: readonly FindingKind[];
  /** The analysis's open findings (neither false positives nor ignored) by kind, as storeResults wrote them. */
  openByKind: ReadonlyMap<number, number>;
  findingCount: number;
  /** Cyclomatic complexity of each function this analysis added against its base. */
  addedFunctionComplexities: Iterable<number>;
  summary: AnalysisResultSummary;
  ratings: ProjectRatings;
  /** The configurations whose `gate:` sections tighten the policy: the project's (or override), the checkout's. */
  configs: readonly (string | null)[];
  /** The lines it changed against its reference's revision (the worker's git diff); absent: not known. */
  newLines?: NewLinesAgainst;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

function highest(values: Iterable<number>): number {
  let max = 0;
  for (const value of values) if (value > max) max = value;
  return max;
}

/**
 * Measures a finished analysis on new code and stores the gate's verdict on it. A default-branch analysis of a
 * repository without a baseline establishes it (all its findings are old code); every other analysis counts as new
 * what its reference (the baseline; for a pull request, its base branch's latest analysis) lacks.
 */
export async function recordGate(tx: Executor, facts: CompletedAnalysisFacts): Promise<GateVerdict> {
  const { analysis } = facts;
  const onDefaultBranch = !facts.isPullRequest && (analysis.branch ?? facts.defaultBranch) === facts.defaultBranch;
  let isBaselineScan = false;
  let referenceId: number | undefined;
  if (facts.isPullRequest) referenceId = facts.pullRequestReferenceId;
  else {
    referenceId = (await baselineOf(tx, analysis.projectId))?.analysisId;
    if (referenceId === undefined && onDefaultBranch) {
      isBaselineScan = await establishBaseline(tx, {
        projectId: analysis.projectId,
        analysisId: analysis.id,
        branch: facts.defaultBranch,
        fingerprints: facts.findingCount,
      });
      referenceId = analysis.id;
    }
  }
  const severityOf = (kind: number) => facts.findingKinds[kind]?.severity;
  const counts = await findingCounts(tx, analysis.id, referenceId ?? null, severityOf, facts.openByKind);
  const newLines = referenceId === analysis.id ? 0 : await keepNewLines(tx, analysis.id, referenceId, facts.newLines);
  const measures: GateMeasures = {
    newBySeverity: counts.fresh,
    allBySeverity: counts.all,
    duplicationPct: round2((facts.summary.duplicated_linesPerSloc ?? 0) * 100),
    complexityNewMax: isBaselineScan ? 0 : highest(facts.addedFunctionComplexities),
    rating: qualityRatings(facts.ratings, facts.summary).quality,
    // Coverage may be stored already: `plumb scan --coverage` writes it with the upload.
    newCoveragePct: newLines ? await newLineCoverage(tx, analysis.id) : null,
    newLines,
    referenceAnalysisId: referenceId ?? null,
  };
  const overrides = facts.configs.map(gateSection).filter((section) => section !== undefined);
  const { verdict, policyVersion } = await verdictOf(tx, analysis, overrides, measures);
  await tx.insert(gateResults).values({
    analysisId: analysis.id,
    status: verdict.status,
    violations: verdict.violations,
    waivedViolations: verdict.waivedViolations,
    measures,
    defaultBranch: facts.defaultBranch,
    scannedBranch: analysis.branch,
    isBaselineScan,
    policyOverrides: overrides,
    policyVersion,
  });
  return verdict;
}

/**
 * The new lines the worker measured, kept when they were measured against the revision of the reference the gate
 * chose (a baseline rebuilt meanwhile makes them another reference's); answers how many, or null when not known.
 */
async function keepNewLines(
  tx: Executor,
  analysisId: number,
  referenceId: number | undefined,
  newLines: NewLinesAgainst | undefined,
): Promise<number | null> {
  if (!newLines || referenceId === undefined) return null;
  if ((await revisionOf(tx, referenceId)) !== newLines.referenceRevision) return null;
  return writeNewLines(tx, analysisId, newLines.files);
}

/** Holds measures to the organization's policy as it is now, tightened by `overrides`, with the waivers in force. */
async function verdictOf(
  tx: Executor,
  analysis: Pick<CompletedAnalysisFacts['analysis'], 'projectId' | 'pullRequest'>,
  overrides: readonly Record<string, unknown>[],
  measures: GateMeasures,
): Promise<{ verdict: GateVerdict; policyVersion: number }> {
  const [project] = await tx
    .select({ organizationId: projects.organizationId })
    .from(projects)
    .where(eq(projects.id, analysis.projectId));
  const organizationId = project?.organizationId;
  if (organizationId === undefined || organizationId === null)
    return { verdict: { status: 'not_configured', violations: [], waivedViolations: [] }, policyVersion: 0 };
  const config = await organizationGateConfig(tx, organizationId);
  const waivers = await waiversInForce(
    tx,
    { organizationId, projectId: analysis.projectId, pullRequest: analysis.pullRequest },
    new Date(),
  );
  const policy = overrides.reduce(tightenedPolicy, config.policy);
  return { verdict: evaluatePolicy({ ...config, policy }, measures, waivers), policyVersion: config.version };
}

/**
 * Measures an analysis's new coverage again once a report was uploaded after it completed, and re-stores its verdict
 * when that changed it: against the organization's policy and the waivers in force now, the rest of its measures as
 * stored. Answers whether the stored verdict was rewritten.
 */
export async function remeasureNewCoverage(tx: Executor, analysisId: number): Promise<boolean> {
  const [stored] = await tx.select().from(gateResults).where(eq(gateResults.analysisId, analysisId)).for('update');
  if (!stored?.measures.newLines) return false;
  const newCoveragePct = await newLineCoverage(tx, analysisId);
  if (newCoveragePct === stored.measures.newCoveragePct) return false;
  const [analysis] = await tx
    .select({ projectId: analyses.projectId, pullRequest: analyses.pullRequest })
    .from(analyses)
    .where(eq(analyses.id, analysisId));
  if (!analysis) return false;
  const measures = { ...stored.measures, newCoveragePct };
  const { verdict, policyVersion } = await verdictOf(tx, analysis, stored.policyOverrides, measures);
  await tx
    .update(gateResults)
    .set({
      status: verdict.status,
      violations: verdict.violations,
      waivedViolations: verdict.waivedViolations,
      measures,
      policyVersion,
      evaluatedAt: new Date(),
    })
    .where(eq(gateResults.analysisId, analysisId));
  return true;
}

/** A failed gate's violations as Scrutinizer build failures, e.g. `quality gate: new_critical_max 2 > 0`. */
export const gateFailures = (verdict: GateVerdict): string[] =>
  verdict.violations.map(
    ({ rule, actual, threshold }) =>
      `quality gate: ${rule} ${actual} ${rule.endsWith('_min') ? '<' : '>'} ${threshold}`,
  );
