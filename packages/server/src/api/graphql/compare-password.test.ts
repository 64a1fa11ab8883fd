// A comparison's password over a real git smart-HTTP server (git http-backend behind Basic auth): the right password
// fetches and compares, a wrong one ends the comparison in a clear error, and afterwards the password is in no table
// (every text column of every schema dumped), no log line, no request URL, no response.
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, type Project } from '../../domain/projects/index.js';
import { startGitHttpServer, type GitHttpServer } from '../../../test/support/git-http-server.js';
import { PYTHON_WITH_FINDINGS } from '../../../test/support/python-findings.js';
import { TEST_DRIVER } from '../../../test/support/test-store.js';
import { openPipelineWorld, type PipelineWorld } from './pipeline-world.case.js';

const USERNAME = 'alice';
const PASSWORD = 'Tr0ub4dor-and-3-never-in-clear';
const WRONG = 'guessed-wrong-password-42';

const FIELDS = `id status targetUsername targetPassword sourcePassword
  sourceAnalysis { id status revision } targetAnalysis { id status revision violationsCount }`;

describe(`a comparison's password for an HTTP fetch on ${TEST_DRIVER}`, () => {
  let world: PipelineWorld;
  let server: GitHttpServer;
  let project: Project;
  const responses: string[] = [];

  const gql = async (query: string) => {
    const body = await world.gql(query);
    responses.push(JSON.stringify(body));
    return body;
  };
  const compare = (password: string) =>
    gql(`mutation { createCompareAnalysis(projectId: ${project.id}, sourceBranch: "main",
      targetUrl: "${project.gitUrl}", targetBranch: "main", targetKind: Git, targetUsername: "${USERNAME}",
      targetPassword: "${password}") { ${FIELDS} } }`);
  const read = (id: number) => gql(`{ analysisCompare(id: ${id}) { ${FIELDS} } }`);
  const settled = async (id: number) => {
    const created = (await read(id)).data.analysisCompare;
    for (const analysis of [created.sourceAnalysis, created.targetAnalysis]) await world.settle(analysis.id);
    return read(id);
  };
  const credentialRows = async () =>
    (await world.testApp.store.executeSql('select analysis_id, sealed from analysis_fetch_credentials')).rows;

  beforeAll(async () => {
    world = await openPipelineWorld();
    const repo = world.repository('private');
    repo.commit('Findings', { 'app/main.py': PYTHON_WITH_FINDINGS });
    server = await startGitHttpServer(path.dirname(repo.dir), USERNAME, PASSWORD);
    const gitUrl = `${server.base}private`;
    project = await createProject(world.testApp.store.db, world.acme.owner, {
      provider: 'gp',
      name: 'private',
      gitUrl,
    });
  }, 600_000);
  afterAll(async () => {
    await server?.close();
    await world?.close();
  });

  it('refuses to fetch the repository without its password', async () => {
    const body = await gql(`mutation { scheduleAnalysis(id: ${project.id}) { id } }`);
    const failed = await world.settle(body.data.scheduleAnalysis.id);
    expect(failed.state).toBe('failed');
    expect(failed.error).toMatch(/authentication failed|refused the credentials|could not read Username/i);
  });

  it('fetches with the right password, sealed until the fetch and deleted after it', async () => {
    const created = await compare(PASSWORD);
    expect(created.errors).toBeUndefined();
    expect(created.data.createCompareAnalysis).toMatchObject({
      targetUsername: USERNAME,
      targetPassword: null,
      sourcePassword: null,
    });
    // While the analyses wait, their credential is sealed: never the password in clear.
    for (const row of await credentialRows()) expect(String(row.sealed)).not.toContain(PASSWORD);
    const done = (await settled(created.data.createCompareAnalysis.id)).data.analysisCompare;
    expect(done).toMatchObject({
      status: 'Done',
      targetPassword: null,
      sourceAnalysis: { status: 'Done' },
      targetAnalysis: { status: 'Done' },
    });
    expect(done.targetAnalysis.violationsCount).toBeGreaterThan(0);
    expect(await credentialRows()).toEqual([]);
    expect(server.requests.some((request) => request.authorized)).toBe(true);
  });

  it('answers a wrong password with a clear error on the comparison, not a crash', async () => {
    const created = await compare(WRONG);
    expect(created.errors).toBeUndefined();
    const body = await settled(created.data.createCompareAnalysis.id);
    // One repository on both sides: both fetches took the wrong password.
    expect(body.data.analysisCompare).toMatchObject({ status: 'Error', sourceAnalysis: null, targetAnalysis: null });
    expect(body.errors).toHaveLength(2);
    for (const side of ['source', 'target']) {
      const error = body.errors!.find((each: { path: string[] }) => each.path[1] === `${side}Analysis`);
      expect(error).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      expect(error.message).toMatch(new RegExp(`^the ${side} of the comparison cannot be fetched: .*credentials`));
    }
    expect(await credentialRows()).toEqual([]);
  });

  it('leaves neither password in any table, log line, request URL, response or temporary file', async () => {
    const store = world.testApp.store;
    const columns = await store.executeSql(
      `select table_schema, table_name, column_name from information_schema.columns
       where table_schema not in ('pg_catalog', 'information_schema')
         and data_type in ('text', 'character varying', 'json', 'jsonb', 'bytea', 'ARRAY')`,
    );
    expect(columns.rows.length).toBeGreaterThan(20);
    for (const { table_schema, table_name, column_name } of columns.rows as Record<string, string>[]) {
      const found = await store.executeSql(
        `select count(*)::int as n from "${table_schema}"."${table_name}"
         where position($1 in "${column_name}"::text) > 0 or position($2 in "${column_name}"::text) > 0`,
        [PASSWORD, WRONG],
      );
      expect(found.rows[0]!.n, `${table_schema}.${table_name}.${column_name}`).toBe(0);
    }
    const logs = world.logs.join('\n');
    expect(logs.length).toBeGreaterThan(0);
    for (const secret of [PASSWORD, WRONG]) {
      expect(logs).not.toContain(secret);
      expect(responses.join('\n')).not.toContain(secret);
      expect(server.requests.map((request) => request.url).join('\n')).not.toContain(secret);
      expect(JSON.stringify(process.env)).not.toContain(secret);
    }
    expect((await readdir(tmpdir())).filter((name) => name.startsWith('plumb-askpass-'))).toEqual([]);
  });
});
