import { describe, expect, it } from 'vitest';
import { CoverageError, parseCoverage } from './index.js';
import { fixtureStream, rows } from './fixtures.case.js';

const fileOf = async (name: string, path: string, chunk?: number) => {
  const report = await parseCoverage(fixtureStream(name, chunk));
  const file = report.files.find((candidate) => candidate.path.endsWith(path));
  if (file === undefined) throw new Error(`${name} has no ${path}`);
  return file;
};

describe('parseCoverage on reports written by real tools', () => {
  it('reads c8 lcov with the totals c8 wrote (LF/LH, BRF/BRH)', async () => {
    const report = await parseCoverage(fixtureStream('c8/lcov.info', 37));
    expect(report.format).toBe('lcov');
    expect(report.files.map((file) => [file.path, file.totals])).toEqual([
      ['src/pricing.js', { lines: 26, coveredLines: 21, branches: 8, coveredBranches: 8 }],
      ['src/util/format.js', { lines: 8, coveredLines: 6, branches: 3, coveredBranches: 2 }],
    ]);
    expect(report.totals).toEqual({ lines: 34, coveredLines: 27, branches: 11, coveredBranches: 10 });
  });

  it('reads the same run as lcov, Cobertura and Clover into the same lines, hits and branches', async () => {
    for (const path of ['src/pricing.js', 'src/util/format.js']) {
      const lcov = rows(await fileOf('c8/lcov.info', path));
      expect(rows(await fileOf('c8/cobertura-coverage.xml', path, 53))).toEqual(lcov);
      expect(rows(await fileOf('c8/clover.xml', path, 41))).toEqual(lcov);
    }
    const format = rows(await fileOf('c8/lcov.info', 'src/util/format.js'));
    expect(format.find((row) => row.line === 3)).toEqual({ line: 3, hits: 3, branches: 1, coveredBranches: 0 });
    expect(format.find((row) => row.line === 7)).toEqual({ line: 7, hits: 0, branches: 0, coveredBranches: 0 });
  });

  it('reads c8 Cobertura from class lines only, and its <sources> root', async () => {
    const report = await parseCoverage(fixtureStream('c8/cobertura-coverage.xml'));
    expect(report.format).toBe('cobertura');
    expect(report.sourceRoots).toEqual(['/work/cov-scratch/c8']);
    // <method> repeats line 3 with hits="3"; the class's own line says 1
    expect(rows(await fileOf('c8/cobertura-coverage.xml', 'src/pricing.js'))[2]).toMatchObject({ line: 3, hits: 1 });
    expect(report.totals).toEqual({ lines: 34, coveredLines: 27, branches: 11, coveredBranches: 10 });
  });

  it('reads coverage.py Cobertura with its own totals (lines-valid 15/11, branches-valid 10/5)', async () => {
    const report = await parseCoverage(fixtureStream('coverage-py/coverage.xml', 29));
    expect(report.format).toBe('cobertura');
    expect(report.sourceRoots).toEqual(['/work/cov-scratch/py']);
    expect(report.files.map((file) => file.path)).toEqual(['inventory/__init__.py', 'inventory/stock.py']);
    expect(report.totals).toEqual({ lines: 15, coveredLines: 11, branches: 10, coveredBranches: 5 });
    const stock = rows(report.files[1]!);
    expect(stock.find((row) => row.line === 2)).toEqual({ line: 2, hits: 1, branches: 2, coveredBranches: 1 });
    expect(stock.filter((row) => row.hits === 0).map((row) => row.line)).toEqual([3, 17, 18, 19]);
  });

  it('reads JaCoCo XML (one line of XML, DOCTYPE) with the LINE and BRANCH counters JaCoCo wrote', async () => {
    const report = await parseCoverage(fixtureStream('jacoco/jacoco.xml', 97));
    expect(report.format).toBe('jacoco');
    expect(report.files.map((file) => [file.path, file.totals])).toEqual([
      ['com/example/shop/Cart.java', { lines: 16, coveredLines: 15, branches: 6, coveredBranches: 4 }],
      ['com/example/shop/tax/TaxRule.java', { lines: 7, coveredLines: 5, branches: 4, coveredBranches: 2 }],
    ]);
    const cart = rows(report.files[0]!);
    expect(cart.find((row) => row.line === 12)).toEqual({ line: 12, hits: 0, branches: 0, coveredBranches: 0 });
    expect(cart.find((row) => row.line === 22)).toEqual({ line: 22, hits: 1, branches: 2, coveredBranches: 1 });
  });

  it('keeps apart the same file of two modules of an aggregated JaCoCo report', async () => {
    const report = await parseCoverage(fixtureStream('jacoco-modules/jacoco.xml', 101));
    expect(report.files.map(({ path, module, totals }) => ({ path, module, totals }))).toEqual([
      {
        path: 'com/example/app/Main.java',
        module: 'billing',
        totals: { lines: 6, coveredLines: 4, branches: 2, coveredBranches: 1 },
      },
      {
        path: 'com/example/app/Main.java',
        module: 'shipping',
        totals: { lines: 5, coveredLines: 3, branches: 4, coveredBranches: 1 },
      },
    ]);
  });

  it("reads geninfo's lcov and gcovr's Cobertura of one gcc run alike, with gcovr's own totals", async () => {
    const lcov = await fileOf('gcc/lcov.info', 'src/ring.c', 43);
    const cobertura = await fileOf('gcc/cobertura.xml', 'src/ring.c', 43);
    expect(rows(cobertura)).toEqual(rows(lcov));
    expect(cobertura.totals).toEqual({ lines: 22, coveredLines: 20, branches: 8, coveredBranches: 5 });
    expect(rows(lcov).find((row) => row.line === 18)).toEqual({ line: 18, hits: 1, branches: 4, coveredBranches: 2 });
    const report = await parseCoverage(fixtureStream('gcc/lcov.info'));
    expect(report.files.map((file) => file.path)).toEqual([
      '/work/cov-scratch/gcc/src/ring.c',
      '/work/cov-scratch/gcc/tests/ring_test.c',
    ]);
  });

  it('gives the same result whatever the chunk size, down to one byte', async () => {
    for (const name of [
      'c8/lcov.info',
      'c8/clover.xml',
      'coverage-py/coverage.xml',
      'jacoco/jacoco.xml',
      'gcc/lcov.info',
    ]) {
      const whole = await parseCoverage(fixtureStream(name));
      const bytewise = await parseCoverage(fixtureStream(name, 1));
      expect(bytewise.files.map(rows)).toEqual(whole.files.map(rows));
      expect(bytewise.totals).toEqual(whole.totals);
    }
  });

  it('refuses a report that is not one, naming what it saw', async () => {
    await expect(parseCoverage(fixtureStream('c8/src/pricing.js'))).rejects.toThrow(
      new CoverageError('its format is none of lcov (SF:, DA:, end_of_record), Cobertura, JaCoCo or Clover XML'),
    );
    await expect(parseCoverage(fixtureStream('coverage-py/coverage.xml'), { format: 'jacoco' })).rejects.toThrow(
      "JaCoCo report, line 2: the root element is <coverage>, not JaCoCo's <report>",
    );
  });
});
