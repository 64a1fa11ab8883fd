// A page of projects with their group and last analysis costs the same few SQL queries for 100 projects as for 10:
// the store counts every query Drizzle sends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, type Project } from '../../domain/projects/index.js';
import { analyzeFiles, storeAnalysisResult } from '../../../test/support/stored-analysis.js';
import { createTenant, type Tenant } from '../../../test/support/tenant-fixture.js';
import { openTestApp, type TestApp } from '../../../test/support/test-app.js';
import { TEST_DRIVER } from '../../../test/support/test-store.js';
import { FILES_V2 } from './world.case.js';

const PAGE = `query($n: Long!) { projects(howmany: $n, skip: 0) {
  id name group { name members { identifier } owner { email } }
  lastAnalysis { id slocs summary { violations } techdebt { score } stats { language lines } } } }`;

describe(`Codiga's loaders on ${TEST_DRIVER}`, () => {
  let testApp: TestApp;
  let acme: Tenant;
  const projects: Project[] = [];
  let counting = false;
  const queries: string[] = [];

  beforeAll(async () => {
    testApp = await openTestApp(undefined, { onQuery: (sql) => void (counting && queries.push(sql)) });
    acme = await createTenant(testApp.store, 'acme');
    const result = await analyzeFiles(FILES_V2);
    for (let n = 0; n < 100; n++) {
      const project = await createProject(testApp.store.db, acme.owner, {
        provider: 'g',
        owner: 'acme',
        name: `p${n}`,
      });
      // One real engine result stored for every project, as the worker stores each.
      await storeAnalysisResult(testApp.store.db, project, result, { kind: 'branch', branch: 'main' });
      projects.push(project);
    }
  }, 600_000);
  afterAll(() => testApp.close());

  interface PageAnswer {
    errors?: unknown;
    data: { projects: { group: unknown; lastAnalysis: { id: number } }[] };
  }

  async function countedPage(n: number): Promise<{ body: PageAnswer; count: number }> {
    queries.length = 0;
    counting = true;
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'x-api-token': acme.ownerUserToken },
      payload: { query: PAGE, variables: { n } },
    });
    counting = false;
    // The credential's lookup is left out: it is cached for a second (docs/api/codiga.md), so one page reads it and
    // the next may not; so is its last-used time, written at most once a minute (a setup slower than that writes it).
    const count = queries.filter((sql) => !sql.includes('from "tokens"') && !sql.startsWith('update "tokens"')).length;
    return { body: response.json() as PageAnswer, count };
  }

  it('reads 100 projects with their group, members, owner and last analysis in a fixed number of queries', async () => {
    const ten = await countedPage(10);
    const hundred = await countedPage(100);
    expect(hundred.body.errors).toBeUndefined();
    expect(hundred.body.data.projects).toHaveLength(100);
    for (const project of hundred.body.data.projects) {
      expect(project.group).toEqual({
        name: acme.organization.name,
        members: [{ identifier: 'owner@acme.example' }],
        owner: { email: 'owner@acme.example' },
      });
      expect(project.lastAnalysis).toMatchObject({ slocs: expect.any(Number), summary: { violations: 8 } });
    }
    expect(new Set(hundred.body.data.projects.map((p) => p.lastAnalysis.id)).size).toBe(100);
    // The page and its count, the groups, the members (once per field that reads them), the last analyses: the
    // same for 100 projects as for 10.
    expect(hundred.count).toBe(ten.count);
    expect(hundred.count).toBeLessThanOrEqual(9);
  });
});
