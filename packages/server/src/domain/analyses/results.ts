import { fromViolation, type Analysis as EngineAnalysis, type Finding } from '@plumb/engine';
import { eq, ne, and } from 'drizzle-orm';
import {
  countAnalysisInsights,
  inTransaction,
  insertMapped,
  schema,
  type Executor,
  type FindingKind,
} from '../../store/index.js';
import { coverageSummaries } from '../coverage/index.js';
import { Conflict } from '../errors.js';
import { gateFailures, recordGate } from '../gates/completion.js';
import type { NewLinesAgainst } from '../gates/index.js';
import { writeLicenseAudit } from '../licenses/audit.js';
import { recordInspectionEvent } from '../webhooks/events.js';
import { latestCompleted, latestOfPullRequest, type Analysis } from './analyses.js';
import { putArtifact } from './artifacts.js';
import type { BuildInput, BuildVerdict } from './build.js';
import { compareFunctions } from './code-elements.js';
import { functionsOf, writeCodeFacts } from './code-facts.js';
import { applyIgnores, recordIgnoredFindings } from '../ignores/ignored-findings.js';
import { projectIgnores } from '../ignores/ignores.js';
import { goneIssues, trackedFindings, writeIssues } from './issue-rows.js';
import { statusOf, trackIssues, type IssueFate, type TrackingResult } from './tracking.js';

const { analyses, findings, indices } = schema;

/** What the worker knows beside the engine's result. */
export interface ResultContext {
  /** The attempt that ran it: a result of an earlier attempt is refused. */
  attempt: number;
  defaultBranch: string;
  engineVersion?: string;
  linterVersions?: Record<string, string>;
  configUsed?: string;
  /** The analyzed checkout's `.plumb.yml`, when the server checked it out: its `gate:` may tighten the policy. */
  repositoryConfig?: string;
  /** The lines the revision changed against the gate's reference (`gateReferenceRevision`): new coverage's lines. */
  newLines?: NewLinesAgainst;
  /** Files to keep with the results, in the same transaction (the analysis log). */
  artifacts?: { name: string; contentType: string; content: Buffer }[];
  /** Scrutinizer's build verdict, from the repository's failure conditions (`buildVerdict`). */
  build?: (input: BuildInput) => BuildVerdict;
}

/** A pull request's analysis: asked for as one, or uploaded by `plumb scan --pull-request`. */
const ofPullRequest = (analysis: Pick<Analysis, 'kind' | 'pullRequest'>): boolean =>
  analysis.kind === 'pull_request' || analysis.pullRequest !== null;

/** The issues' scope: a branch's name, or `pull/<n>` for a pull request. */
export function scopeOf(analysis: Pick<Analysis, 'kind' | 'branch' | 'pullRequest'>): string {
  return ofPullRequest(analysis) ? `pull/${analysis.pullRequest ?? 0}` : (analysis.branch ?? '');
}

/**
 * Stores a finished analysis's results in one transaction, tracks its issues against the base analysis, and marks it
 * completed with its webhook event: the results are visible whole or not at all. Refused (Conflict) when the analysis
 * has ended meanwhile (canceled, timed out) or another attempt holds it, so a result is stored at most once.
 */
export async function storeResults(
  db: Executor,
  analysisId: number,
  result: EngineAnalysis,
  context: ResultContext,
): Promise<Analysis> {
  return inTransaction(db, async (tx) => {
    const [analysis] = await tx.select().from(analyses).where(eq(analyses.id, analysisId)).for('update');
    if (!analysis || analysis.attempt !== context.attempt || !['pending', 'in_progress'].includes(analysis.state))
      throw new Conflict(`the inspection is no longer running (${analysis?.state ?? 'deleted'})`);
    const scope = scopeOf(analysis);
    const base = await baseAnalysis(tx, analysis, context.defaultBranch);
    const baseInScope = base !== undefined && scopeOf(base) === scope;
    const current = inFileOrder(result.violations.map(fromViolation));
    const baseFindings = base ? await trackedFindings(tx, base.id) : [];
    const gone = await goneIssues(tx, analysis.projectId, scope);
    // Nothing to follow (a scope's first analysis): every issue is new, without running the tracker's passes.
    const tracked: TrackingResult =
      baseFindings.length === 0 && gone.length === 0
        ? {
            fates: current.map(() => ({ kind: 'new', isNew: true })),
            fixed: [],
            counts: { new: current.length, common: 0, fixed: 0 },
          }
        : trackIssues({ current, base: baseFindings, baseInScope, fixed: gone });
    // The project's ignores (Codiga's violations to ignore) store what they cover as ignored, as a "won't fix".
    const ignored = applyIgnores(current, tracked.fates, await projectIgnores(tx, analysis.projectId));
    const tracking = { ...tracked, fates: ignored.fates };
    const issueIds = await writeIssues(tx, analysis, scope, current, tracking.fates, {
      fixed: tracking.fixed,
      baseId: base?.id,
    });
    await recordIgnoredFindings(tx, analysis.projectId, issueIds, ignored);
    const labelsOf = labelIndex(result);
    const labels = current.map(labelsOf);
    const kinds = findingKinds(current, labels);
    await insertMapped(tx, findings, current, (finding, index) => ({
      analysisId,
      issueId: issueIds[index]!,
      filename: finding.filename,
      line: finding.line,
      lineEnd: finding.lineEnd,
      column: finding.column,
      description: finding.description,
      help: finding.help ?? null,
      remediationMinutes: finding.remediationMinutes,
      codeHash: finding.codeHash,
      fingerprint: finding.uniqueIdentifier,
      isNew: isNewFate(tracking.fates[index]!),
      status: statusOf(tracking.fates[index]!),
      kind: kinds.kindOf[index]!,
    }));
    await writeCodeFacts(tx, analysisId, result);
    await writeLicenseAudit(tx, analysisId, {
      projectId: analysis.projectId,
      audit: result.licenses,
      ...(context.repositoryConfig !== undefined && { repositoryConfig: context.repositoryConfig }),
    });
    const baseFunctions = base ? await functionsOf(tx, base.id) : [];
    const elements = compareFunctions(baseFunctions, result.functions);
    const ignoredCount = tracking.fates.filter((fate) => isIgnored(fate)).length;
    await tx.insert(indices).values({
      analysisId,
      projectId: analysis.projectId,
      branch: ofPullRequest(analysis) ? null : analysis.branch,
      revision: analysis.revision ?? '',
      slocs: result.slocs,
      runningTimeSeconds: Math.round(result.runningTimeSeconds),
      summary: result.summary,
      techdebt: result.techdebt,
      ratings: result.ratings,
      quality: result.quality,
      stats: result.stats,
      thresholds: result.thresholds,
      errors: result.errors,
      // An upload from an older `plumb scan` may not carry it.
      parsing: result.parsing ?? null,
      tree: result.tree,
      nbIssues: current.length - ignoredCount,
      nbIgnoredIssues: ignoredCount,
      findingKinds: kinds.list,
    });
    if (analysis.revision)
      await tx
        .update(indices)
        .set({ outdated: true })
        .where(
          and(
            eq(indices.projectId, analysis.projectId),
            eq(indices.revision, analysis.revision),
            ne(indices.analysisId, analysisId),
          ),
        );
    const gate = await recordGate(tx, {
      analysis,
      isPullRequest: ofPullRequest(analysis),
      defaultBranch: context.defaultBranch,
      pullRequestReferenceId: ofPullRequest(analysis)
        ? ((baseInScope ? undefined : base?.id) ??
          (await latestCompleted(tx, analysis.projectId, analysis.baseBranch ?? context.defaultBranch, analysisId))?.id)
        : undefined,
      findingKinds: kinds.list,
      openByKind: openByKind(kinds.kindOf, tracking.fates),
      findingCount: current.length,
      addedFunctionComplexities: [...elements.added].map((fn) => fn.complexity),
      summary: result.summary,
      ratings: result.ratings,
      configs: [context.configUsed ?? analysis.configUsed, context.repositoryConfig ?? null],
      ...(context.newLines && { newLines: context.newLines }),
    });
    const conditions = context.build?.({
      result,
      baseQuality: base ? await qualityOf(tx, base.id) : undefined,
      ...(await testCoverageOf(tx, analysisId, base?.id)),
      isNew: tracking.fates.map(isNewFate),
      labels,
      newFunctions: elements.added,
    });
    // A failed gate fails Scrutinizer's build beside the repository's own failure conditions.
    const build =
      gate.status === 'failed'
        ? { status: 'failed' as const, failures: [...(conditions?.failures ?? []), ...gateFailures(gate)] }
        : conditions;
    for (const artifact of context.artifacts ?? []) await putArtifact(tx, analysisId, artifact);
    const [stored] = await tx
      .update(analyses)
      .set({
        state: 'completed',
        finishedAt: new Date(),
        baseAnalysisId: base?.id ?? null,
        engineVersion: context.engineVersion ?? analysis.engineVersion,
        linterVersions: context.linterVersions ?? analysis.linterVersions,
        configUsed: context.configUsed ?? analysis.configUsed,
        buildStatus: build?.status ?? 'unknown',
        buildFailures: build?.failures ?? [],
        indexDiff: {
          nb_new_issues: tracking.counts.new,
          nb_common_issues: tracking.counts.common,
          nb_fixed_issues: tracking.counts.fixed,
          nb_added_code_elements: elements.added.size,
          nb_common_code_elements: elements.common,
          nb_changed_code_elements: elements.changed,
          nb_removed_code_elements: elements.removed,
        },
      })
      .where(eq(analyses.id, analysisId))
      .returning();
    // Only the default branch's analyses are states of a project in Qodana's insights.
    if (!ofPullRequest(analysis) && analysis.branch === context.defaultBranch)
      await countAnalysisInsights(tx, analysisId);
    await recordInspectionEvent(tx, stored!, 'inspection.completed');
    return stored!;
  });
}

const isNewFate = (fate: IssueFate): boolean => fate.kind === 'reopened' || (fate.kind === 'new' && fate.isNew);
const isIgnored = (fate: IssueFate): boolean => {
  const status = statusOf(fate);
  return status === 'false_positive' || status === 'ignored';
};

/** How many of the findings written are open (neither false positives nor ignored), by kind. */
function openByKind(kindOf: readonly number[], fates: readonly IssueFate[]): Map<number, number> {
  const counts = new Map<number, number>();
  fates.forEach((fate, index) => {
    if (!isIgnored(fate)) counts.set(kindOf[index]!, (counts.get(kindOf[index]!) ?? 0) + 1);
  });
  return counts;
}

/**
 * Findings by path, line and column: the order of their ids, so that the path index (analysis, filename, id) grows at
 * its end instead of taking each finding among the others (a third of the time of writing 100,000 findings).
 */
function inFileOrder(findings: Finding[]): Finding[] {
  return findings.sort((a, b) =>
    a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : a.line - b.line || a.column - b.column,
  );
}

/** The analysis this one is compared with: its scope's previous one, else the branch it starts from. */
async function baseAnalysis(db: Executor, analysis: Analysis, defaultBranch: string): Promise<Analysis | undefined> {
  if (ofPullRequest(analysis)) {
    const previous =
      analysis.pullRequest === null
        ? undefined
        : await latestOfPullRequest(db, analysis.projectId, analysis.pullRequest, analysis.id);
    return previous ?? latestCompleted(db, analysis.projectId, analysis.baseBranch ?? defaultBranch, analysis.id);
  }
  const branch = analysis.branch ?? defaultBranch;
  return (
    (await latestCompleted(db, analysis.projectId, branch, analysis.id)) ??
    (branch === defaultBranch ? undefined : latestCompleted(db, analysis.projectId, defaultBranch, analysis.id))
  );
}

/** The analysis's finding kinds, in order of first appearance, and each finding's position among them. */
function findingKinds(current: readonly Finding[], labels: readonly string[][]) {
  const positions = new Map<string, number>();
  const list: FindingKind[] = [];
  const kindOf = current.map((finding, index) => {
    // Labels follow from the tool and rule (labelIndex), so they need no place in the key.
    const { tool, rule, severity, category, language } = finding;
    const key = `${tool}\0${rule}\0${severity}\0${category}\0${language ?? '\u0001'}`;
    let position = positions.get(key);
    if (position === undefined) {
      const kind: FindingKind = {
        rule: finding.rule,
        tool: finding.tool,
        severity: finding.severity,
        category: finding.category,
        language: finding.language ?? null,
        labels: labels[index]!,
      };
      position = list.push(kind) - 1;
      positions.set(key, position);
    }
    return position;
  });
  return { list, kindOf };
}

/** Scrutinizer labels of each finding, from its rule's metadata. */
function labelIndex(result: EngineAnalysis): (finding: Finding) => string[] {
  const byRule = new Map(result.rules.map((rule) => [`${rule.tool}\0${rule.id}`, [...rule.labels]]));
  return (finding) => byRule.get(`${finding.tool}\0${finding.rule}`) ?? [];
}

async function qualityOf(db: Executor, analysisId: number): Promise<{ score: number } | undefined> {
  const [row] = await db.select({ quality: indices.quality }).from(indices).where(eq(indices.analysisId, analysisId));
  return row?.quality as { score: number } | undefined;
}

/** The line coverage of an analysis and of its base, for the build failure conditions (`scrutinizer.test_coverage`). */
async function testCoverageOf(db: Executor, analysisId: number, baseId: number | undefined) {
  const summaries = await coverageSummaries(db, baseId === undefined ? [analysisId] : [analysisId, baseId]);
  const rateOf = (id: number | undefined) =>
    id === undefined ? undefined : (summaries.get(id)?.lineRate ?? undefined);
  return { testCoverage: rateOf(analysisId), baseTestCoverage: rateOf(baseId) };
}
