import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Executor } from './database.js';

/** Which of an organization's projects an insights query covers: every filter given must hold. */
export interface InsightsScope {
  organizationId: number;
  /** Project uuids (well-formed: the caller checks); undefined: any project. */
  projectUuids?: readonly string[];
  /** Team uuids: projects any of these teams can access; undefined: any project. */
  teamUuids?: readonly string[];
}

/** The state of one project at one instant: its latest completed default-branch analysis then, and its baseline. */
export interface InsightSnapshot {
  projectId: number;
  projectUuid: string;
  projectName: string;
  /** Position of the instant in the list asked for. */
  instant: number;
  analysisId: number;
  finishedAt: Date;
  /** The analysis whose findings' fingerprints are the baseline; null when the project has none. */
  baselineId: number | null;
  /** Line coverage totals stored with the analysis; null without coverage. */
  lines: number | null;
  coveredLines: number | null;
}

const textArray = (values: readonly string[] | undefined): SQL =>
  values === undefined ? sql`null::text[]` : sql`${sql.param([...values])}::text[]`;

const bigintArray = (values: readonly (number | null)[]): SQL => sql`${sql.param([...values])}::bigint[]`;

/** The default-branch analyses that count: completed, and not of a pull request. */
const countedAnalysis = (alias: string): SQL =>
  sql.raw(
    `${alias}.branch = p.default_branch and ${alias}.state = 'completed' and ${alias}.kind <> 'pull_request' ` +
      `and ${alias}.finished_at is not null`,
  );

/** The project's baseline analysis: the quality gate's, else its first counted analysis (`p` is its project row). */
const baselineOf = (project: string): SQL =>
  sql`coalesce(
    (select g.analysis_id from gate_baselines g where g.project_id = ${sql.raw(project)}.id),
    (select f.id from analyses f where f.project_id = ${sql.raw(project)}.id and ${countedAnalysis('f')}
      order by f.finished_at, f.id limit 1))`;

/**
 * For each project in scope and each instant, the latest counted analysis finished at or before it (a lateral
 * `LIMIT 1` down `analyses (project_id, branch, state, finished_at)`), with its coverage and the project's baseline:
 * the quality gate's when there is one, else the first counted analysis. A project with no analysis yet at an instant
 * has no row for it.
 */
export async function insightSnapshots(
  db: Executor,
  scope: InsightsScope,
  instants: readonly Date[],
): Promise<InsightSnapshot[]> {
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      select p.id as project_id, p.uuid as project_uuid, p.name as project_name, i.n - 1 as instant,
        a.id as analysis_id, a.finished_at, c.lines, c.covered_lines,
        ${baselineOf('p')} as baseline_id
      from projects p
      cross join unnest(${textArray(instants.map((at) => at.toISOString()))}::timestamptz[]) with ordinality as i(at, n)
      cross join lateral (
        select a.id, a.finished_at from analyses a
        where a.project_id = p.id and ${countedAnalysis('a')} and a.finished_at <= i.at
        order by a.finished_at desc, a.id desc limit 1
      ) a
      left join analysis_coverage c on c.analysis_id = a.id
      where p.organization_id = ${scope.organizationId}
        and (${textArray(scope.projectUuids)} is null or p.uuid = any(${textArray(scope.projectUuids)}::uuid[]))
        and (${textArray(scope.teamUuids)} is null or exists (
          select 1 from team_projects tp join teams t on t.id = tp.team_id
          where tp.project_id = p.id and t.uuid = any(${textArray(scope.teamUuids)}::uuid[])))
      order by p.id, i.n`),
  );
  return rows.map((row) => ({
    projectId: Number(row.project_id),
    projectUuid: String(row.project_uuid),
    projectName: String(row.project_name),
    instant: Number(row.instant),
    analysisId: Number(row.analysis_id),
    finishedAt: new Date(row.finished_at as string | Date),
    baselineId: row.baseline_id === null ? null : Number(row.baseline_id),
    lines: row.lines === null ? null : Number(row.lines),
    coveredLines: row.covered_lines === null ? null : Number(row.covered_lines),
  }));
}

/** Open findings of a group (a key the caller chose, a rule when asked, a severity): in the baseline and not. */
export interface InsightCount {
  key: string;
  tool: string | null;
  rule: string | null;
  severity: string;
  actual: number;
  baseline: number;
}

/** The analyses to count, each with its baseline and the group its counts go to (several may share a group). */
export interface InsightCountInput {
  analysisIds: readonly number[];
  baselineIds: readonly (number | null)[];
  keys: readonly string[];
  /** `<tool>/<rule>` ids; undefined: every rule. */
  inspectionIds?: readonly string[];
  /** Group by rule too (inspection insights), or by severity only (project insights). */
  byRule: boolean;
}

/**
 * Counts the open findings (neither false positive nor ignored) of analyses by rule and severity, split by whether
 * the fingerprint is among its baseline's findings, and keeps them in `insight_counts` marked with that baseline
 * (replacing any earlier counts of those analyses). Baseline membership is one hash join on (baseline, fingerprint);
 * each index's finding kinds are expanded once, not per finding. The analyses' index rows are held (`for share`)
 * while counting, so a change of issue status, which updates them and then drops their counts, either waits for
 * these counts or is seen by them.
 */
export async function writeInsightCounts(
  db: Executor,
  pairs: readonly { analysisId: number; baselineId: number | null }[],
): Promise<void> {
  if (pairs.length === 0) return;
  const analysisIds = bigintArray(pairs.map((pair) => pair.analysisId));
  const baselineIds = bigintArray(pairs.map((pair) => pair.baselineId));
  await db.transaction(async (tx) => {
    await tx.execute(sql`select 1 from indices where analysis_id = any(${analysisIds}) for share`);
    await tx.execute(sql`delete from insight_count_sets where analysis_id = any(${analysisIds})`);
    await tx.execute(sql`
      insert into insight_count_sets (analysis_id, baseline_id)
      select * from unnest(${analysisIds}, ${baselineIds})
      on conflict (analysis_id) do update set baseline_id = excluded.baseline_id`);
    // Hash joins and hash aggregation only: misjudging the CTEs' sizes, the planner sorts the findings' text to
    // merge-join and group them (docs/benchmarks.md).
    await tx.execute(sql`set local enable_mergejoin = off`);
    await tx.execute(sql`set local enable_sort = off`);
    await tx.execute(sql`
      with analysed as (
        select * from unnest(${analysisIds}, ${baselineIds}) as s(analysis_id, baseline_id)
      ),
      prints as (
        select distinct b.baseline_id, bf.fingerprint
        from (select distinct baseline_id from analysed where baseline_id is not null) b
        join findings bf on bf.analysis_id = b.baseline_id
      ),
      counted as materialized (
        select f.analysis_id, f.kind,
          count(*) filter (where pr.fingerprint is null)::integer as actual,
          count(*) filter (where pr.fingerprint is not null)::integer as baseline
        from analysed a
        join findings f on f.analysis_id = a.analysis_id and f.status in ('open', 'reopened')
        left join prints pr on pr.baseline_id = a.baseline_id and pr.fingerprint = f.fingerprint
        group by f.analysis_id, f.kind
      ),
      kinds as materialized (
        select ix.analysis_id, k.n - 1 as kind, k.value ->> 'tool' as tool, k.value ->> 'rule' as rule,
          k.value ->> 'severity' as severity
        from analysed a
        join indices ix on ix.analysis_id = a.analysis_id
        cross join lateral jsonb_array_elements(ix.finding_kinds) with ordinality as k(value, n)
      )
      insert into insight_counts (analysis_id, tool, rule, severity, actual, baseline)
      select c.analysis_id, k.tool, k.rule, k.severity, sum(c.actual)::integer, sum(c.baseline)::integer
      from counted c
      join kinds k on k.analysis_id = c.analysis_id and k.kind = c.kind
      group by c.analysis_id, k.tool, k.rule, k.severity
      -- Each analysis's rows side by side: a query reads an analysis's hundred rows from a page or two, not a hundred.
      order by c.analysis_id
      on conflict (analysis_id, tool, rule, severity)
        do update set actual = excluded.actual, baseline = excluded.baseline`);
  });
}

/**
 * Counts a just-stored analysis for the insights queries, against its project's baseline as it is now: what keeps the
 * queries from counting findings. Called at the end of the transaction storing it, once it is completed.
 */
export async function countAnalysisInsights(db: Executor, analysisId: number): Promise<void> {
  const [row] = rowsOf<{ baseline_id: unknown }>(
    await db.execute(sql`select ${baselineOf('p')} as baseline_id
      from analyses a join projects p on p.id = a.project_id where a.id = ${analysisId}`),
  );
  if (!row) return;
  await writeInsightCounts(db, [{ analysisId, baselineId: row.baseline_id === null ? null : Number(row.baseline_id) }]);
}

/** Drops the insight counts of analyses whose findings changed status: the next query that needs them counts again. */
export async function dropInsightCounts(db: Executor, analysisIds: readonly number[]): Promise<void> {
  if (analysisIds.length === 0) return;
  await db.execute(sql`delete from insight_count_sets where analysis_id = any(${bigintArray(analysisIds)})`);
}

/**
 * The analyses among these whose kept counts are missing or of another baseline (stored before the counts existed,
 * stored off the default branch, moved by a change of status, or re-based by a rebuilt baseline), counted now.
 */
async function countMissing(db: Executor, input: InsightCountInput): Promise<void> {
  const missing = rowsOf<{ analysis_id: unknown; baseline_id: unknown }>(
    await db.execute(sql`
      select distinct s.analysis_id, s.baseline_id
      from unnest(${bigintArray(input.analysisIds)}, ${bigintArray(input.baselineIds)}) as s(analysis_id, baseline_id)
      where not exists (select 1 from insight_count_sets c
        where c.analysis_id = s.analysis_id and c.baseline_id is not distinct from s.baseline_id)`),
  );
  if (missing.length === 0) return;
  await writeInsightCounts(
    db,
    missing.map((row) => ({
      analysisId: Number(row.analysis_id),
      baselineId: row.baseline_id === null ? null : Number(row.baseline_id),
    })),
  );
}

/** The sum of the kept counts of the analyses by group (and rule) and severity; exported for the bench's EXPLAIN. */
export function insightSumQuery(input: InsightCountInput): SQL {
  // Each kept row is one analysis, rule and severity already: summed straight into the groups asked for.
  const rule = input.byRule ? sql.raw('c.rule') : sql.raw('null::text');
  const tool = input.byRule ? sql.raw('c.tool') : sql.raw('null::text');
  return sql`
    select s.key, ${tool} as tool, ${rule} as rule, c.severity,
      sum(c.actual)::integer as actual, sum(c.baseline)::integer as baseline
    from unnest(${bigintArray(input.analysisIds)}, ${textArray(input.keys)}) as s(analysis_id, key)
    join insight_counts c on c.analysis_id = s.analysis_id
    where ${textArray(input.inspectionIds)} is null
      or c.tool || '/' || c.rule = any(${textArray(input.inspectionIds)})
    group by s.key, 2, 3, c.severity`;
}

/**
 * Open findings of the given analyses by group, rule and severity, in their baseline and not: the counts kept per
 * analysis, rule and severity (`insight_counts`), counted first for any analysis that has none for its baseline.
 * Each analysis is read once however many groups it serves.
 */
export async function insightCounts(db: Executor, input: InsightCountInput): Promise<InsightCount[]> {
  if (input.analysisIds.length === 0) return [];
  await countMissing(db, input);
  const rows = rowsOf<Record<string, unknown>>(await db.execute(insightSumQuery(input)));
  return rows.map((row) => ({
    key: String(row.key),
    tool: row.tool === null ? null : String(row.tool),
    rule: row.rule === null ? null : String(row.rule),
    severity: String(row.severity),
    actual: Number(row.actual),
    baseline: Number(row.baseline),
  }));
}
