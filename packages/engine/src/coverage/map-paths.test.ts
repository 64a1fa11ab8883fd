import { describe, expect, it } from 'vitest';
import { mapCoveragePaths, parseCoverage } from './index.js';
import { fixtureFiles, fixtureStream } from './fixtures.case.js';

const pathsOf = async (name: string) => {
  const report = await parseCoverage(fixtureStream(name));
  return { paths: report.files.map((file) => file.path), sourceRoots: report.sourceRoots };
};

describe('mapCoveragePaths on the reports and the sources they describe', () => {
  it('maps c8 Clover absolute paths by the checkout root, and by their tail when the root is unknown', async () => {
    const { paths } = await pathsOf('c8/clover.xml');
    const files = fixtureFiles('c8');
    const expected = {
      matched: [
        { reportPath: '/work/cov-scratch/c8/src/pricing.js', path: 'src/pricing.js' },
        { reportPath: '/work/cov-scratch/c8/src/util/format.js', path: 'src/util/format.js' },
      ],
      unmatched: [],
    };
    expect(mapCoveragePaths(paths, files, { roots: ['/work/cov-scratch/c8/'] })).toEqual(expected);
    expect(mapCoveragePaths(paths, files)).toEqual(expected);
  });

  it('maps coverage.py Cobertura paths through <sources>, also inside a monorepo folder', async () => {
    const { paths, sourceRoots } = await pathsOf('coverage-py/coverage.xml');
    const monorepo = fixtureFiles('coverage-py').map((file) => `services/stock/${file}`);
    expect(mapCoveragePaths(paths, monorepo, { sourceRoots })).toEqual({
      matched: [
        { reportPath: 'inventory/__init__.py', path: 'services/stock/inventory/__init__.py' },
        { reportPath: 'inventory/stock.py', path: 'services/stock/inventory/stock.py' },
      ],
      unmatched: [],
    });
  });

  it("maps geninfo's absolute paths and gcovr's paths under <source>.</source>", async () => {
    const files = fixtureFiles('gcc');
    const lcov = await pathsOf('gcc/lcov.info');
    expect(mapCoveragePaths(lcov.paths, files).matched.map((entry) => entry.path)).toEqual([
      'src/ring.c',
      'tests/ring_test.c',
    ]);
    const gcovr = await pathsOf('gcc/cobertura.xml');
    expect(gcovr.sourceRoots).toEqual(['.']);
    expect(mapCoveragePaths(gcovr.paths, files, { sourceRoots: gcovr.sourceRoots })).toEqual({
      matched: [{ reportPath: 'src/ring.c', path: 'src/ring.c' }],
      unmatched: [],
    });
  });

  it('maps JaCoCo package paths to Maven source folders', async () => {
    const { paths } = await pathsOf('jacoco/jacoco.xml');
    expect(mapCoveragePaths(paths, fixtureFiles('jacoco')).matched).toEqual([
      { reportPath: 'com/example/shop/Cart.java', path: 'src/main/java/com/example/shop/Cart.java' },
      { reportPath: 'com/example/shop/tax/TaxRule.java', path: 'src/main/java/com/example/shop/tax/TaxRule.java' },
    ]);
  });

  it("maps an aggregated JaCoCo report's files by their module", async () => {
    const report = await parseCoverage(fixtureStream('jacoco-modules/jacoco.xml'));
    const files = fixtureFiles('jacoco-modules');
    const path = 'com/example/app/Main.java';
    expect(mapCoveragePaths(report.files, files).matched).toEqual([
      { reportPath: path, module: 'billing', path: `billing/src/main/java/${path}` },
      { reportPath: path, module: 'shipping', path: `shipping/src/main/java/${path}` },
    ]);
    expect(mapCoveragePaths([path], files).unmatched).toEqual([
      {
        reportPath: path,
        reason: '2 repository files match it equally well',
        candidates: [`billing/src/main/java/${path}`, `shipping/src/main/java/${path}`],
      },
    ]);
  });

  it('reports what it cannot place: absent files, and files that match several equally well', () => {
    const files = ['src/main/java/com/acme/A.java', 'legacy/java/com/acme/A.java', 'src/b.ts'];
    expect(mapCoveragePaths(['com/acme/A.java', 'gen/Parser.java', 'src\\b.ts'], files)).toEqual({
      matched: [{ reportPath: 'src\\b.ts', path: 'src/b.ts' }],
      unmatched: [
        {
          reportPath: 'com/acme/A.java',
          reason: '2 repository files match it equally well',
          candidates: ['legacy/java/com/acme/A.java', 'src/main/java/com/acme/A.java'],
        },
        { reportPath: 'gen/Parser.java', reason: 'no repository file has this path or ends with it' },
      ],
    });
  });

  it('prefers the longest tail, and never matches a file whose folders differ', () => {
    const files = ['a.js', 'lib/a.js', 'app/lib/a.js', 'web/src/x.js'];
    const { matched, unmatched } = mapCoveragePaths(
      ['/ci/build/app/lib/a.js', 'file:///ci/build/./lib/../a.js', '/ci/build/api/src/x.js'],
      files,
    );
    expect(matched).toEqual([
      { reportPath: '/ci/build/app/lib/a.js', path: 'app/lib/a.js' },
      { reportPath: 'file:///ci/build/./lib/../a.js', path: 'a.js' },
    ]);
    expect(unmatched.map((entry) => entry.reportPath)).toEqual(['/ci/build/api/src/x.js']);
  });
});
