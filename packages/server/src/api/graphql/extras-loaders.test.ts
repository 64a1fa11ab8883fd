// Lists of projects' ignores and of recipes cost the same few SQL queries for many items as for few.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveCredential } from '../../domain/tokens/index.js';
import { addViolationIgnore } from '../../domain/ignores/index.js';
import { createProject } from '../../domain/projects/index.js';
import { addRecipeComment, createCookbook, createRecipe } from '../../domain/recipes/index.js';
import { createTenant, type Tenant } from '../../../test/support/tenant-fixture.js';
import { openTestApp, type TestApp } from '../../../test/support/test-app.js';
import { TEST_DRIVER } from '../../../test/support/test-store.js';

const PROJECTS = `query($n: Long!) { projects(howmany: $n, skip: 0) { id violationsToIgnore { rule filename } } }`;
const RECIPES = `query($n: Long!) { assistantRecipesSemanticSearch(howmany: $n, skip: 0, term: "loop") {
  id owner { displayName } cookbook { name } commentsCount averageRating dependencyConstraints { name } } }`;

describe(`Codiga's ignores and recipes in lists, on ${TEST_DRIVER}`, () => {
  let testApp: TestApp;
  let acme: Tenant;
  let counting = false;
  const queries: string[] = [];

  beforeAll(async () => {
    testApp = await openTestApp(undefined, { onQuery: (sql) => void (counting && queries.push(sql)) });
    acme = await createTenant(testApp.store, 'acme');
    const db = testApp.store.db;
    const principal = (await resolveCredential(db, { secret: acme.ownerUserToken }))!;
    const access = { principal, user: principal.user! };
    const cookbook = await createCookbook(db, access, { name: 'loops', description: '', isPublic: true });
    for (let n = 0; n < 30; n++) {
      const project = await createProject(db, acme.owner, { provider: 'g', owner: 'acme', name: `p${n}` });
      await addViolationIgnore(db, principal, {
        projectId: project.id,
        rule: 'F401',
        tool: 'ruff',
        filename: `f${n}.py`,
      });
      const recipe = await createRecipe(db, access, {
        name: `loop ${n}`,
        code: Buffer.from(`for x in range(${n}):\n    pass\n`).toString('base64'),
        language: 'Python',
        keywords: ['for'],
        isPublic: true,
        cookbookId: cookbook.id,
        dependency: 'numpy',
      });
      await addRecipeComment(db, access, recipe.id, { comment: 'ok', rating: 1 + (n % 5) });
    }
  }, 300_000);
  afterAll(() => testApp.close());

  async function counted(query: string, n: number) {
    queries.length = 0;
    counting = true;
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'x-api-token': acme.ownerUserToken },
      payload: { query, variables: { n } },
    });
    counting = false;
    // The credential's own lookup is left out: it is cached for a second (api/credential-cache.ts), so whether a
    // request makes it depends on how long ago the last one did.
    const count = queries.filter((sql) => !sql.includes('from "tokens"')).length;
    return { body: response.json(), count };
  }

  it("reads 30 projects' ignores in as many queries as 3 projects'", async () => {
    const three = await counted(PROJECTS, 3);
    const thirty = await counted(PROJECTS, 30);
    expect(thirty.body.errors).toBeUndefined();
    expect(thirty.body.data.projects).toHaveLength(30);
    for (const project of thirty.body.data.projects) expect(project.violationsToIgnore).toHaveLength(1);
    expect(three.count).toBeGreaterThan(2);
    expect(thirty.count).toBe(three.count);
  });

  it('reads 30 recipes with their owner, cookbook, comments and constraints in as many queries as 3', async () => {
    const three = await counted(RECIPES, 3);
    const thirty = await counted(RECIPES, 30);
    expect(thirty.body.errors).toBeUndefined();
    expect(thirty.body.data.assistantRecipesSemanticSearch).toHaveLength(30);
    for (const recipe of thirty.body.data.assistantRecipesSemanticSearch)
      expect(recipe).toMatchObject({
        owner: { displayName: expect.any(String) },
        cookbook: { name: 'loops' },
        commentsCount: 1,
        averageRating: expect.any(Number),
        dependencyConstraints: [{ name: 'numpy' }],
      });
    expect(three.count).toBeGreaterThan(2);
    expect(thirty.count).toBe(three.count);
  });
});
