import { execFile } from 'node:child_process';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../domain/projects/index.js';
import { resolveCredential } from '../../domain/tokens/index.js';
import { openTestApp, type TestApp } from '../../../test/support/test-app.js';
import { createTenant, type Tenant } from '../../../test/support/tenant-fixture.js';

const run = promisify(execFile);
const REPOSITORIES = ['chart', 'docs', 'website'];

let harness: TestApp;
let tenant: Tenant;

beforeAll(async () => {
  harness = await openTestApp();
  tenant = await createTenant(harness.store, 'acme');
  for (const name of REPOSITORIES)
    await createProject(harness.store.db, tenant.owner, { provider: 'g', owner: 'acme', name });
});
afterAll(() => harness.close());

/** Checks one `name,token` line per repository, each token a live project token of that repository. */
async function expectOneTokenPerRepository(lines: string[]): Promise<void> {
  expect(lines.map((line) => line.split(',')[0])).toEqual(REPOSITORIES);
  for (const line of lines) {
    const [name, token] = line.split(',') as [string, string];
    const principal = await resolveCredential(harness.store.db, { secret: token });
    expect(principal?.tokenKind, name).toBe('project');
    expect(principal?.organization?.id).toBe(tenant.organization.id);
  }
}

describe("Codacy's example script: a project API token for every repository of an organization", () => {
  it('prints one name,token line per repository (its logic, step by step, over HTTP)', async () => {
    const base = '/api/v3/organizations';
    const headers = { 'api-token': tenant.ownerUserToken };
    // repositories=$(curl -sX GET "$GIT_PROVIDER/$ORGANIZATION/repositories" -H "api-token: …" \
    //   | jq -r ".data[] | .name")
    const listed = await harness.app.inject({ method: 'GET', url: `${base}/gh/acme/repositories`, headers });
    const repositories = (listed.json() as { data: { name: string }[] }).data.map((repository) => repository.name);
    const lines: string[] = [];
    for (const repository of repositories) {
      // curl -sX POST "$GIT_PROVIDER/$ORGANIZATION/repositories/$repository/tokens" -H "api-token: …" \
      //   | jq -r ".data | .token"
      const created = await harness.app.inject({
        method: 'POST',
        url: `${base}/gh/acme/repositories/${repository}/tokens`,
        headers,
      });
      lines.push(`${repository},${(created.json() as { data: { token: string } }).data.token}`);
    }
    await expectOneTokenPerRepository(lines);
  });

  describe('the script itself, in bash with curl and jq, against a listening server', () => {
    let workdir: string;
    let baseUrl: string;

    beforeAll(async () => {
      workdir = await mkdtemp(join(tmpdir(), 'plumb-codacy-script-'));
      baseUrl = await harness.app.listen({ port: 0, host: '127.0.0.1' });
    });
    afterAll(() => rm(workdir, { recursive: true, force: true }));

    const tools = ['bash', 'curl', 'jq'];
    const available = async () =>
      (
        await Promise.all(
          tools.map((tool) =>
            run('which', [tool]).then(
              () => true,
              () => false,
            ),
          ),
        )
      ).every(Boolean);

    it('prints one name,token line per repository', async (context) => {
      if (!(await available())) return context.skip('needs bash, curl and jq on PATH');
      // The seed's script as Codacy publishes it, its URLs on this server; the seed's copy lost `done`, `else`
      // and `fi`.
      const script = `#!/bin/bash
CODACY_API_TOKEN="${tenant.ownerUserToken}"
GIT_PROVIDER="gh" # gh, ghe, gl, gle, bb, or bbe
ORGANIZATION="acme"

repositories=$(curl -sX GET "${baseUrl}/api/v3/organizations/$GIT_PROVIDER/$ORGANIZATION/repositories" \\
                    -H "api-token: $CODACY_API_TOKEN" \\
               | jq -r ".data[] | .name")

count=$(echo "$repositories" | wc -l)
read -p "Create project tokens for $count repositories? (y/n) " choice
if [ "$choice" = "y" ]; then
    echo "$repositories" | while read repository; do
        echo -n "$repository,"
        curl -sX POST "${baseUrl}/api/v3/organizations/$GIT_PROVIDER/$ORGANIZATION/repositories/$repository/tokens" \\
             -H "api-token: $CODACY_API_TOKEN" \\
        | jq -r ".data | .token"
        sleep 2 # Wait 2 seconds
    done
else
    echo "No changes made."
fi
`;
      const scriptPath = join(workdir, 'create-tokens.sh');
      await writeFile(scriptPath, script);
      // The script pauses two seconds per repository against rate limits; a stub sleep keeps the test fast.
      const sleepPath = join(workdir, 'sleep');
      await writeFile(sleepPath, '#!/bin/sh\nexit 0\n');
      await chmod(sleepPath, 0o755);
      const output = await new Promise<string>((resolve, reject) => {
        const child = execFile(
          'bash',
          [scriptPath],
          { env: { ...process.env, PATH: `${workdir}:${process.env.PATH ?? ''}` } },
          (error, stdout) => (error ? reject(error) : resolve(stdout)),
        );
        child.stdin?.end('y\n');
      });
      await expectOneTokenPerRepository(output.trim().split('\n'));
    });
  });
});
