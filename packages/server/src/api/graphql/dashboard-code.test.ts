// Plumb's extensions of Analysis for the dashboard's code pages (sdl-plumb-code.ts), over HTTP, on either store:
// the tree with sizes, a file's line coverage, every function with both complexities, and another tenant refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeCoverage } from '../../domain/coverage/index.js';
import { TEST_DRIVER } from '../../../test/support/test-store.js';
import { openGraphqlWorld, type GraphqlWorld } from './world.case.js';

const LCOV = [
  'TN:',
  'SF:src/route.js',
  'DA:1,3',
  'DA:2,0',
  'BRDA:2,0,0,1',
  'BRDA:2,0,1,0',
  'DA:3,2',
  'end_of_record',
  '',
];

describe(`the dashboard's code extensions on ${TEST_DRIVER}`, () => {
  let world: GraphqlWorld;

  beforeAll(async () => {
    world = await openGraphqlWorld();
    await storeCoverage(world.testApp.store.db, world.second, LCOV.join('\n'));
  }, 180_000);
  afterAll(() => world.close());

  const analysisOf = async (id: number, fields: string, token?: string) => {
    const answer = (await world.gql(`{ analysis(id: ${id}) { ${fields} } }`, token ? { token } : {})).json();
    return answer as { data: { analysis: Record<string, unknown> } | null; errors?: unknown[] };
  };

  it("answers a directory's children with Codiga's counts, lines of code, duplication and complexity", async () => {
    const node = 'name fullPath isFile violations duplicates totalFunctions linesOfCode duplicatedLines complexity';
    const top = await analysisOf(world.second.id, `plumbProjectId plumbTree { ${node} }`);
    const children = top.data!.analysis.plumbTree as { fullPath: string; linesOfCode: number }[];
    expect(top.data!.analysis.plumbProjectId).toBe(world.web.id);
    expect(children.map((child) => child.fullPath).sort()).toEqual(['app', 'src']);
    const lib = await analysisOf(world.second.id, `plumbTree(prefix: "src/lib") { ${node} }`);
    const files = lib.data!.analysis.plumbTree as { name: string; duplicatedLines: number; linesOfCode: number }[];
    expect(files.map((file) => file.name).sort()).toEqual(['sum.js', 'total.js']);
    for (const file of files) {
      expect(file).toMatchObject({ isFile: true, duplicates: 1, totalFunctions: 1, linesOfCode: 14, complexity: 1 });
      expect(file.duplicatedLines).toBeGreaterThanOrEqual(10);
    }
    // A directory sums its files: src holds route.js and the two of src/lib.
    const src = await analysisOf(world.second.id, `plumbTree(prefix: "src") { ${node} }`);
    const route = (
      src.data!.analysis.plumbTree as { fullPath: string; complexity: number; linesOfCode: number }[]
    ).find((child) => child.fullPath === 'src/route.js')!;
    const srcNode = children.find((child) => child.fullPath === 'src')!;
    expect(route.complexity).toBeGreaterThan(12);
    expect(srcNode.linesOfCode).toBe(route.linesOfCode + 28);
  });

  it("answers a file's line coverage, a file the report leaves out, and null without a report", async () => {
    const fields = (path: string) =>
      `plumbFileCoverage(path: "${path}") { reported lines { line hits branches coveredBranches } }`;
    expect((await analysisOf(world.second.id, fields('/src/route.js'))).data!.analysis.plumbFileCoverage).toEqual({
      reported: true,
      lines: [
        { line: 1, hits: 3, branches: 0, coveredBranches: 0 },
        { line: 2, hits: 0, branches: 2, coveredBranches: 1 },
        { line: 3, hits: 2, branches: 0, coveredBranches: 0 },
      ],
    });
    expect((await analysisOf(world.second.id, fields('app/main.py'))).data!.analysis.plumbFileCoverage).toEqual({
      reported: false,
      lines: [],
    });
    expect((await analysisOf(world.first.id, fields('src/route.js'))).data!.analysis.plumbFileCoverage).toBeNull();
  });

  it('answers every function with both complexities, sorted and filtered by path', async () => {
    const fields = (args: string) =>
      `plumbFunctions(${args}) { name filename lineStart complexity cognitiveComplexity length } plumbFunctionsCount`;
    const all = await analysisOf(world.second.id, fields('howmany: 10, skip: 0'));
    const functions = all.data!.analysis.plumbFunctions as { name: string; complexity: number }[];
    // route.js, sum.js, total.js and app/main.py's one function.
    expect(all.data!.analysis.plumbFunctionsCount).toBe(4);
    expect(functions.map((fn) => fn.name)).toEqual(expect.arrayContaining(['route', 'sum', 'total']));
    const complexities = functions.map((fn) => fn.complexity);
    expect(complexities).toEqual([...complexities].sort((a, b) => b - a));
    expect(functions[0]).toMatchObject({ filename: 'src/route.js', lineStart: 1 });
    const byName = await analysisOf(
      world.second.id,
      fields('path: "src/lib", orderBy: FunctionName, desc: true, howmany: 10, skip: 0'),
    );
    expect((byName.data!.analysis.plumbFunctions as { name: string }[]).map((fn) => fn.name)).toEqual(['total', 'sum']);
    const byCognitive = await analysisOf(world.second.id, fields('orderBy: CognitiveComplexity, howmany: 1, skip: 0'));
    expect(
      (byCognitive.data!.analysis.plumbFunctions as { cognitiveComplexity: number }[])[0]!.cognitiveComplexity,
    ).toBe(0);
  });

  it("refuses another organization's analysis with NOT_FOUND, and a bad page with BAD_USER_INPUT", async () => {
    const foreign = (await world.gql(`{ analysis(id: ${world.foreign.id}) { plumbTree { fullPath } } }`)).json();
    expect(foreign.data).toEqual({ analysis: null });
    expect(foreign.errors[0].extensions.code).toBe('NOT_FOUND');
    const bad = (
      await world.gql(`{ analysis(id: ${world.second.id}) { plumbFunctions(howmany: 5000, skip: 0) { name } } }`)
    ).json();
    expect(bad.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.errors[0].message).toContain('howmany');
  });
});
