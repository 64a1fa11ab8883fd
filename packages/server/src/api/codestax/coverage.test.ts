import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAnalysis, type Analysis } from '../../domain/analyses/index.js';
import { analyzedFixture, COVERAGE_FIXTURES } from '../../../test/support/coverage-fixtures.js';
import { TEST_DRIVER } from '../../../test/support/test-store.js';
import { multipart, type Part } from './multipart.case.js';
import { bearer, openWorld, type World } from './world.case.js';

describe(`CodeStax coverage upload and read on ${TEST_DRIVER}`, () => {
  let world: World;
  let scan: Analysis;
  let foreign: Analysis;
  let lcov: Buffer;
  let clover: Buffer;
  const upload = (parts: readonly Part[]) =>
    world.call('POST', '/api/quality/coverage/upload', bearer(world.member.VIEWER), multipart(parts));
  const coverage = (id: number) => world.call('GET', `/api/quality/coverage/${id}`, bearer(world.member.VIEWER));

  beforeAll(async () => {
    world = await openWorld();
    const db = world.testApp.store.db;
    // The sources c8 measured, analyzed as a scan of acme's repository: the report's paths map onto its files.
    scan = await analyzedFixture(db, world.web, 'c8', 'main');
    foreign = await analyzedFixture(db, world.site, 'c8', 'main');
    lcov = await readFile(`${COVERAGE_FIXTURES}c8/lcov.info`);
    clover = await readFile(`${COVERAGE_FIXTURES}c8/clover.xml`);
  });
  afterAll(() => world.close());

  it("stores c8's lcov as curl -F sends it, for any member, and serves c8's own totals per file", async () => {
    const response = await upload([
      { name: 'scan_id', value: String(scan.id) },
      { name: 'report_format', value: 'lcov' },
      { name: 'file', value: lcov, filename: 'lcov.info' },
    ]);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ scan_id: scan.id, records_persisted: 2, unmatched_files: [] });

    const read = await coverage(scan.id);
    expect(read.statusCode).toBe(200);
    // c8 wrote LF:26 LH:21 for src/pricing.js and LF:8 LH:6 for src/util/format.js.
    expect(read.json()).toEqual({
      scan_id: scan.id,
      file_count: 2,
      lines_total: 34,
      lines_covered: 27,
      coverage_pct: 79.41,
      files: [
        {
          file_path: 'src/pricing.js',
          lines_total: 26,
          lines_covered: 21,
          lines_missed: 5,
          coverage_pct: 80.77,
          report_format: 'lcov',
        },
        {
          file_path: 'src/util/format.js',
          lines_total: 8,
          lines_covered: 6,
          lines_missed: 2,
          coverage_pct: 75,
          report_format: 'lcov',
        },
      ],
    });
  });

  it("rates the scan's coverage as SonarQube does once a report is stored: 79.41% is B", async () => {
    const ratings = await world.call('GET', `/api/quality/ratings/${scan.id}`, bearer(world.member.VIEWER));
    expect(ratings.json()).toMatchObject({ scan_id: scan.id, coverage_rating: 'B' });
    const without = await world.call('GET', `/api/quality/ratings/${foreign.id}`, bearer(world.globex.ownerUserToken));
    expect(without.json()).toMatchObject({ coverage_rating: null });
  });

  it('detects the format when report_format is absent, reads fields sent after the file, and replaces', async () => {
    const response = await upload([
      { name: 'file', value: clover, filename: 'clover.xml' },
      { name: 'scan_id', value: String(scan.id) },
    ]);
    expect(response.statusCode, response.body).toBe(200);
    const read = (await coverage(scan.id)).json() as { files: { report_format: string }[]; lines_covered: number };
    expect(read.files.map((file) => file.report_format)).toEqual(['clover', 'clover']);
    // c8's clover.xml reads the same lines as its lcov.info.
    expect(read.lines_covered).toBe(27);
  });

  it('reports paths that match no file of the scan instead of dropping them silently', async () => {
    const stray = Buffer.from('SF:lib/elsewhere.js\nDA:1,1\nDA:2,0\nend_of_record\n');
    const response = await upload([
      { name: 'scan_id', value: String(scan.id) },
      { name: 'file', value: Buffer.concat([lcov, stray]), filename: 'lcov.info' },
    ]);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as { records_persisted: number; unmatched_files: { path: string }[] };
    expect(body.records_persisted).toBe(2);
    expect(body.unmatched_files.map((file) => file.path)).toEqual(['lib/elsewhere.js']);
  });

  it('answers 400 naming the problem, and keeps the coverage stored before', async () => {
    const before = (await coverage(scan.id)).json() as unknown;
    const cases: [Part[], RegExp][] = [
      [[{ name: 'file', value: lcov, filename: 'lcov.info' }], /scan_id/],
      [
        [
          { name: 'scan_id', value: 'twelve' },
          { name: 'file', value: lcov, filename: 'l' },
        ],
        /scan_id.*integer/,
      ],
      [[{ name: 'scan_id', value: String(scan.id) }], /file/],
      [
        [
          { name: 'scan_id', value: String(scan.id) },
          { name: 'report_format', value: 'istanbul' },
          { name: 'file', value: lcov, filename: 'l' },
        ],
        /report_format/,
      ],
      [
        [
          { name: 'scan_id', value: String(scan.id) },
          { name: 'report_format', value: 'cobertura' },
          { name: 'file', value: Buffer.from('<coverage><packages><package>'), filename: 'c.xml' },
        ],
        /file/,
      ],
      [
        [
          { name: 'scan_id', value: String(scan.id) },
          { name: 'file', value: Buffer.alloc(25 * 1024 * 1024 + 1, 'a'), filename: 'huge.info' },
        ],
        /25 MB/,
      ],
    ];
    for (const [parts, detail] of cases) {
      const response = await upload(parts);
      expect(response.statusCode, response.body).toBe(400);
      expect((response.json() as { detail: string }).detail).toMatch(detail);
    }
    const json = await world.call('POST', '/api/quality/coverage/upload', bearer(world.member.VIEWER), {
      payload: { scan_id: scan.id },
    });
    expect(json.statusCode).toBe(400);
    expect((json.json() as { detail: string }).detail).toMatch(/multipart/);
    expect((await coverage(scan.id)).json()).toEqual(before);
  });

  it('keeps other organizations out: their scan is 404 both ways, and no credential is 401', async () => {
    const parts = [
      { name: 'scan_id', value: String(foreign.id) },
      { name: 'file', value: lcov, filename: 'lcov.info' },
    ];
    expect((await upload(parts)).statusCode).toBe(404);
    expect((await coverage(foreign.id)).statusCode).toBe(404);
    const anonymous = await world.call('POST', '/api/quality/coverage/upload', undefined, multipart(parts));
    expect(anonymous.statusCode).toBe(401);
    expect((await world.call('GET', `/api/quality/coverage/${scan.id}`, undefined)).statusCode).toBe(401);
  });

  it('answers 404 for a scan without coverage and 409 for one still running', async () => {
    const bare = await analyzedFixture(world.testApp.store.db, world.web, 'c8', 'bare');
    const none = await coverage(bare.id);
    expect(none.statusCode).toBe(404);
    expect((none.json() as { detail: string }).detail).toMatch(/coverage/);
    const running = await insertAnalysis(world.testApp.store.db, world.web, { kind: 'branch', branch: 'main' });
    const response = await upload([
      { name: 'scan_id', value: String(running.id) },
      { name: 'file', value: lcov, filename: 'lcov.info' },
    ]);
    expect(response.statusCode).toBe(409);
  });
});
