// The seed's CI step (CodeStax's GitHub Actions example), run as written by bash against a live server: only the
// base URL and the token changed, and `${{ steps.trigger.outputs.scan_id }}` filled in as Actions fills it in.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { githubToken, openGatedRepository, type GatedRepository } from '../../../test/support/gated-repository.js';
import { TEST_DRIVER } from '../../../test/support/test-store.js';
import { bearer, openWorld, type World } from './world.case.js';

const SEED_STEP = `SCAN_ID="\${{ steps.trigger.outputs.scan_id }}"
until [ "$(curl -sf -H "Authorization: Bearer $CODESTAX_JWT" \\
  "https://codestax.co/api/quality/gates/status/$SCAN_ID" | jq -r .status)" != "null" ]; do
  sleep 10
done
STATUS=$(curl -sf -H "Authorization: Bearer $CODESTAX_JWT" \\
  "https://codestax.co/api/quality/gates/status/$SCAN_ID" | jq -r .status)
echo "Gate: $STATUS"
[ "$STATUS" = "passed" ] || [ "$STATUS" = "not_configured" ] || exit 1
`;

const runStep = promisify(execFile);

describe(`the seed's CI step against a live server on ${TEST_DRIVER}`, () => {
  let world: World;
  let gated: GatedRepository;
  let base: string;
  let jwt: string;

  /** The step for this scan, with the server's URL for CodeStax's; answers its exit code and output. */
  async function ciStep(scanId: number): Promise<{ code: number; stdout: string }> {
    const script = SEED_STEP.replace('${{ steps.trigger.outputs.scan_id }}', String(scanId)).replaceAll(
      'https://codestax.co/api',
      `${base}/api`,
    );
    try {
      const { stdout } = await runStep('bash', ['-c', script], { env: { ...process.env, CODESTAX_JWT: jwt } });
      return { code: 0, stdout };
    } catch (error) {
      const failed = error as { code: number; stdout: string };
      return { code: failed.code, stdout: failed.stdout };
    }
  }

  beforeAll(async () => {
    world = await openWorld();
    gated = await openGatedRepository(world, 'ci');
    base = await world.testApp.app.listen({ port: 0, host: '127.0.0.1' });
    const owner = bearer(world.member.OWNER);
    await world.call('PUT', '/api/quality/gates/config', owner, {
      payload: { policy: { new_critical_max: 0, rating_min: 'E', duplication_pct_max: 100 } },
    });
    await world.call('POST', '/api/auth/change-password', owner, { payload: { new_password: 'ci step password' } });
    const login = await world.call('POST', '/api/auth/login', undefined, {
      payload: { email: 'owner@acme.example', password: 'ci step password' },
    });
    jwt = login.json().access_token;
    expect(jwt).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  }, 60_000);
  afterAll(async () => {
    await gated?.close();
    await world?.close();
  });

  it('waits while the scan runs and passes the baseline scan', async () => {
    gated.repo.commit('Start', { 'app/mod.py': 'def f(x):\n    return x\n' });
    const scan = await gated.request({ kind: 'branch', branch: 'main' });
    const step = await ciStep(scan.id);
    expect((await gated.settle(scan.id)).state).toBe('completed');
    expect(step).toEqual({ code: 0, stdout: 'Gate: passed\n' });
  }, 120_000);

  it('blocks the pipeline on a pull request that adds a critical finding', async () => {
    gated.checkout('leak', true);
    gated.repo.commit('Add a token', {
      'app/deploy.py': `T = "${githubToken('M2nB5vC8xZ1aS4dF7gH0jK3lQ6wE9rT2yU5i')}"\n`,
    });
    const scan = await gated.request({ kind: 'pull_request', branch: 'leak', pullRequest: 3, baseBranch: 'main' });
    expect(await ciStep(scan.id)).toEqual({ code: 1, stdout: 'Gate: failed\n' });
  }, 120_000);
});
