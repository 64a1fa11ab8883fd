import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coverageOf } from '../../server/src/domain/coverage/index.js';
import type { Project } from '../../server/src/domain/projects/index.js';
import { schema } from '../../server/src/store/index.js';
import { COVERAGE_FIXTURES } from '../../server/test/support/coverage-fixtures.js';
import type { TestApp } from '../../server/test/support/test-app.js';
import { runCli } from './run-cli.js';
import { openScanServer } from './scan-server.js';

const git = promisify(execFile);

let world: TestApp;
let server: string;
let project: Project;
let token: string;
let scratch: string;
let repo: string;

beforeAll(async () => {
  ({ world, server, project, token } = await openScanServer('cli-coverage', { provider: 'gp', name: 'pricing' }));
  scratch = await mkdtemp(path.join(tmpdir(), 'plumb-scan-coverage-'));
  // The sources c8 measured, as a checkout; the reports stay where c8 wrote them.
  repo = path.join(scratch, 'repo');
  await cp(path.join(COVERAGE_FIXTURES, 'c8', 'src'), path.join(repo, 'src'), { recursive: true });
  await git('git', ['init', '-q', '-b', 'main', repo]);
  const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't' };
  await git('git', ['-C', repo, 'add', '.'], { env });
  await git('git', ['-C', repo, '-c', 'user.email=t@t', 'commit', '-q', '-m', 'pricing'], { env });
}, 60_000);
afterAll(async () => {
  await world.close();
  await rm(scratch, { recursive: true, force: true });
});

const uploads = () =>
  world.store.db
    .select()
    .from(schema.analyses)
    .where(and(eq(schema.analyses.projectId, project.id), eq(schema.analyses.kind, 'upload')))
    .orderBy(asc(schema.analyses.id));

const scan = (...args: string[]) => runCli(['scan', repo, '--server', server, '--token', token, ...args]);

describe('plumb scan --coverage', () => {
  it('uploads the reports with the analysis; the server stores them mapped onto the checkout', async () => {
    const lcov = path.join(COVERAGE_FIXTURES, 'c8', 'lcov.info');
    const cobertura = path.join(COVERAGE_FIXTURES, 'c8', 'cobertura-coverage.xml');
    const run = await scan('--coverage', lcov, '--coverage', cobertura);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/: \d+ findings, 2 files, 2 coverage reports\n/);
    const analysis = (await uploads()).at(-1)!;
    expect(await coverageOf(world.store.db, analysis.id)).toMatchObject({
      formats: ['lcov', 'cobertura'],
      totals: { lines: 34, coveredLines: 27 },
      files: [{ filename: 'src/pricing.js' }, { filename: 'src/util/format.js' }],
      unmatched: [],
    });
  }, 120_000);

  it.each([
    ['a file that does not exist', () => path.join(scratch, 'missing.info'), ': no such file'],
    [
      'a malformed report',
      async () => {
        const file = path.join(scratch, 'bad.info');
        await writeFile(file, 'SF:src/pricing.js\nDA:1,x\nend_of_record\n');
        return file;
      },
      ': lcov report, line 2: DA hit count is not a non-negative integer',
    ],
    [
      'a report past 25 MiB',
      async () => {
        const file = path.join(scratch, 'huge.info');
        await writeFile(file, `SF:src/pricing.js\n${'DA:1,1\n'.repeat(4_000_000)}end_of_record\n`);
        return file;
      },
      ': coverage report: it is larger than the limit of 25 MiB (26214400 bytes)',
    ],
  ])(
    'exits 2 for %s, one line on stderr naming it, and uploads nothing',
    async (_, makeFile, problem) => {
      const file = await makeFile();
      const before = (await uploads()).length;
      const run = await scan('--coverage', file);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`plumb: --coverage ${file}${problem}\n`);
      expect((await uploads()).length).toBe(before);
    },
    60_000,
  );
});
