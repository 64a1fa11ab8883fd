// Every Analysis field and argument through HTTP, against analyses the engine produced and the store kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DRIVER } from '../../../test/support/test-store.js';
import { openGraphqlWorld, SHA1, SHA2, type GraphqlWorld } from './world.case.js';

describe(`Codiga's analyses through GraphQL on ${TEST_DRIVER}`, () => {
  let world: GraphqlWorld;
  beforeAll(async () => {
    world = await openGraphqlWorld();
  }, 180_000);
  afterAll(() => world.close());

  // Answers are JSON whose shape each test states in its expectations.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type Json = any;

  /** Data of a query that must answer without errors. */
  async function data(query: string): Promise<Json> {
    const response = await world.gql(query);
    const body = response.json();
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(response.statusCode).toBe(200);
    return body.data;
  }

  /** A field of the latest analysis of acme's project on main. */
  const last = async (selection: string) =>
    (await data(`{ project(id: ${world.web.id}) { lastAnalysis { ${selection} } } }`)).project.lastAnalysis;

  const violations = async (args: string, fields = 'filename line severity category language tool rule') =>
    (await last(`violations(howmany: 100, skip: 0${args}) { ${fields} }`)).violations as Json[];

  describe('which analysis', () => {
    it('answers the latest completed analysis of the default branch, or of a branch named', async () => {
      const project = (
        await data(`{ project(id: ${world.web.id}) {
          lastAnalysis { id status revision repoRevision repoBranch }
          feature: lastAnalysis(branch: "feature") { id repoBranch }
          none: lastAnalysis(branch: "nope") { id } } }`)
      ).project;
      expect(project.lastAnalysis).toEqual({
        id: world.second.id,
        status: 'Done',
        revision: SHA2,
        repoRevision: SHA2,
        repoBranch: 'main',
      });
      expect(project.feature).toEqual({ id: world.feature.id, repoBranch: 'feature' });
      expect(project.none).toBeNull();
    });

    it('lists analyses newest first, filtered by status, branch and revision, paged, and counts them', async () => {
      const project = (
        await data(`{ project(id: ${world.web.id}) {
          all: analyses(howmany: 10, skip: 0) { id status }
          done: analyses(howmany: 10, skip: 0, status: Done) { id }
          scheduled: analyses(howmany: 10, skip: 0, status: [Scheduled]) { id }
          feature: analyses(howmany: 10, skip: 0, branches: ["feature"]) { id }
          first: analyses(howmany: 10, skip: 0, revision: ["${SHA1}"]) { id }
          page: analyses(howmany: 1, skip: 1) { id }
          total: analysesCount
          doneCount: analysesCount(status: [Done]) } }`)
      ).project;
      const { first, second, feature, queued } = world;
      expect(project.all).toEqual([
        { id: queued.id, status: 'Scheduled' },
        { id: feature.id, status: 'Done' },
        { id: second.id, status: 'Done' },
        { id: first.id, status: 'Done' },
      ]);
      expect(project.done.map((a: { id: number }) => a.id)).toEqual([feature.id, second.id, first.id]);
      expect(project.scheduled).toEqual([{ id: queued.id }]);
      expect(project.feature).toEqual([{ id: feature.id }]);
      expect(project.first).toEqual([{ id: feature.id }, { id: first.id }]);
      expect(project.page).toEqual([{ id: feature.id }]);
      expect(project.total).toBe(4);
      expect(project.doneCount).toBe(3);
    });

    it('answers an analysis by id, and one still queued with empty results of the schema types', async () => {
      const found = await data(`{ done: analysis(id: ${world.second.id}) { id slocs }
        queued: analysis(id: ${world.queued.id}) { id status slocs summary { violations }
          violations(howmany: 5, skip: 0) { line }
          tree { name } techdebt { score grade violationsDensity { metric } } } }`);
      expect(found.done).toEqual({ id: world.second.id, slocs: expect.any(Number) });
      expect(found.queued).toEqual({
        id: world.queued.id,
        status: 'Scheduled',
        slocs: 0,
        summary: { violations: 0 },
        violations: [],
        tree: [],
        techdebt: { score: null, grade: null, violationsDensity: [] },
      });
    });
  });

  describe('figures', () => {
    it('answers summary, slocs, stats, techdebt and errors from the stored index', async () => {
      const analysis = await last(`slocs errors stats { language lines }
        summary { violations duplicates complexFunctions totalFunctions violationsSeverity2 }
        techdebt { score grade fixingViolationsHours violationsDensity { filename metric } }`);
      expect(analysis.slocs).toBe(analysis.stats.reduce((sum: number, stat: { lines: number }) => sum + stat.lines, 0));
      expect(analysis.stats.map((stat: { language: string }) => stat.language)).toEqual(['Javascript', 'Python']);
      expect(analysis.summary).toMatchObject({
        violations: 8,
        duplicates: 1,
        complexFunctions: 1,
        violationsSeverity2: 1,
      });
      expect(analysis.techdebt.score).toEqual(expect.any(Number));
      expect(['Excellent', 'Good', 'Neutral', 'Warning', 'Critical']).toContain(analysis.techdebt.grade);
      expect(analysis.techdebt.violationsDensity[0]).toEqual({ filename: 'app/main.py', metric: expect.any(Number) });
      expect(analysis.errors).toEqual([]);
    });
  });

  describe('violations', () => {
    it('lists every reported violation by file and place, as many as violationsCount and the summary say', async () => {
      const all = await violations('');
      const { violationsCount, summary } = await last('violationsCount summary { violations }');
      expect(all).toHaveLength(8);
      expect(violationsCount).toBe(8);
      expect(summary.violations).toBe(8);
      const places = all.map((v) => `${v.filename}:${String(v.line).padStart(3, '0')}`);
      expect(places).toEqual([...places].sort());
      expect(all).toContainEqual({
        filename: 'src/route.js',
        line: 15,
        severity: 2,
        category: 'Error_Prone',
        language: 'Javascript',
        tool: 'oxlint',
        rule: 'eslint/valid-typeof',
      });
    });

    it('gives each violation its lines, hash, identity and rule URL', async () => {
      const [debuggerStatement] = await violations(
        ', rule: "eslint/no-debugger"',
        'lineCount codeHash uniqueIdentifier ruleUrl',
      );
      expect(debuggerStatement).toEqual({
        lineCount: 1,
        codeHash: expect.stringMatching(/^[0-9a-f]{16}$/),
        uniqueIdentifier: expect.stringContaining('eslint/no-debugger'),
        ruleUrl: 'https://oxc.rs/docs/guide/usage/linter/rules/eslint/no-debugger.html',
      });
    });

    it('filters by language, file, path prefix, category, severity and rule, under both spellings', async () => {
      const python = await violations(', languages: [Python]');
      expect(python.map((v) => v.rule)).toEqual(['F401', 'E711', 'F841']);
      expect(new Set((await violations(', filename: "src/route.js"')).map((v) => v.filename))).toEqual(
        new Set(['src/route.js']),
      );
      const underLib = await violations(', path: "src/lib/"');
      expect(underLib.map((v) => v.filename)).toEqual(['src/lib/sum.js', 'src/lib/total.js']);
      const errorProne = await violations(', categories: [Error_Prone]');
      expect(errorProne.map((v) => v.rule)).toEqual(['F401', 'F841', 'eslint/no-debugger', 'eslint/valid-typeof']);
      expect(await violations(', category: [Error_Prone]')).toEqual(errorProne);
      expect(await violations(', category: [Design], categories: [Error_Prone]')).toHaveLength(7);
      const severe = await violations(', severity: [2]');
      expect(severe.map((v) => v.rule)).toEqual(['eslint/valid-typeof']);
      expect(await violations(', severities: [2]')).toEqual(severe);
      expect(await violations(', severities: [1, 4]')).toEqual([]);
      expect((await violations(', rule: "F401"')).map((v) => v.line)).toEqual([1]);
      const { violationsCount } = await last('violationsCount(languages: [Python], path: "app/")');
      expect(violationsCount).toBe(3);
    });

    it('keeps reported violations by default and under Done, ignored ones under Ignore', async () => {
      expect(await violations(', status: [Done]')).toHaveLength(8);
      expect(await violations(', status: [Ignore]')).toEqual([]);
      expect(await violations(', status: [Error]')).toEqual([]);
    });

    it('orders by severity, category or file, ascending or descending, and pages with howmany and skip', async () => {
      const bySeverity = await violations(', orderBy: Severity');
      expect(bySeverity[0]!.rule).toBe('eslint/valid-typeof');
      const severities = bySeverity.map((v) => v.severity);
      expect(severities).toEqual([...severities].sort());
      const byCategoryDesc = (await violations(', orderBy: Category, desc: true')).map((v) => v.category);
      expect(byCategoryDesc).toEqual([...byCategoryDesc].sort().reverse());
      const filesDesc = (await violations(', orderBy: Filename, desc: true')).map((v) => v.filename);
      expect(filesDesc).toEqual([...filesDesc].sort().reverse());
      const all = await violations('');
      const page = (await last('violations(howmany: 3, skip: 2) { filename line rule }')).violations;
      expect(page).toEqual(all.slice(2, 5).map(({ filename, line, rule }) => ({ filename, line, rule })));
      const sortedPage = (await last('violations(howmany: 2, skip: 1, orderBy: Severity) { rule }')).violations;
      expect(sortedPage.map((v: { rule: string }) => v.rule)).toEqual(bySeverity.slice(1, 3).map((v) => v.rule));
      // Walked kind by kind: descending is the exact reverse, and pages of 3 put together are the whole list.
      const fields = 'filename line rule';
      const ascending = await violations(', orderBy: Severity', fields);
      expect(await violations(', orderBy: Severity, desc: true', fields)).toEqual([...ascending].reverse());
      const pages = [];
      for (const skip of [0, 3, 6])
        pages.push(
          ...(await last(`violations(howmany: 3, skip: ${skip}, orderBy: Severity) { ${fields} }`)).violations,
        );
      expect(pages).toEqual(ascending);
    });

    it(`refuses howmany above 1000, a negative skip and an unknown severity, naming the argument`, async () => {
      for (const [args, field] of [
        ['howmany: 1001, skip: 0', 'howmany'],
        ['howmany: 10, skip: -1', 'skip'],
        ['howmany: 10, skip: 0, severity: [7]', 'severity'],
      ]) {
        const response = await world.gql(
          `{ project(id: ${world.web.id}) { lastAnalysis { violations(${args}) { line } } } }`,
        );
        const body = response.json();
        expect(body.data.project.lastAnalysis).toBeNull();
        expect(body.errors[0]).toMatchObject({
          message: expect.stringContaining(`${field}: expected`),
          extensions: { code: 'BAD_USER_INPUT' },
          path: ['project', 'lastAnalysis', 'violations'],
        });
      }
    });
  });

  describe('duplicates and functions', () => {
    it('lists duplicates with their occurrences, by file or prefix, occurrences paged', async () => {
      const analysis =
        await last(`all: duplicates(howmany: 10, skip: 0) { id lineCount code occurrences { filename line } }
        sum: duplicates(howmany: 10, skip: 0, filename: "src/lib/sum.js") { id }
        app: duplicates(howmany: 10, skip: 0, prefix: "app/") { id }
        paged: duplicates(howmany: 1, skip: 0) { occurrences(howmany: 1, skip: 1) { filename }
          only: occurrences(filename: "src/lib/sum.js") { line } }`);
      expect(analysis.all).toEqual([
        {
          id: 1,
          lineCount: expect.any(Number),
          code: expect.stringContaining('total = total + values[0]'),
          occurrences: [
            { filename: 'src/lib/sum.js', line: expect.any(Number) },
            { filename: 'src/lib/total.js', line: expect.any(Number) },
          ],
        },
      ]);
      expect(analysis.sum).toEqual([{ id: 1 }]);
      expect(analysis.app).toEqual([]);
      expect(analysis.paged).toEqual([
        { occurrences: [{ filename: 'src/lib/total.js' }], only: [{ line: expect.any(Number) }] },
      ]);
    });

    it('lists complex and long functions over the thresholds, ordered and counted', async () => {
      const analysis = await last(`complexFunctions(howmany: 10, skip: 0) {
          functionName complexity length filename lineStart lineEnd nbParameters language }
        byName: complexFunctions(howmany: 10, skip: 0, orderBy: FunctionName) { functionName }
        elsewhere: complexFunctions(howmany: 10, skip: 0, path: "app/") { functionName }
        bounded: complexFunctions(howmany: 10, skip: 0, maximumComplexity: 5) { functionName }
        complexFunctionsCount longFunctions(howmany: 10, skip: 0) { functionName } longFunctionsCount`);
      expect(analysis.complexFunctions).toEqual([
        {
          functionName: 'route',
          complexity: expect.any(Number),
          length: expect.any(Number),
          filename: 'src/route.js',
          lineStart: 1,
          lineEnd: 17,
          nbParameters: 4,
          language: 'Javascript',
        },
      ]);
      expect(analysis.byName).toEqual([{ functionName: 'route' }]);
      expect(analysis.elsewhere).toEqual([]);
      expect(analysis.bounded).toEqual([]);
      expect(analysis.complexFunctionsCount).toBe(1);
      expect(analysis.longFunctions).toEqual([]);
      expect(analysis.longFunctionsCount).toBe(0);
    });
  });

  describe('tree', () => {
    it('answers the immediate children of a directory with their counts', async () => {
      const analysis = await last(`root: tree { name fullPath isFile violations duplicates complexFunctions
          violationsPerLanguage { language violations } }
        src: tree(prefix: "src") { fullPath isFile }
        slashes: tree(prefix: "/src/lib/") { fullPath isFile violations duplicates }
        none: tree(prefix: "nowhere") { name }`);
      expect(analysis.root).toEqual([
        {
          name: 'app',
          fullPath: 'app',
          isFile: false,
          violations: 3,
          duplicates: 0,
          complexFunctions: 0,
          violationsPerLanguage: [{ language: 'Python', violations: 3 }],
        },
        expect.objectContaining({ name: 'src', fullPath: 'src', isFile: false, violations: 5, duplicates: 1 }),
      ]);
      expect(analysis.src).toEqual([
        { fullPath: 'src/lib', isFile: false },
        { fullPath: 'src/route.js', isFile: true },
      ]);
      expect(analysis.slashes).toEqual([
        { fullPath: 'src/lib/sum.js', isFile: true, violations: 1, duplicates: 1 },
        { fullPath: 'src/lib/total.js', isFile: true, violations: 1, duplicates: 1 },
      ]);
      expect(analysis.none).toEqual([]);
    });
  });
});
