import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findIndex, insertAnalysis, listIndexFindings } from '../src/domain/analyses/index.js';
import { createProject, type Project } from '../src/domain/projects/index.js';
import { copyClientOf } from '../src/store/copy-rows.js';
import {
  applyMigrations,
  inTransaction,
  insertRows,
  listMigrations,
  rowsOf,
  schema,
  type Store,
} from '../src/store/index.js';
import { MIGRATIONS_DIR } from '../src/store/migrate.js';
import { createTenant } from './support/tenant-fixture.js';
import { openTestStore, TEST_DRIVER } from './support/test-store.js';

const { findings, duplicates, indices, projects } = schema;

/** Text that COPY's text format gives meaning to, and text that merely looks like it. */
const AWKWARD = [
  'tab\there',
  'line\nbreak',
  'carriage\rreturn',
  'back\\slash',
  '\\N',
  'quote "x" \'y\'',
  '',
  'é ü 漢 🙂',
];

async function analysisOf(store: Store, slug: string): Promise<{ project: Project; analysisId: number }> {
  const tenant = await createTenant(store, slug);
  const project = await createProject(store.db, tenant.owner, { provider: 'gp', name: slug, defaultBranch: 'main' });
  const analysis = await insertAnalysis(store.db, project, {
    kind: 'branch',
    branch: 'main',
    revision: 'a'.repeat(40),
  });
  return { project, analysisId: analysis.id };
}

function findingRow(analysisId: number, n: number, text: string) {
  return {
    analysisId,
    issueId: null,
    filename: `dir/${text}.py`,
    line: n + 1,
    lineEnd: n + 2,
    column: 3,
    description: text,
    help: n % 3 === 0 ? null : `${text} help`,
    remediationMinutes: 2.5,
    codeHash: 'h'.repeat(16),
    fingerprint: `f${n}`,
    isNew: n % 2 === 1,
    status: 'open' as const,
    kind: n,
  };
}

describe(`bulk inserts on ${TEST_DRIVER}`, () => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore();
  });
  afterAll(async () => store.close());

  it('writes every value back as given, through COPY inside a transaction', async () => {
    const { analysisId } = await analysisOf(store, 'copy');
    const rows = AWKWARD.map((text, n) => findingRow(analysisId, n, text));
    await inTransaction(store.db, async (tx) => {
      expect(copyClientOf(tx)?.driver).toBe(TEST_DRIVER);
      await insertRows(tx, findings, rows);
    });
    const stored = await store.db
      .select()
      .from(findings)
      .where(eq(findings.analysisId, analysisId))
      .orderBy(asc(findings.id));
    expect(stored.map(({ id: _id, ...row }) => row)).toEqual(rows);
  });

  it('writes arrays of awkward text as given', async () => {
    const rows = AWKWARD.map((text, n) => ({
      provider: 'gp' as const,
      name: `arrays-${n}`,
      trackedBranches: [text, 'a,b', '{braced}', 'NULL', '"quoted"'],
    }));
    await inTransaction(store.db, (tx) => insertRows(tx, schema.projects, rows));
    const stored = await store.db
      .select({ name: schema.projects.name, trackedBranches: schema.projects.trackedBranches })
      .from(schema.projects)
      .where(sql`${schema.projects.name} like 'arrays-%'`)
      .orderBy(asc(schema.projects.id));
    expect(stored).toEqual(rows.map(({ name, trackedBranches }) => ({ name, trackedBranches })));
  });

  it('writes JSON values as given', async () => {
    const { analysisId, project } = await analysisOf(store, 'copy-json');
    const awkward = { text: AWKWARD, nested: { tab: '\t', nul: null, number: 1.5, yes: true }, list: [1, 'two'] };
    const index = {
      analysisId,
      projectId: project.id,
      branch: 'main',
      revision: 'a'.repeat(40),
      outdated: false,
      createdAt: new Date('2026-01-02T03:04:05.678Z'),
      slocs: 1,
      runningTimeSeconds: 2,
      summary: awkward,
      techdebt: {},
      ratings: {},
      quality: {},
      stats: {},
      thresholds: {},
      errors: ['\\N'],
      tree: [],
      nbIssues: 0,
      nbIgnoredIssues: 0,
      findingKinds: [
        { rule: 'r\tule', tool: 'plumb', severity: 'low', category: 'Safety', language: null, labels: [] },
      ],
    };
    await inTransaction(store.db, (tx) => insertRows(tx, indices, [index]));
    const [stored] = await store.db.select().from(indices).where(eq(indices.analysisId, analysisId));
    expect(stored).toMatchObject(index);
  });

  it('leaves nothing behind when a COPY fails, and the connection goes on working', async () => {
    const { analysisId } = await analysisOf(store, 'copy-fails');
    const clone = (ordinal: number) => ({
      analysisId,
      ordinal,
      lineCount: 6,
      tokenCount: 50,
      kind: 'identical',
      code: 'x',
    });
    await expect(
      inTransaction(store.db, async (tx) => {
        await insertRows(tx, findings, [findingRow(analysisId, 1, 'kept?')]);
        await insertRows(tx, duplicates, [clone(1), clone(2), clone(1)]);
      }),
    ).rejects.toThrow(/duplicates_analysis_ordinal_unique/);
    const count = async (table: typeof findings | typeof duplicates) =>
      (await store.db.select({ id: table.id }).from(table).where(eq(table.analysisId, analysisId))).length;
    expect(await count(findings)).toBe(0);
    expect(await count(duplicates)).toBe(0);
    await inTransaction(store.db, (tx) => insertRows(tx, duplicates, [clone(1), clone(2)]));
    expect(await count(duplicates)).toBe(2);
  });

  it("deletes what an analysis wrote in bulk with it, and a project's issues with the project", async () => {
    // Those rows carry no foreign key (checked per row, it slowed every write); migration 0004's triggers stand in.
    const kept = await analysisOf(store, 'delete-kept');
    const gone = await analysisOf(store, 'delete-gone');
    for (const { project, analysisId } of [kept, gone]) {
      await insertRows(store.db, findings, [findingRow(analysisId, 1, 'x'), findingRow(analysisId, 2, 'y')]);
      await insertRows(store.db, duplicates, [
        { analysisId, ordinal: 1, lineCount: 6, tokenCount: 50, kind: 'identical', code: 'x' },
      ]);
      await insertRows(store.db, schema.duplicateOccurrences, [
        { analysisId, duplicateOrdinal: 1, filename: 'a.py', line: 1, lineEnd: 6 },
      ]);
      await insertRows(store.db, schema.functions, [
        {
          analysisId,
          filename: 'a.py',
          name: 'f',
          language: 'Python',
          lineStart: 1,
          lineEnd: 6,
          complexity: 1,
          cognitiveComplexity: 0,
          length: 6,
          parameters: 0,
          nestingDepth: 0,
        },
      ]);
      await insertRows(store.db, schema.analysisFiles, [
        { analysisId, filename: 'a.py', language: 'Python', code: 6, comment: 0, blank: 0, duplicatedLines: 6 },
      ]);
      await insertRows(store.db, schema.issues, [
        { projectId: project.id, scope: 'main', firstAnalysisId: analysisId, lastAnalysisId: analysisId },
      ]);
    }
    const left = async ({ project, analysisId }: { project: Project; analysisId: number }) => {
      const counts: number[] = [];
      for (const table of [findings, duplicates, schema.duplicateOccurrences, schema.functions, schema.analysisFiles])
        counts.push(
          (await store.db.select({ id: table.id }).from(table).where(eq(table.analysisId, analysisId))).length,
        );
      const issues = await store.db.select().from(schema.issues).where(eq(schema.issues.projectId, project.id));
      return [...counts, issues.length];
    };
    await store.db.delete(schema.analyses).where(eq(schema.analyses.id, gone.analysisId));
    expect(await left(gone)).toEqual([0, 0, 0, 0, 0, 1]);
    await store.db.delete(schema.projects).where(eq(schema.projects.id, gone.project.id));
    expect(await left(gone)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(await left(kept)).toEqual([2, 1, 1, 1, 1, 1]);
  });
});

describe(`migration 0003 on ${TEST_DRIVER}: findings stored before kinds`, () => {
  let store: Store;
  let migrations: string;
  beforeAll(async () => {
    store = await openTestStore({ migrate: false });
    // The migrations of the release before kinds, in a directory of their own.
    migrations = await mkdtemp(path.join(tmpdir(), 'plumb-migrations-'));
    await cp(MIGRATIONS_DIR, migrations, { recursive: true });
    const journalFile = path.join(migrations, 'meta', '_journal.json');
    const journal = JSON.parse(await readFile(journalFile, 'utf8')) as { entries: { tag: string }[] };
    journal.entries = journal.entries.filter((entry) => entry.tag < '0003');
    await writeFile(journalFile, JSON.stringify(journal));
  });
  afterAll(async () => {
    await store.close();
    await rm(migrations, { recursive: true, force: true });
  });

  it('numbers their kinds, so every filter keeps what it kept', async () => {
    expect(await applyMigrations(store.db, migrations)).toEqual((await listMigrations()).filter((t) => t < '0003'));
    // The organization, project and analysis as the release before kinds wrote them: the domain's writers name
    // columns added since (scan_type on analyses, the report settings on projects…).
    const [{ id: organizationId }] = rowsOf<{ id: number }>(
      await store.db.execute(sql`insert into organizations (slug, name) values ('before-kinds', 'Before kinds')
        returning id::integer as id`),
    ) as [{ id: number }];
    const [{ id: projectId }] = rowsOf<{ id: number }>(
      await store.db.execute(sql`insert into projects (organization_id, provider, name)
        values (${organizationId}, 'gp', 'before-kinds') returning id::integer as id`),
    ) as [{ id: number }];
    const [{ id: analysisId }] = rowsOf<{ id: number }>(
      await store.db.execute(sql`insert into analyses (project_id, kind, branch, revision)
        values (${projectId}, 'branch', 'main', ${'a'.repeat(40)}) returning id::integer as id`),
    ) as [{ id: number }];
    const old = [
      ['E711', 'ruff', 'low', 'Code_Style', 'Python', '{coding-style}'],
      ['F401', 'ruff', 'moderate', 'Best_Practice', 'Python', '{unused-code}'],
      ['E711', 'ruff', 'low', 'Code_Style', 'Python', '{coding-style}'],
      ['secret', 'plumb', 'critical', 'Security', null, '{security,bug}'],
    ];
    for (const [n, [rule, tool, severity, category, language, labels]] of old.entries())
      await store.db.execute(sql`insert into findings (analysis_id, rule, tool, category, severity, language, filename,
        line, line_end, "column", description, labels, remediation_minutes, code_hash, fingerprint)
        values (${analysisId}, ${rule}, ${tool}, ${category}, ${severity}, ${language}, ${`f${n}.py`}, 1, 1, 1, 'd',
          ${labels}::text[], 1, 'h', ${`fp${n}`})`);
    await store.db.execute(sql`insert into indices (analysis_id, project_id, branch, revision, slocs,
      running_time_seconds, summary, techdebt, ratings, quality, stats, thresholds, errors, tree, nb_issues,
      nb_ignored_issues) values (${analysisId}, ${projectId}, 'main', ${'a'.repeat(40)}, 1, 1, '{}', '{}', '{}',
      '{}', '{}', '{}', '[]', '[]', 4, 0)`);

    expect(await applyMigrations(store.db)).toEqual((await listMigrations()).filter((t) => t >= '0003'));
    const [project] = await store.db.select().from(projects).where(eq(projects.id, projectId));
    const index = await findIndex(store.db, project!, 'a'.repeat(40));
    expect(index.findingKinds).toHaveLength(3);
    const files = async (filter: Parameters<typeof listIndexFindings>[2]) =>
      (await listIndexFindings(store.db, index, filter, { limit: 10, offset: 0 })).items.map((item) => item.filename);
    expect(await files({ rules: ['E711'] })).toEqual(['f0.py', 'f2.py']);
    expect(await files({ severities: ['moderate', 'critical'] })).toEqual(['f1.py', 'f3.py']);
    expect(await files({ labels: ['bug'] })).toEqual(['f3.py']);
    expect(await files({ languages: ['Python'], categories: ['Best_Practice'] })).toEqual(['f1.py']);
    expect(await files({ languages: ['Go'] })).toEqual([]);
  });
});
