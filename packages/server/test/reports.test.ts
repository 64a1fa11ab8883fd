import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { requestAnalysis } from '../src/domain/analyses/index.js';
import { localDate } from '../src/domain/reports/index.js';
import { openQueue, type Queue } from '../src/jobs/queue.js';
import { REPORT_QUEUE } from '../src/jobs/report-schedule.js';
import { startReportWorker, type ReportWorker } from '../src/jobs/report-worker.js';
import { startWorker, type Worker } from '../src/jobs/worker.js';
import { schema, type Store } from '../src/store/index.js';
import { openAnalysisWorld, type AnalysisWorld } from './support/analysis-world.js';
import { commitAt } from './support/dated-commits.js';
import { PYTHON_WITH_FINDINGS } from './support/python-findings.js';
import { createTenant, type Tenant } from './support/tenant-fixture.js';
import { openTestStore, TEST_DRIVER } from './support/test-store.js';

const ALICE = { name: 'Alice Liddell', email: 'alice@weekly.example' };
const BOB = { name: 'Bob Builder', email: 'bob@weekly.example' };
const CAROL = { name: 'Carol Danvers', email: 'carol@weekly.example' };
const REPOSITORY = '/api/repositories/gp/weekly';

/** A GitHub token the secret detector reports as critical: an alert. */
const githubToken = () => `ghp_${randomBytes(40).toString('base64url').replace(/[-_]/g, 'Q').slice(0, 36)}`;
const lines = (count: number, word: string) =>
  Array.from({ length: count }, (_, index) => `${word} ${index}`).join('\n') + '\n';

describe(`development reports on ${TEST_DRIVER}`, () => {
  let store: Store;
  let world: AnalysisWorld;
  let queue: Queue;
  let worker: Worker;
  let reports: ReportWorker;
  let app: FastifyInstance;
  let other: Tenant;
  const sha: Record<string, string> = {};

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, token: string, payload?: object) =>
    app.inject({
      method,
      url: `${url}${url.includes('?') ? '&' : '?'}access_token=${token}`,
      ...(payload ? { payload } : {}),
    });
  const owner = () => world.tenant.ownerUserToken;
  const analyze = async () => {
    const requested = await requestAnalysis(store.db, queue, world.project, { kind: 'branch', branch: 'main' });
    const settled = await world.settle(requested.id, undefined, 120_000);
    expect(settled.state, settled.error ?? '').toBe('completed');
    return settled;
  };

  beforeAll(async () => {
    store = await openTestStore();
    world = await openAnalysisWorld(store, 'weekly');
    queue = await openQueue(store, { expireInSeconds: 300 });
    worker = await startWorker(world.context, queue, { concurrency: 1, pollingIntervalSeconds: 0.5 });
    reports = await startReportWorker(world.context, queue, { pollingIntervalSeconds: 0.5 });
    app = await buildApp({
      store,
      queue,
      secrets: world.context.secrets,
      dataDir: world.context.dataDir,
      logger: false,
      reports,
    });
    other = await createTenant(store, 'rival');
    const dir = world.repo.dir;
    // Week 0: the base. Week of 2026-11-09: three commits by two authors, analysed at the end. Then one more.
    sha.a = commitAt(dir, ALICE, '2026-11-02T10:00:00Z', 'Add the module', {
      'app/mod.py': PYTHON_WITH_FINDINGS,
      'README.md': '# weekly\n',
    });
    await analyze();
    sha.b = commitAt(dir, ALICE, '2026-11-10T09:00:00Z', 'Write notes', { 'docs/notes.md': lines(3, 'note') });
    sha.c = commitAt(dir, BOB, '2026-11-11T15:30:00Z', 'Shorten the notes', { 'docs/notes.md': 'one note\n' });
    sha.d = commitAt(dir, BOB, '2026-11-12T23:59:00Z', 'Add the settings', {
      'app/settings.py': `TOKEN = '${githubToken()}'\n${lines(9, '# setting')}`,
    });
    await analyze();
    sha.e = commitAt(dir, CAROL, '2026-11-17T08:00:00Z', 'Next week', { 'docs/later.md': lines(50, 'later') });
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await reports?.stop();
    await worker?.stop();
    await queue?.stop();
    await store?.close();
    await world?.dispose();
  });

  it('produces the report of a day on demand from the analyses and git log --numstat of its week', async () => {
    const response = await call('POST', `${REPOSITORY}/reports`, owner(), { date: '2026-11-16' });
    expect(response.statusCode, response.body).toBe(201);
    const report = response.json();
    expect(response.headers.location).toBe(`${REPOSITORY}/reports/2026-11-16`);
    const head = (await call('GET', `${REPOSITORY}/indices/${sha.d}`, owner())).json();
    const base = (await call('GET', `${REPOSITORY}/indices/${sha.a}`, owner())).json();
    const metric = (index: typeof head, name: string) => index._embedded.project.metric_values[name] as number;
    expect(report).toMatchObject({
      date: '2026-11-16',
      start_date: '2026-11-09T00:00:00+0000',
      end_date: '2026-11-15T23:59:59+0000',
      branch_reference: 'main',
      base_source_reference: sha.a,
      head_source_reference: sha.d,
      quality_score: metric(head, 'scrutinizer.quality'),
      nb_issues: metric(head, 'scrutinizer.nb_issues'),
      nb_issues_change: metric(head, 'scrutinizer.nb_issues') - metric(base, 'scrutinizer.nb_issues'),
      nb_alerts: 1,
      nb_alerts_change: 1,
      test_coverage_change: 0,
      nb_commits: 3,
      nb_additions: 3 + 1 + 10,
      nb_deletions: 3,
      largest_commits: [
        { author: BOB, title: 'Add the settings', ref: sha.d },
        { author: BOB, title: 'Shorten the notes', ref: sha.c },
        { author: ALICE, title: 'Write notes', ref: sha.b },
      ],
      top_contributors: [
        { ...BOB, nbCommits: 2, nbAdditions: 11, nbDeletions: 3 },
        { ...ALICE, nbCommits: 1, nbAdditions: 3, nbDeletions: 0 },
      ],
      algorithm_changed: false,
      _links: { self: { href: `${REPOSITORY}/reports/2026-11-16` }, repository: { href: REPOSITORY } },
      _embedded: { repository: { type: 'gp', name: 'weekly', development_report_settings: { enabled: true } } },
    });
    expect(report.nb_issues_change).toBeGreaterThan(0);
    expect(report.quality_score_change).toBeCloseTo(
      metric(head, 'scrutinizer.quality') - metric(base, 'scrutinizer.quality'),
      10,
    );
    expect(Object.keys(report.quality_distribution.weights).sort()).toEqual(
      ['critical', 'good', 'pass', 'satisfactory', 'very_good'].sort(),
    );
    expect(report).not.toHaveProperty('test_coverage');
  }, 120_000);

  it('marks algorithm_changed when base and head were analysed by different engine versions', async () => {
    const [base] = await store.db.select().from(schema.analyses).where(eq(schema.analyses.revision, sha.a!));
    await store.db
      .update(schema.analyses)
      .set({ engineVersion: '0.0.1-older' })
      .where(eq(schema.analyses.id, base!.id));
    try {
      const report = (await call('POST', `${REPOSITORY}/reports`, owner(), { date: '2026-11-16' })).json();
      expect(report.algorithm_changed).toBe(true);
    } finally {
      await store.db
        .update(schema.analyses)
        .set({ engineVersion: base!.engineVersion })
        .where(eq(schema.analyses.id, base!.id));
    }
  }, 120_000);

  it('lists reports by date of creation with HAL paging and sorting, and shows one by its date', async () => {
    expect((await call('POST', `${REPOSITORY}/reports`, owner(), { date: '2026-11-23' })).statusCode).toBe(201);
    const week2 = (await call('GET', `${REPOSITORY}/reports/2026-11-23`, owner())).json();
    // The week after: the head is still the latest analysis; Carol's commit is the only one.
    expect(week2).toMatchObject({
      base_source_reference: sha.d,
      head_source_reference: sha.d,
      nb_issues_change: 0,
      nb_commits: 1,
      nb_additions: 50,
      top_contributors: [{ ...CAROL, nbCommits: 1 }],
    });
    const descending = (await call('GET', `${REPOSITORY}/reports?per_page=1`, owner())).json();
    expect(descending).toMatchObject({
      page: 1,
      limit: 1,
      sort_field: 'created_at',
      sort_order: 'desc',
      total: 2,
      _links: {
        self: { href: `${REPOSITORY}/reports?page=1&per_page=1` },
        first: { href: `${REPOSITORY}/reports?page=1&per_page=1` },
        next: { href: `${REPOSITORY}/reports?page=2&per_page=1` },
      },
      _embedded: {
        reports: [
          {
            date: '2026-11-23',
            branch_reference: 'main',
            head_source_reference: sha.d,
            _links: { self: { href: `${REPOSITORY}/reports/2026-11-23` } },
          },
        ],
      },
    });
    expect(Object.keys(descending._embedded.reports[0]).sort()).toEqual(
      [
        '_links',
        'base_source_reference',
        'branch_reference',
        'created_at',
        'date',
        'end_date',
        'head_source_reference',
        'start_date',
      ].sort(),
    );
    const ascending = (await call('GET', `${REPOSITORY}/reports?sort_order=asc&sort_field=created_at`, owner())).json();
    expect(ascending._embedded.reports.map((r: { date: string }) => r.date)).toEqual(['2026-11-16', '2026-11-23']);
    const organization = (await call('GET', '/api/organizations/weekly/reports', owner())).json();
    expect(organization).toMatchObject({ page: 1, limit: 20, total: 1 });
    expect(organization._embedded.reports).toHaveLength(1);
    expect(organization._embedded.reports[0]).toMatchObject({
      date: '2026-11-23',
      nb_commits: 1,
      _embedded: { repository: { name: 'weekly', _embedded: { organization: { slug: 'weekly' } } } },
    });
  }, 120_000);

  it('refuses bad input with 400 and a message naming the field', async () => {
    const cases: [string, string, object | undefined, RegExp][] = [
      ['GET', `${REPOSITORY}/reports?sort_field=date`, undefined, /^sort_field: expected created_at/],
      ['GET', `${REPOSITORY}/reports?sort_order=up`, undefined, /^sort_order: expected asc or desc/],
      ['GET', `${REPOSITORY}/reports?page=0`, undefined, /^page: /],
      ['GET', `${REPOSITORY}/reports?per_page=101`, undefined, /^per_page: /],
      ['GET', `${REPOSITORY}/reports/2026-13-01`, undefined, /^date: expected a day as YYYY-MM-DD/],
      ['POST', `${REPOSITORY}/reports`, { date: 'last monday' }, /^date: expected a day as YYYY-MM-DD/],
      ['POST', `${REPOSITORY}/reports`, { date: '2999-01-01' }, /^date: expected a day no later than today/],
      ['PUT', `${REPOSITORY}/development_report_settings`, { hour: 24 }, /^hour: expected/],
      ['PUT', `${REPOSITORY}/development_report_settings`, { weekday: 0 }, /^weekday: expected/],
      ['PUT', `${REPOSITORY}/development_report_settings`, { timezone: 'Mars/Olympus' }, /^timezone: expected/],
      ['PUT', `${REPOSITORY}/development_report_settings`, { interval: 'P1D' }, /^interval: expected P1W/],
      ['PUT', `${REPOSITORY}/development_report_settings`, { enabled: 'yes' }, /^enabled: expected/],
    ];
    for (const [method, url, payload, message] of cases) {
      const response = await call(method as 'GET', url, owner(), payload);
      expect([response.statusCode, response.json().message], `${method} ${url}`).toEqual([
        400,
        expect.stringMatching(message),
      ]);
    }
    expect((await call('GET', `${REPOSITORY}/reports/2026-11-30`, owner())).statusCode).toBe(404);
  });

  it("hides a repository's reports from another organization, and refuses a viewer a report on demand", async () => {
    const rival = other.ownerUserToken;
    for (const [method, url] of [
      ['GET', `${REPOSITORY}/reports`],
      ['GET', `${REPOSITORY}/reports/2026-11-16`],
      ['POST', `${REPOSITORY}/reports`],
      ['PUT', `${REPOSITORY}/development_report_settings`],
      ['GET', '/api/organizations/weekly/reports'],
    ] as const) {
      const response = await call(method, url, rival, method === 'GET' ? undefined : {});
      expect([response.statusCode, url]).toEqual([404, url]);
    }
    const own = (await call('GET', '/api/organizations/rival/reports', rival)).json();
    expect(own).toMatchObject({ total: 0, _embedded: { reports: [] } });
    const viewer = await world.tenant.memberUserToken('viewer@weekly.example', 'VIEWER');
    expect((await call('GET', `${REPOSITORY}/reports`, viewer)).statusCode).toBe(200);
    expect((await call('POST', `${REPOSITORY}/reports`, viewer, {})).statusCode).toBe(403);
    expect((await call('PUT', `${REPOSITORY}/development_report_settings`, viewer, { hour: 9 })).statusCode).toBe(403);
  });

  it('schedules with pg-boss in the time zone, reschedules on change, and the scheduled job reports', async () => {
    const schedules = async () =>
      (await queue.boss.getSchedules())
        .filter((schedule) => schedule.name.startsWith('plumb-report-at-'))
        .map((schedule) => ({
          name: schedule.name,
          cron: schedule.cron,
          timezone: (schedule as { timezone?: string }).timezone,
        }));
    await reports.reschedule();
    // Scrutinizer's default: Monday 08:00 UTC (both organizations' repositories, none other here).
    expect(await schedules()).toEqual([{ name: 'plumb-report-at-1-08-UTC', cron: '0 8 * * 1', timezone: 'UTC' }]);
    const changed = await call('PUT', `${REPOSITORY}/development_report_settings`, owner(), {
      weekday: 7,
      hour: 18,
      timezone: 'Europe/Berlin',
    });
    expect(changed.json()).toEqual({ enabled: true, interval: 'P1W', weekday: 7, hour: 18, timezone: 'Europe/Berlin' });
    expect(await schedules()).toEqual([
      { name: 'plumb-report-at-7-18-Europe/Berlin', cron: '0 18 * * 7', timezone: 'Europe/Berlin' },
    ]);
    expect((await call('GET', REPOSITORY, owner())).json().development_report_settings).toEqual({
      enabled: true,
      weekday: 7,
      hour: 18,
      timezone: 'Europe/Berlin',
    });

    // What pg-boss's cron does at that hour: a job in the slot's queue, taken by the report worker.
    await queue.boss.send('plumb-report-at-7-18-Europe/Berlin', { weekday: 7, hour: 18, timezone: 'Europe/Berlin' });
    const today = localDate(new Date(), 'Europe/Berlin');
    const until = Date.now() + 60_000;
    let made = await call('GET', `${REPOSITORY}/reports/${today}`, owner());
    while (made.statusCode === 404 && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      made = await call('GET', `${REPOSITORY}/reports/${today}`, owner());
    }
    expect(made.statusCode, made.body).toBe(200);
    expect(made.json()).toMatchObject({ date: today, head_source_reference: sha.d, base_source_reference: sha.d });
    expect(made.json()._embedded.repository.development_report_settings.timezone).toBe('Europe/Berlin');

    const disabled = await call('PUT', `${REPOSITORY}/development_report_settings`, owner(), { enabled: false });
    expect(disabled.json().enabled).toBe(false);
    expect(await schedules()).toEqual([]);
    expect((await queue.boss.getQueues()).map((q) => q.name)).toContain(REPORT_QUEUE);
  }, 120_000);
});
