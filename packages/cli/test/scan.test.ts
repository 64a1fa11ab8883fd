import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealedBox } from '../../server/src/crypto/sealed-box.js';
import {
  claimAnalysis,
  moveAnalysis,
  processUpload,
  readArtifact,
  type Analysis,
} from '../../server/src/domain/analyses/index.js';
import { analysisLimits } from '../../server/src/jobs/limits.js';
import { startWorker } from '../../server/src/jobs/worker.js';
import type { Project } from '../../server/src/domain/projects/index.js';
import { schema } from '../../server/src/store/index.js';
import type { Tenant } from '../../server/test/support/tenant-fixture.js';
import { githubToken } from '../../server/test/support/gated-repository.js';
import { saveGateConfig } from '../../server/src/domain/gates/index.js';
import type { TestApp } from '../../server/test/support/test-app.js';
import { runCli, type CliResult } from './run-cli.js';
import { openScanServer } from './scan-server.js';
import { PYTHON_WITH_FINDINGS } from '../../server/test/support/python-findings.js';

const git = promisify(execFile);

const SCRIPT = PYTHON_WITH_FINDINGS;

let world: TestApp;
let server: string;
let project: Project;
let token: string;
let scratch: string;
let repo: string;
let head: string;
let tenant: Tenant;

beforeAll(async () => {
  ({ world, server, tenant, project, token } = await openScanServer('cli-scan', {
    provider: 'g',
    owner: 'acme',
    name: 'api',
    defaultBranch: 'main',
  }));
  scratch = await mkdtemp(path.join(tmpdir(), 'plumb-scan-'));
  repo = path.join(scratch, 'repo');
  await git('git', ['init', '-q', '-b', 'main', repo]);
  await writeFile(path.join(repo, 'app.py'), SCRIPT);
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@t',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@t',
  };
  await git('git', ['-C', repo, 'add', '.'], { env });
  await git('git', ['-C', repo, 'commit', '-q', '-m', 'first'], { env });
  head = (await git('git', ['-C', repo, 'rev-parse', 'HEAD'])).stdout.trim();
}, 60_000);
afterAll(async () => {
  await world.close();
  await rm(scratch, { recursive: true, force: true });
});

async function uploadsOfProject(): Promise<Analysis[]> {
  return world.store.db
    .select()
    .from(schema.analyses)
    .where(and(eq(schema.analyses.projectId, project.id), eq(schema.analyses.kind, 'upload')))
    .orderBy(asc(schema.analyses.id));
}

function expectNoToken(run: CliResult, secret = token): void {
  expect(run.stdout).not.toContain(secret);
  expect(run.stderr).not.toContain(secret);
}

/**
 * Runs `plumb` while playing the worker, which is not part of this command: every pending upload of the project is
 * claimed and handed to `finish` (by default, stored as the worker stores it).
 */
async function runWhileProcessing(
  args: string[],
  finish: (analysis: Analysis, attempt: number) => Promise<void> = async (analysis, attempt) => {
    await processUpload(world.store.db, analysis.id, { attempt, defaultBranch: 'main' });
  },
): Promise<CliResult> {
  let running = true;
  const run = runCli(args).finally(() => (running = false));
  while (running) {
    for (const analysis of await uploadsOfProject()) {
      if (analysis.state !== 'pending') continue;
      const claimed = await claimAnalysis(world.store.db, analysis.id, new Date(0));
      if (!claimed) continue;
      await moveAnalysis(world.store.db, analysis.id, claimed.attempt, 'in_progress');
      await finish(analysis, claimed.attempt);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return run;
}

describe('plumb scan', () => {
  it('uploads the checkout with the branch and revision git tells; the server URL may end in a slash', async () => {
    const before = (await uploadsOfProject()).length;
    const run = await runCli(['scan', repo, '--server', `${server}/`, '--token', token]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expectNoToken(run);
    const uploads = await uploadsOfProject();
    expect(uploads.length).toBe(before + 1);
    const latest = uploads.at(-1)!;
    expect(latest).toMatchObject({ kind: 'upload', state: 'pending', branch: 'main', revision: head, title: 'first' });
    expect(run.stdout).toContain(`Uploaded analysis ${latest.uuid} of main at ${head.slice(0, 12)}: 3 findings`);
    expect(run.stdout).toContain(`${server}/api/repositories/g/acme/api/inspections/${latest.uuid}\n`);
    const [kept] = await world.store.db
      .select()
      .from(schema.analysisUploads)
      .where(eq(schema.analysisUploads.analysisId, latest.id));
    expect(kept).toBeDefined();
  }, 120_000);

  it("merges --import-sarif results into the upload, which carries the engine's JSON document", async () => {
    const sarif = path.join(scratch, 'extra.sarif');
    const location = { physicalLocation: { artifactLocation: { uri: 'app.py' }, region: { startLine: 1 } } };
    await writeFile(
      sarif,
      JSON.stringify({
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 'extra-tool', rules: [{ id: 'X1' }] } },
            results: [{ ruleId: 'X1', level: 'error', message: { text: 'imported' }, locations: [location] }],
          },
        ],
      }),
    );
    const run = await runCli(['scan', repo, '--server', server, '--token', token, '--import-sarif', sarif]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(': 4 findings, 1 files');
    const latest = (await uploadsOfProject()).at(-1)!;
    const [kept] = await world.store.db
      .select()
      .from(schema.analysisUploads)
      .where(eq(schema.analysisUploads.analysisId, latest.id));
    const document = JSON.parse(gunzipSync(kept!.payload).toString('utf8'));
    expect(document.metadata).toEqual({ branch: 'main', revision: head, title: 'first' });
    expect(document.result.violations.map((violation: { tool: string }) => violation.tool).sort()).toEqual([
      'extra-tool',
      'ruff',
      'ruff',
      'ruff',
    ]);
  }, 120_000);

  it('--wait polls until the worker has stored it, then prints where to see it and exits 0', async () => {
    const run = await runWhileProcessing([
      'scan',
      repo,
      '--server',
      server,
      '--token',
      token,
      '--branch',
      'feature/one',
      '--pull-request',
      '7',
      '--base',
      'main',
      '--wait',
      '--poll-interval',
      '100ms',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const latest = (await uploadsOfProject()).at(-1)!;
    expect(latest).toMatchObject({ state: 'completed', branch: 'feature/one', pullRequest: 7, baseBranch: 'main' });
    expect(run.stdout).toContain(
      `Analysis completed: ${server}/api/repositories/g/acme/api/inspections/${latest.uuid}\n`,
    );
    const findings = await world.store.db
      .select()
      .from(schema.findings)
      .where(eq(schema.findings.analysisId, latest.id));
    expect(findings.length).toBe(3);
  }, 120_000);

  it('--wait returns once the real worker has stored the upload, and the log says so', async () => {
    const queue = await world.queue.opened();
    const worker = await startWorker(
      {
        store: world.store,
        secrets: sealedBox(randomBytes(32)),
        dataDir: path.join(scratch, 'worker'),
        limits: analysisLimits(),
      },
      queue,
      { concurrency: 1, pollingIntervalSeconds: 0.5 },
    );
    try {
      const run = await runCli([
        'scan',
        repo,
        '--server',
        server,
        '--token',
        token,
        '--wait',
        '--poll-interval',
        '100ms',
      ]);
      expect([run.code, run.stderr]).toEqual([0, '']);
      const latest = (await uploadsOfProject()).at(-1)!;
      expect(latest).toMatchObject({ state: 'completed', branch: 'main', revision: head, error: null });
      expect(run.stdout).toContain(`/inspections/${latest.uuid}\n`);
      const log = await readArtifact(world.store.db, latest.id, 'plumb', 'analysis.log');
      expect(log.content.toString('utf8')).toMatch(/storing the result uploaded/);
      const payloads = await world.store.db
        .select()
        .from(schema.analysisUploads)
        .where(eq(schema.analysisUploads.analysisId, latest.id));
      expect(payloads).toEqual([]);
    } finally {
      await worker.stop();
    }
  }, 120_000);

  it('--wait exits 1 with the error when the analysis failed, and when it does not finish in time', async () => {
    const failed = await runWhileProcessing(
      ['scan', repo, '--server', server, '--token', token, '--wait', '--poll-interval', '100ms'],
      async (analysis, attempt) => {
        await moveAnalysis(world.store.db, analysis.id, attempt, 'failed', { error: 'the worker gave up' });
      },
    );
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/Analysis failed: http:/);
    expect(failed.stderr).toBe('plumb: the analysis ended failed: the worker gave up\n');

    const late = await runCli([
      'scan',
      repo,
      '--server',
      server,
      '--token',
      token,
      '--wait',
      '--wait-timeout',
      '1s',
      '--poll-interval',
      '200ms',
    ]);
    expect(late.code).toBe(1);
    expect(late.stderr).toMatch(
      /^plumb: the analysis is still pending after 1s: see http:.*\/inspections\/[0-9a-f-]{36}\n$/,
    );
  }, 120_000);

  it('--wait exits 1 when the quality gate failed, and prints each failed condition', async () => {
    const { db } = world.store;
    await saveGateConfig(db, tenant.owner, {
      policy: { new_critical_max: 0, rating_min: 'E', duplication_pct_max: 100 },
    });
    const leak = path.join(scratch, 'leak');
    await git('mkdir', ['-p', leak]);
    await writeFile(path.join(leak, 'deploy.py'), `TOKEN = "${githubToken('Q4wE8rT2yU6iO0pA3sD7fG1hJ5kL9zXc2Vb')}"\n`);
    const revision = ['--branch', 'leak', '--revision', '0123456789abcdef0123456789abcdef01234567'];
    const args = [
      'scan',
      leak,
      '--server',
      server,
      '--token',
      token,
      ...revision,
      '--wait',
      '--poll-interval',
      '100ms',
    ];
    try {
      const run = await runWhileProcessing(args);
      expect([run.code, run.stdout]).toEqual([1, expect.stringContaining('Quality gate: failed')]);
      expect(run.stdout).toContain('Quality gate: failed\n');
      expect(run.stderr).toBe('plumb: quality gate failed: new_critical_max is 1, threshold 0 (critical)\n');
    } finally {
      await saveGateConfig(db, tenant.owner, { enabled: false });
    }
  }, 120_000);

  it('prints the server refusal of a wrong token as is, exits 2, and never shows the token', async () => {
    const wrong = 'plumb_pt_0123456789abcdef0123456789abcdef';
    const before = (await uploadsOfProject()).length;
    const run = await runCli(['scan', repo, '--server', server, '--token', wrong]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('plumb: the project token is invalid, expired or revoked\n');
    expectNoToken(run, wrong);
    expect((await uploadsOfProject()).length).toBe(before);
  }, 120_000);

  it('refuses bad usage with exit 2 and one line, before analyzing or uploading anything', async () => {
    const before = (await uploadsOfProject()).length;
    const notGit = path.join(scratch, 'plain');
    await rm(notGit, { recursive: true, force: true });
    await git('mkdir', ['-p', notGit]);
    await writeFile(path.join(notGit, 'x.py'), 'x = 1\n');
    const cases: [string[], RegExp][] = [
      [['scan', repo, '--token', token], /^plumb: required option '--server <url>' not specified\n$/],
      [['scan', repo, '--server', 'ftp://x', '--token', token], /^plumb: .*expected an http or https URL/],
      [['scan', repo, '--server', server], /^plumb: a project token is required: give --token or set PLUMB_TOKEN\n$/],
      [
        ['scan', repo, '--server', server, '--token', token, '--pull-request', '3'],
        /^plumb: --pull-request needs --base/,
      ],
      [
        ['scan', repo, '--server', server, '--token', token, '--pull-request', 'x', '--base', 'main'],
        /expected a pull request number/,
      ],
      [
        ['scan', notGit, '--server', server, '--token', token],
        /^plumb: .*plain is not in a git repository: give --branch and --revision\n$/,
      ],
      [['scan', notGit, '--server', server, '--token', token, '--branch', 'main'], /give --revision\n$/],
      [['scan', path.join(scratch, 'missing'), '--server', server, '--token', token], /missing is not a directory\n$/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(args, { PLUMB_TOKEN: '' });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(message);
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expectNoToken(run);
    }
    // Outside git, --branch and --revision say it all; a revision the server refuses comes back as its message.
    const given = await runCli([
      'scan',
      notGit,
      '--server',
      server,
      '--token',
      token,
      '--branch',
      'main',
      '--revision',
      'zz',
    ]);
    expect(given.code).toBe(2);
    expect(given.stderr).toBe('plumb: metadata.revision: a commit sha of 7 to 64 hexadecimal digits\n');
    expect((await uploadsOfProject()).length).toBe(before);
  }, 180_000);
});
