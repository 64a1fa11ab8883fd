import { and, asc, count, desc, eq, inArray, isNull, lt, ne, or, type SQL } from 'drizzle-orm';
import { increment, inTransaction, schema, type Executor } from '../../store/index.js';
import { Conflict, Invalid, NotFound } from '../errors.js';
import type { Page } from '../paging.js';
import type { Project } from '../projects/index.js';
import { requireName } from '../validate.js';
import { recordInspectionEvent, type WebhookEvent } from '../webhooks/events.js';

const { analyses } = schema;

export type Analysis = typeof analyses.$inferSelect;
/** Scrutinizer's inspection states, in the order an analysis goes through them: what every surface lists. */
export const ANALYSIS_STATES: readonly AnalysisState[] = schema.ANALYSIS_STATES;
export type AnalysisState = (typeof schema.ANALYSIS_STATES)[number];
export type AnalysisKind = (typeof schema.ANALYSIS_KINDS)[number];
export type ScanType = (typeof schema.SCAN_TYPES)[number];

const ACTIVE_STATES: readonly AnalysisState[] = ['new', 'preparing', 'pending', 'in_progress'];
export const isFinal = (state: AnalysisState): boolean =>
  (schema.FINAL_ANALYSIS_STATES as readonly string[]).includes(state);

/** What a caller asks to analyze. */
export interface AnalysisRequest {
  kind: AnalysisKind;
  branch?: string | null;
  pullRequest?: number | null;
  baseBranch?: string | null;
  revision?: string | null;
  title?: string | null;
  configOverride?: string | null;
  requestedByUserId?: number | null;
  /** An upload arrives with its result: it skips fetching and waits for a worker in `pending`. */
  state?: AnalysisState;
  /** CodeStax's trigger: `smart` analyzes only what changed since the branch's last analysis. */
  scanType?: ScanType | null;
  /** An HTTPS credential for this analysis's fetch alone, already sealed (fetch-credentials.ts). */
  fetchCredentialSealed?: string;
}

const REF_PATTERN = /^(?!-)(?!.*\.\.)[^\0-\x20~^:?*[\\\x7f]{1,255}$/;
const SHA_PATTERN = /^[0-9a-f]{7,64}$/i;

/** A git ref name as `git check-ref-format` would take it, never an option. */
export function requireRef(field: string, value: string): string {
  if (!REF_PATTERN.test(value) || value.endsWith('/') || value.endsWith('.lock'))
    throw new Invalid(field, 'a git branch name (no spaces, no "..", not starting with "-")');
  return value;
}

export function requireRevision(field: string, value: string): string {
  if (!SHA_PATTERN.test(value)) throw new Invalid(field, 'a commit sha of 7 to 64 hexadecimal digits');
  return value.toLowerCase();
}

/**
 * Records a new analysis of the project, with its `inspection.created` event for the project's webhooks; the caller
 * has checked the caller may ask for it.
 */
export async function insertAnalysis(db: Executor, project: Project, request: AnalysisRequest): Promise<Analysis> {
  const branch = request.branch == null ? null : requireRef('branch', request.branch);
  if (request.kind !== 'pull_request' && branch === null) throw new Invalid('branch', 'the branch to analyze');
  return inTransaction(db, async (tx) => {
    const [row] = await tx
      .insert(analyses)
      .values({
        projectId: project.id,
        kind: request.kind,
        branch,
        pullRequest: request.pullRequest ?? null,
        baseBranch: request.baseBranch == null ? null : requireRef('base', request.baseBranch),
        revision: request.revision == null ? null : requireRevision('source_reference', request.revision),
        title: request.title == null ? null : requireName('title', request.title, 500),
        configOverride: request.configOverride ?? null,
        requestedByUserId: request.requestedByUserId ?? null,
        state: request.state ?? 'new',
        scanType: request.scanType ?? null,
      })
      .returning();
    if (request.fetchCredentialSealed !== undefined)
      await tx
        .insert(schema.analysisFetchCredentials)
        .values({ analysisId: row!.id, sealed: request.fetchCredentialSealed });
    await recordInspectionEvent(tx, row!, 'inspection.created');
    return row!;
  });
}

/** The project's analysis with this uuid. */
export async function findAnalysis(db: Executor, project: Project, uuid: string): Promise<Analysis> {
  const [row] = await db
    .select()
    .from(analyses)
    .where(and(eq(analyses.projectId, project.id), eq(analyses.uuid, uuid)));
  if (!row) throw new NotFound('inspection');
  return row;
}

export async function analysisById(db: Executor, id: number): Promise<Analysis | undefined> {
  const [row] = await db.select().from(analyses).where(eq(analyses.id, id));
  return row;
}

export interface AnalysisListing {
  sortField: 'created_at' | 'finished_at';
  sortOrder: 'asc' | 'desc';
  limit: number;
  offset: number;
}

/** The project's analyses, most recent first by default; unfinished ones sort last by finished_at. */
export async function listAnalyses(db: Executor, project: Project, listing: AnalysisListing): Promise<Page<Analysis>> {
  const column = listing.sortField === 'finished_at' ? analyses.finishedAt : analyses.createdAt;
  const direction = listing.sortOrder === 'asc' ? asc : desc;
  const where = eq(analyses.projectId, project.id);
  const items = await db
    .select()
    .from(analyses)
    .where(where)
    .orderBy(direction(column), direction(analyses.id))
    .limit(listing.limit)
    .offset(listing.offset);
  const [total] = await db.select({ total: count() }).from(analyses).where(where);
  return { items, total: total?.total ?? 0 };
}

/** The webhook event a state fires when an analysis enters it: ending without results (timed out too) is failed. */
const EVENT_OF_STATE: Partial<Record<AnalysisState, WebhookEvent>> = {
  failed: 'inspection.failed',
  timed_out: 'inspection.failed',
};

/**
 * Moves an active analysis to another state; false when it had already ended (canceled, timed out …). An end without
 * results records its webhook event in the same transaction.
 */
export async function moveAnalysis(
  db: Executor,
  id: number,
  attempt: number,
  state: AnalysisState,
  fields: Partial<Pick<Analysis, 'revision' | 'title' | 'configUsed' | 'error' | 'engineVersion'>> = {},
): Promise<boolean> {
  const now = new Date();
  const event = EVENT_OF_STATE[state];
  const move = (tx: Executor) =>
    tx
      .update(analyses)
      .set({
        ...fields,
        state,
        heartbeatAt: now,
        ...(state === 'in_progress' ? { startedAt: now } : {}),
        ...(isFinal(state) ? { finishedAt: now } : {}),
      })
      .where(and(eq(analyses.id, id), eq(analyses.attempt, attempt), inArray(analyses.state, [...ACTIVE_STATES])))
      .returning();
  if (!event) return (await move(db)).length > 0;
  return inTransaction(db, async (tx) => {
    const [moved] = await move(tx);
    if (moved) await recordInspectionEvent(tx, moved, event);
    return moved !== undefined;
  });
}

/**
 * A worker takes the analysis: one waiting for a worker, or one whose worker has shown no sign of life since
 * `staleBefore` (it died). Each take is a new attempt, so a result of an earlier attempt is never stored. Undefined
 * when the analysis has ended or another worker holds it.
 */
export async function claimAnalysis(db: Executor, id: number, staleBefore: Date): Promise<Analysis | undefined> {
  const [row] = await db
    .update(analyses)
    .set({ attempt: increment(analyses.attempt), heartbeatAt: new Date() })
    .where(
      and(
        eq(analyses.id, id),
        or(
          inArray(analyses.state, ['new', 'pending']),
          and(inArray(analyses.state, ['preparing', 'in_progress']), lt(analyses.heartbeatAt, staleBefore)),
        ),
      ),
    )
    .returning();
  return row;
}

/** Active analyses whose worker has shown no sign of life since `staleBefore`, or that no worker has taken yet. */
export async function analysesToRequeue(db: Executor, staleBefore: Date): Promise<Analysis[]> {
  return db
    .select()
    .from(analyses)
    .where(
      and(
        inArray(analyses.state, [...ACTIVE_STATES]),
        or(isNull(analyses.heartbeatAt), lt(analyses.heartbeatAt, staleBefore)),
      ),
    )
    .orderBy(asc(analyses.id));
}

/**
 * Hands a running analysis back to the queue's care when its worker stops (a restart): `new` again, with no sign of
 * life, so that the next worker's sweep queues it at once. False when it had ended or another attempt holds it.
 */
export async function releaseAnalysis(db: Executor, id: number, attempt: number): Promise<boolean> {
  const rows = await db
    .update(analyses)
    .set({ state: 'new', heartbeatAt: null, startedAt: null })
    .where(and(eq(analyses.id, id), eq(analyses.attempt, attempt), inArray(analyses.state, [...ACTIVE_STATES])))
    .returning({ id: analyses.id });
  return rows.length > 0;
}

/** Ends an active analysis as canceled, with its webhook event; an analysis that already ended is a Conflict. */
export async function cancelAnalysis(db: Executor, analysis: Analysis): Promise<Analysis> {
  return inTransaction(db, async (tx) => {
    const [canceled] = await tx
      .update(analyses)
      .set({ state: 'canceled', finishedAt: new Date(), error: 'canceled on request' })
      .where(and(eq(analyses.id, analysis.id), inArray(analyses.state, [...ACTIVE_STATES])))
      .returning();
    if (!canceled) throw new Conflict(`the inspection has already ended (${analysis.state})`);
    // It will fetch nothing now: a password given for its fetch goes at once.
    await tx.delete(schema.analysisFetchCredentials).where(eq(schema.analysisFetchCredentials.analysisId, analysis.id));
    await recordInspectionEvent(tx, canceled, 'inspection.canceled');
    return canceled;
  });
}

/**
 * Keeps a running analysis's heartbeat fresh and answers its state, so that its worker sees a cancel; `lost` when
 * another attempt took it over (this worker was taken for dead) or it was deleted.
 */
export async function heartbeat(db: Executor, id: number, attempt: number): Promise<AnalysisState | 'lost'> {
  const rows = await db
    .update(analyses)
    .set({ heartbeatAt: new Date() })
    .where(and(eq(analyses.id, id), eq(analyses.attempt, attempt)))
    .returning({ state: analyses.state });
  return rows[0]?.state ?? 'lost';
}

/** The project's latest completed analysis among those `where` keeps (and not `before`, the one being stored). */
async function latestCompletedWhere(
  db: Executor,
  projectId: number,
  where: SQL | undefined,
  before: number | undefined,
): Promise<Analysis | undefined> {
  const [row] = await db
    .select()
    .from(analyses)
    .where(
      and(
        eq(analyses.projectId, projectId),
        eq(analyses.state, 'completed'),
        where,
        before === undefined ? undefined : ne(analyses.id, before),
      ),
    )
    .orderBy(desc(analyses.finishedAt), desc(analyses.id))
    .limit(1);
  return row;
}

/** The latest completed analysis of a branch (pull requests, asked for or uploaded, left out), or undefined. */
export function latestCompleted(
  db: Executor,
  projectId: number,
  branch: string,
  before?: number,
): Promise<Analysis | undefined> {
  const ofBranch = and(eq(analyses.branch, branch), ne(analyses.kind, 'pull_request'), isNull(analyses.pullRequest));
  return latestCompletedWhere(db, projectId, ofBranch, before);
}

/** The latest completed analysis of a pull request. */
export function latestOfPullRequest(
  db: Executor,
  projectId: number,
  pullRequest: number,
  before: number,
): Promise<Analysis | undefined> {
  return latestCompletedWhere(db, projectId, eq(analyses.pullRequest, pullRequest), before);
}
