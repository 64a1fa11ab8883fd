import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ENGINE_VERSION, linterVersions } from '@plumb/engine';
import type { SealedBox } from '../crypto/sealed-box.js';
import {
  buildVerdict,
  claimAnalysis,
  dropFetchCredential,
  heartbeat,
  moveAnalysis,
  openFetchCredential,
  processUpload,
  putArtifact,
  releaseAnalysis,
  sealedFetchCredential,
  storeResults,
  type Analysis,
  type ResultContext,
} from '../domain/analyses/index.js';
import { gateReferenceRevision, type NewLinesAgainst } from '../domain/gates/index.js';
import { organizationLicensePolicy } from '../domain/licenses/index.js';
import { pinSshKnownHosts, projectForAnalysis, type Project } from '../domain/projects/index.js';
import {
  addedLines,
  commitSubject,
  fetchMirror,
  keptCheckout,
  resolveBranch,
  resolveRevision,
  type Checkout,
} from '../git/index.js';
import type { Store } from '../store/index.js';
import { AnalysisLog } from './analysis-log.js';
import { runEngine, type EnginePool } from './engine-process.js';
import { failureMessage } from './failure-message.js';
import { dropPendingFileResults, keepFileResults, pendingFileResultsPath } from './file-results.js';
import type { AnalysisLimits } from './limits.js';
import { planScan } from './smart-scan.js';

/** What a worker needs to run analyses. */
export interface WorkerContext {
  store: Store;
  secrets: SealedBox;
  /** Mirrors live under `<dataDir>/mirrors`. */
  dataDir: string;
  limits: AnalysisLimits;
  /** Receives one line per analysis outcome (the worker's own log, not the analysis's). */
  report?: (line: string) => void;
  /** The worker's warm engine processes; without them each analysis starts one of its own. */
  engines?: EnginePool;
}

/** Why a running analysis was stopped before its end. */
type StopReason = 'canceled' | 'timed_out' | 'lost' | 'shutdown';

/**
 * Runs one analysis from the queue: takes it (a new attempt), fetches and checks out its revision, runs the engine in
 * a child process, stores the results in one transaction and ends it `completed`; or ends it `failed`, `timed_out`,
 * or hands it back on shutdown. A cancel seen on the heartbeat stops the engine at once. The log is kept as an
 * artifact whatever the outcome.
 */
export async function runAnalysis(context: WorkerContext, analysisId: number, shutdown: AbortSignal): Promise<void> {
  const { store, limits } = context;
  const staleBefore = new Date(Date.now() - limits.staleSeconds * 1000);
  const analysis = await claimAnalysis(store.db, analysisId, staleBefore);
  if (!analysis) return;
  const log = new AnalysisLog();
  log.write(`inspection ${analysis.uuid}, attempt ${analysis.attempt}`);
  context.report?.(`inspection ${analysis.uuid} started (attempt ${analysis.attempt})`);
  const stop = new AbortController();
  const stopWith = (reason: StopReason) => {
    if (!stop.signal.aborted) stop.abort(reason);
  };
  const onShutdown = () => stopWith('shutdown');
  shutdown.addEventListener('abort', onShutdown, { once: true });
  const deadline = setTimeout(() => stopWith('timed_out'), (limits.cloneSeconds + limits.analysisSeconds) * 1000);
  const beat = setInterval(() => {
    heartbeat(store.db, analysis.id, analysis.attempt)
      .then((state) => {
        if (state === 'canceled') stopWith('canceled');
        else if (state === 'lost') stopWith('lost');
      })
      .catch(() => {
        // A missed heartbeat is retried on the next tick; only a long silence hands the analysis to another worker.
      });
  }, limits.heartbeatSeconds * 1000);
  let work: Checkout | undefined;
  let projectUuid: string | undefined;
  try {
    const project = await projectForAnalysis(store.db, analysis.projectId);
    projectUuid = project.uuid;
    const configUsed = analysis.configOverride ?? project.configYaml;
    const results: ResultContext = {
      attempt: analysis.attempt,
      defaultBranch: project.defaultBranch,
      engineVersion: ENGINE_VERSION,
      linterVersions: linterVersions(),
      configUsed,
      build: buildVerdict(configUsed),
    };
    if (analysis.kind === 'upload') {
      // `plumb scan` ran the engine already: the worker checks and stores what it uploaded.
      await moveAnalysis(store.db, analysis.id, analysis.attempt, 'in_progress');
      log.write(`storing the result uploaded for ${analysis.revision ?? 'the revision'}`);
      const stored = await processUpload(store.db, analysis.id, {
        ...results,
        engineVersion: analysis.engineVersion ?? ENGINE_VERSION,
        artifacts: [log.artifact()],
      });
      log.write(`completed (${stored.indexDiff?.nb_new_issues ?? 0} new issues)`);
    } else {
      const prepared = await prepare(context, analysis, project, log, stop.signal);
      work = prepared.checkout;
      const plan = await planScan(store.db, context.dataDir, analysis, project, prepared.mirrorPath, prepared.revision);
      if (plan.mode === 'smart')
        log.write(
          `smart scan: ${plan.changed.length} paths changed since analysis ${plan.base.id} (${plan.base.revision})`,
        );
      else if (plan.reason) log.write(`smart scan analyzes every file: ${plan.reason}`);
      await moveAnalysis(store.db, analysis.id, analysis.attempt, 'in_progress', { engineVersion: ENGINE_VERSION });
      log.write(`analyzing ${analysis.revision ?? 'the revision'}`);
      const licensePolicy =
        project.organizationId === null ? undefined : await organizationLicensePolicy(store.db, project.organizationId);
      if (project.plumbConfig !== null) log.write("using the project's .plumb.yml override, not the checkout's");
      const result = await runEngine(work.dir, {
        ...(licensePolicy && { licensePolicy }),
        ...(project.plumbConfig !== null && { plumbConfig: project.plumbConfig }),
        signal: stop.signal,
        log: log.write,
        ...(context.engines && { engines: context.engines }),
        fileResultsOut: await pendingFileResultsPath(context.dataDir, project.uuid, analysis.id),
        ...(plan.mode === 'smart' ? { reuse: { previousResults: plan.previousResults, changed: plan.changed } } : {}),
      });
      if (stop.signal.aborted) throw stop.signal.reason;
      log.write(`storing ${result.violations.length} findings`);
      const repositoryConfig = await readRepositoryConfig(work.dir);
      const newLines = await newLinesOf(store, analysis, project, prepared.mirrorPath, prepared.revision, log);
      await storeResults(store.db, analysis.id, result, {
        ...results,
        repositoryConfig,
        artifacts: [log.artifact()],
        ...(newLines && { newLines }),
      });
      log.write('completed');
    }
    // The log's last lines as soon as the analysis shows completed, before anything else.
    await putArtifact(store.db, analysis.id, log.artifact());
    context.report?.(`inspection ${analysis.uuid} completed`);
    // Lost per-file results only make the next smart analysis deep.
    if (analysis.kind !== 'upload') await keepFileResults(context.dataDir, project.uuid, analysis.id).catch(() => {});
  } catch (error) {
    await endEarly(context, analysis, stop.signal.aborted ? (stop.signal.reason as StopReason) : error, log);
  } finally {
    clearTimeout(deadline);
    clearInterval(beat);
    shutdown.removeEventListener('abort', onShutdown);
    await work?.remove();
    // An analysis that ended before its fetch (a missing project, a cancel) keeps no password either.
    await dropFetchCredential(store.db, analysis.id).catch(() => undefined);
    if (projectUuid) await dropPendingFileResults(context.dataDir, projectUuid, analysis.id).catch(() => undefined);
  }
}

const fetching = new Map<number, Promise<unknown>>();

/** Git fetches of one mirror run one after another in this process (two at once would fight over its ref locks). */
async function oneFetchAtATime<T>(projectId: number, fetch: () => Promise<T>): Promise<T> {
  const before = fetching.get(projectId) ?? Promise.resolve();
  const mine = before.catch(() => undefined).then(fetch);
  fetching.set(projectId, mine);
  try {
    return await mine;
  } finally {
    if (fetching.get(projectId) === mine) fetching.delete(projectId);
  }
}

/** Fetches the project's mirror, resolves the revision and its title, and checks it out (into its kept work tree). */
async function prepare(
  context: WorkerContext,
  analysis: Analysis,
  project: Project,
  log: AnalysisLog,
  signal: AbortSignal,
): Promise<{ checkout: Checkout; mirrorPath: string; revision: string }> {
  const { store, limits } = context;
  await moveAnalysis(store.db, analysis.id, analysis.attempt, 'preparing');
  const url = project.gitUrl;
  if (!url) throw new Error('the repository has no git URL to fetch from');
  const fetched = await oneFetchAtATime(project.id, async () => {
    // A password given for this analysis alone (Codiga's compare): used by this fetch, then forgotten either way.
    const sealed = await sealedFetchCredential(store.db, analysis.id);
    try {
      return await fetchMirror(
        {
          url,
          ...(project.sshKeySealed ? { sshKey: context.secrets.open(project.sshKeySealed) } : {}),
          ...(project.sshKnownHosts ? { knownHosts: project.sshKnownHosts } : {}),
          ...(sealed ? { httpCredential: openFetchCredential(sealed, (text) => context.secrets.open(text)) } : {}),
        },
        { dataDir: context.dataDir, key: project.uuid, timeoutMs: limits.cloneSeconds * 1000, signal, log: log.write },
      );
    } finally {
      if (sealed) await dropFetchCredential(store.db, analysis.id);
    }
  });
  if (fetched.knownHosts !== undefined && fetched.knownHosts !== (project.sshKnownHosts ?? ''))
    await pinSshKnownHosts(store.db, project.id, fetched.knownHosts);
  const revision = analysis.revision
    ? await resolveRevision(fetched.mirrorPath, analysis.revision)
    : await resolveBranch(fetched.mirrorPath, analysis.branch ?? project.defaultBranch);
  const title = analysis.title ?? (await commitSubject(fetched.mirrorPath, revision));
  analysis.revision = revision;
  await moveAnalysis(store.db, analysis.id, analysis.attempt, 'preparing', { revision, title });
  log.write(`checking out ${revision}`);
  const checkout = await keptCheckout(fetched.mirrorPath, revision, {
    signal,
    dataDir: context.dataDir,
    key: project.uuid,
  });
  if (checkout.incremental) log.write("checked out from the previous analysis's work tree");
  return { checkout, mirrorPath: fetched.mirrorPath, revision };
}

/**
 * Ends an analysis that did not complete, as what stopped it says; its log is written first, so a reader who sees
 * the final state finds the log beside it. A lost attempt writes nothing: the analysis is another worker's now.
 */
async function endEarly(context: WorkerContext, analysis: Analysis, why: unknown, log: AnalysisLog): Promise<void> {
  const { db } = context.store;
  const limit = context.limits.cloneSeconds + context.limits.analysisSeconds;
  const ending: Record<string, () => Promise<unknown>> = {
    canceled: async () => log.write('canceled on request'),
    shutdown: async () => {
      log.write('the worker is stopping: the inspection goes back to the queue');
      await putArtifact(db, analysis.id, log.artifact());
      await releaseAnalysis(db, analysis.id, analysis.attempt);
    },
    timed_out: async () => {
      log.write(`timed out after ${limit} s`);
      await putArtifact(db, analysis.id, log.artifact());
      await moveAnalysis(db, analysis.id, analysis.attempt, 'timed_out', {
        error: `the inspection took longer than its limit of ${limit} s`,
      });
    },
  };
  if (why === 'lost') return;
  const end = typeof why === 'string' ? ending[why] : undefined;
  if (end) {
    await end();
    if (why === 'canceled') await putArtifact(db, analysis.id, log.artifact());
  } else {
    const message = failureMessage(why);
    log.write(`failed: ${message}`);
    await putArtifact(db, analysis.id, log.artifact());
    await moveAnalysis(db, analysis.id, analysis.attempt, 'failed', { error: message });
  }
  context.report?.(`inspection ${analysis.uuid} ended early: ${typeof why === 'string' ? why : 'failed'}`);
}

/**
 * The lines the revision added or changed against the gate's reference (from their merge base), for new coverage;
 * undefined, and new coverage not measured, when there is no reference or git cannot compare the two.
 */
async function newLinesOf(
  store: Store,
  analysis: Analysis,
  project: Project,
  mirrorPath: string,
  revision: string,
  log: AnalysisLog,
): Promise<NewLinesAgainst | undefined> {
  const referenceRevision = await gateReferenceRevision(store.db, analysis, project.defaultBranch);
  if (!referenceRevision) return undefined;
  const files = await addedLines(mirrorPath, referenceRevision, revision);
  if (!files) log.write(`new coverage not measured: git cannot compare ${referenceRevision} with ${revision}`);
  return files && { referenceRevision, files };
}

/** The checkout's own `.plumb.yml` (or `.plumb.yaml`), whose `gate:` section may tighten the quality gate. */
async function readRepositoryConfig(dir: string): Promise<string | undefined> {
  for (const name of ['.plumb.yml', '.plumb.yaml']) {
    const text = await readFile(path.join(dir, name), 'utf8').catch(() => undefined);
    if (text !== undefined) return text;
  }
  return undefined;
}
