import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientDocument } from '../../../test/support/codiga-clients.js';
import { createTenant, type Tenant } from '../../../test/support/tenant-fixture.js';
import { openTestApp, type TestApp } from '../../../test/support/test-app.js';

let testApp: TestApp;
let alice: Tenant;
let bob: Tenant;

beforeAll(async () => {
  testApp = await openTestApp();
  alice = await createTenant(testApp.store, 'acme');
  bob = await createTenant(testApp.store, 'globex');
});
afterAll(() => testApp.close());

const post = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
  const response = await testApp.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'x-api-token': token },
    payload: { query, variables },
  });
  // A refused non-null root field is 400 with `data: null`; the errors say why.
  expect([200, 400]).toContain(response.statusCode);
  return response.json();
};
const asAlice = (query: string, variables?: Record<string, unknown>) => post(alice.ownerUserToken, query, variables);
const asBob = (query: string, variables?: Record<string, unknown>) => post(bob.ownerUserToken, query, variables);
const base64 = (text: string) => Buffer.from(text).toString('base64');
const text = (encoded: string) => Buffer.from(encoded, 'base64').toString('utf8');

// The IDE clients' documents, verbatim (test/fixtures/codiga-clients, each naming its source).
const VSCODE_SEMANTIC = clientDocument('vscode/GET_RECIPES_SEMANTIC.graphql');
const VSCODE_BY_SHORTCUT = clientDocument('vscode/GET_RECIPES_BY_SHORTCUT.graphql');
const VSCODE_USE_RECIPE = clientDocument('vscode/USE_RECIPE.graphql');
const VSCODE_CREATE_CODIGA_YAML = clientDocument('vscode/USE_CREATE_CODIGA_YAML.graphql');
const JETBRAINS_FOR_CLIENT = clientDocument('jetbrains/GetRecipesForClient.graphql');
const JETBRAINS_LAST_TIMESTAMP = clientDocument('jetbrains/GetRecipesForClientByShortcutLastTimestamp.graphql');

const CREATE_RECIPE = `mutation($code: String!, $isPublic: Boolean!, $name: String!, $keywords: [String!]!,
  $cookbookId: Long) {
  createAssistantRecipe(code: $code, isPublic: $isPublic, name: $name, keywords: $keywords, language: Python,
    description: "GET a URL with requests", tags: ["http"], filenamePatterns: ["*.py"], imports: ["import requests"],
    shortcut: "req.get", dependency: "requests", cookbookId: $cookbookId) {
    id name isPublic keywords tags filenamePatterns imports shortcut language code creationTimestampMs
    dependencyConstraints { name isNegative minVersion maxVersion }
  }
}`;
const CODE = base64('response = requests.get(&[USER_INPUT:1:url])\n');

describe("Codiga's assistant: recipes and cookbooks", () => {
  let recipeId: number;
  let privateId: number;
  let cookbookId: number;

  it('creates a cookbook and recipes, public and private, with their dependency constraint', async () => {
    const cookbook = await asAlice(
      `mutation { createAssistantCookbook(name: "HTTP", description: "web calls", isPublic: true) {
        id name isPublic } }`,
    );
    cookbookId = cookbook.data.createAssistantCookbook.id;
    expect(cookbook.data.createAssistantCookbook).toMatchObject({ name: 'HTTP', isPublic: true });

    const created = await asAlice(CREATE_RECIPE, {
      code: CODE,
      isPublic: true,
      name: 'requests GET',
      keywords: ['Requests', 'get'],
    });
    expect(created.errors).toBeUndefined();
    const recipe = created.data.createAssistantRecipe;
    recipeId = recipe.id;
    expect(recipe).toMatchObject({
      isPublic: true,
      keywords: ['requests', 'get'],
      tags: ['http'],
      filenamePatterns: ['*.py'],
      imports: ['import requests'],
      shortcut: 'req.get',
      language: 'Python',
      code: CODE,
      creationTimestampMs: expect.any(Number),
      dependencyConstraints: [{ name: 'requests', isNegative: false, minVersion: null, maxVersion: null }],
    });
    const hidden = await asAlice(CREATE_RECIPE, {
      code: base64('secret()'),
      isPublic: false,
      name: 'private helper',
      keywords: ['requests'],
    });
    privateId = hidden.data.createAssistantRecipe.id;
  });

  it("answers the IDE clients' queries with the recipes that fit the file, language and dependencies", async () => {
    const forClient = (variables: Record<string, unknown>) =>
      asBob(JETBRAINS_FOR_CLIENT, {
        keywords: ['requests'],
        language: 'Python',
        dependencies: ['requests'],
        ...variables,
      });
    const found = await forClient({ filename: 'app/main.py', fingerprint: 'ide-1' });
    expect(found.data.getRecipesForClient.map((r: { id: number }) => r.id)).toEqual([recipeId]);
    expect(text(found.data.getRecipesForClient[0].jetbrainsFormat)).toBe('response = requests.get(url)\n');
    // Another file type, a project without the dependency, a keyword the recipe lacks: nothing.
    for (const variables of [{ filename: 'app.js' }, { dependencies: [] }, { keywords: ['requests', 'post'] }])
      expect((await forClient(variables)).data.getRecipesForClient).toEqual([]);

    const byShortcut = await asBob(VSCODE_BY_SHORTCUT, {
      term: 'req',
      language: 'Python',
      dependencies: ['requests'],
      filename: 'main.py',
    });
    const [shortcut] = byShortcut.data.getRecipesForClientByShortcut;
    expect(shortcut).toMatchObject({ id: recipeId, shortcut: 'req.get', owner: { displayName: expect.any(String) } });
    expect(text(shortcut.vscodeFormat)).toBe('response = requests.get(${1:url})\n');

    // The extension records each use of a recipe; Plumb counts them, and answers the other events without keeping them.
    expect((await asBob(VSCODE_USE_RECIPE, { recipeId, fingerprint: 'ide-1' })).data).toEqual({ recordAccess: 'ok' });
    expect((await asBob(VSCODE_CREATE_CODIGA_YAML, { fingerprint: 'ide-1' })).data).toEqual({ recordAccess: 'ok' });
    const used = await asBob('query($id: Long!) { assistantRecipe(id: $id) { uses } }', { id: recipeId });
    expect(used.data.assistantRecipe.uses).toBe(1);
    const hiddenUse = await asBob(VSCODE_USE_RECIPE, { recipeId: privateId });
    expect(hiddenUse.errors[0].extensions.code).toBe('NOT_FOUND');

    const last = await asBob(JETBRAINS_LAST_TIMESTAMP, { dependencies: [], language: 'Python' });
    expect(last.data.getRecipesForClientByShortcutLastTimestamp).toBeGreaterThan(0);
    const none = await asBob(JETBRAINS_LAST_TIMESTAMP, { dependencies: [], language: 'Rust' });
    expect(none.data.getRecipesForClientByShortcutLastTimestamp).toBeNull();
  });

  it('searches by words, language and visibility; a private recipe is its owner’s alone', async () => {
    const search = (ask: typeof asAlice, variables: Record<string, unknown>) =>
      ask(VSCODE_SEMANTIC, { language: 'Python', howmany: 10, skip: 0, ...variables });
    const ids = (answer: { data: { assistantRecipesSemanticSearch: { id: number }[] } }) =>
      answer.data.assistantRecipesSemanticSearch.map((recipe) => recipe.id).sort();
    expect(ids(await search(asAlice, { term: 'requests' }))).toEqual([recipeId, privateId].sort());
    expect(ids(await search(asBob, { term: 'requests' }))).toEqual([recipeId]);
    expect(ids(await search(asBob, { term: 'HTTP url get' }))).toEqual([recipeId]);
    expect(ids(await search(asBob, { term: 'HTTP url post' }))).toEqual([]);
    expect(ids(await search(asAlice, { term: 'requests', onlyPrivate: true }))).toEqual([privateId]);
    expect(ids(await search(asBob, { term: 'requests', onlyPrivate: true }))).toEqual([]);
    expect(ids(await search(asAlice, { term: 'requests', language: 'Go' }))).toEqual([]);

    // A user's recipes and cookbooks: all of one's own, only the public ones of another user.
    const mine = await asAlice(`{ user { assistantRecipesCount assistantCookbooksCount
      assistantRecipes(howmany: 10, skip: 0, orderBy: Name) { name } } }`);
    expect(mine.data.user).toEqual({
      assistantRecipesCount: 2,
      assistantCookbooksCount: 1,
      assistantRecipes: [{ name: 'private helper' }, { name: 'requests GET' }],
    });
    const theirs = await asBob(
      `query($id: Long!) { assistantRecipe(id: $id) { owner { assistantRecipesCount
        assistantRecipes(howmany: 10, skip: 0) { id } } } }`,
      { id: recipeId },
    );
    expect(theirs.data.assistantRecipe.owner).toEqual({
      assistantRecipesCount: 1,
      assistantRecipes: [{ id: recipeId }],
    });

    const foreign = await asBob('query($id: Long!) { assistantRecipe(id: $id) { name } }', { id: privateId });
    expect(foreign.data).toEqual({ assistantRecipe: null });
    expect(foreign.errors[0]).toMatchObject({ message: 'recipe not found', extensions: { code: 'NOT_FOUND' } });
    const tagged = await asBob(
      '{ assistantPublicRecipes(howmany: 10, skip: 0, tag: "HTTP", languages: [Python]) { id owner { displayName } } }',
    );
    expect(tagged.data.assistantPublicRecipes.map((r: { id: number }) => r.id)).toEqual([recipeId]);
  });

  it('puts a recipe in a cookbook and takes it out, by its owner only', async () => {
    const move = (ask: typeof asAlice, verb: string) =>
      ask(`mutation($c: Long!, $r: Long!) { ${verb}(cookbookId: $c, recipeId: $r) }`, { c: cookbookId, r: recipeId });
    expect((await move(asBob, 'addRecipeToCookbook')).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await move(asAlice, 'addRecipeToCookbook')).data).toEqual({ addRecipeToCookbook: 'ok' });
    const COOKBOOK = `query($id: Long!) { assistantCookbook(id: $id) { name recipesCount owner { displayName }
      recipes(howmany: 10, skip: 0) { id cookbook { id name } } } }`;
    const cookbook = (await asBob(COOKBOOK, { id: cookbookId })).data.assistantCookbook;
    expect(cookbook).toMatchObject({
      name: 'HTTP',
      recipesCount: 1,
      recipes: [{ id: recipeId, cookbook: { id: cookbookId } }],
    });
    expect((await move(asAlice, 'removeRecipeFromCookbook')).data).toEqual({ removeRecipeFromCookbook: 'ok' });
    expect((await asBob(COOKBOOK, { id: cookbookId })).data.assistantCookbook.recipesCount).toBe(0);
    const listed = await asBob('{ assistantCookbooks(howmany: 10, skip: 0, name: "htt") { id } }');
    expect(listed.data.assistantCookbooks).toEqual([{ id: cookbookId }]);
    const hidden = await asAlice(
      'mutation { createAssistantCookbook(name: "Mine", description: "", isPublic: false) { id } }',
    );
    const peek = await asBob('query($id: Long!) { assistantCookbook(id: $id) { name } }', {
      id: hidden.data.createAssistantCookbook.id,
    });
    expect(peek.data).toEqual({ assistantCookbook: null });
    expect(peek.errors[0]).toMatchObject({ message: 'cookbook not found', extensions: { code: 'NOT_FOUND' } });
  });

  it('takes comments with ratings, and dependency constraints that filter what clients get', async () => {
    const comment = await asBob(
      'mutation($id: Long!) { createAssistantRecipeComment(id: $id, comment: "handy", rating: 4) }',
      {
        id: recipeId,
      },
    );
    expect(comment.data).toEqual({ createAssistantRecipeComment: 'ok' });
    const badRating = await asBob(
      'mutation($id: Long!) { createAssistantRecipeComment(id: $id, comment: "x", rating: 9) }',
      {
        id: recipeId,
      },
    );
    expect(badRating.errors[0]).toMatchObject({ message: 'rating: expected a whole number from 1 to 5' });
    const privateComment = await asBob('mutation($id: Long!) { createAssistantRecipeComment(id: $id, comment: "x") }', {
      id: privateId,
    });
    expect(privateComment.errors[0].extensions.code).toBe('NOT_FOUND');
    const read = await asAlice(
      `query($id: Long!) { assistantRecipe(id: $id) { commentsCount averageRating
        comments(howmany: 10, skip: 0) { id comment rating securityFlag creationTimestampMs
          author { displayName } } } }`,
      { id: recipeId },
    );
    expect(read.data.assistantRecipe).toMatchObject({
      commentsCount: 1,
      averageRating: 4,
      comments: [{ comment: 'handy', rating: 4, securityFlag: false, author: { displayName: expect.any(String) } }],
    });
    const commentId = read.data.assistantRecipe.comments[0].id;

    const constrain = await asAlice(
      'mutation($id: Long!) { addDependencyConstraint(id: $id, name: "django", negative: true, minVersion: "4.0") }',
      { id: recipeId },
    );
    expect(constrain.data).toEqual({ addDependencyConstraint: 'ok' });
    const withDjango = await asBob(JETBRAINS_FOR_CLIENT, {
      keywords: ['get'],
      language: 'Python',
      dependencies: ['requests', 'django'],
    });
    expect(withDjango.data.getRecipesForClient).toEqual([]);
    await asAlice('mutation($id: Long!) { removeDependencyConstraint(id: $id, name: "django") }', { id: recipeId });
    const again = await asBob(JETBRAINS_FOR_CLIENT, {
      keywords: ['get'],
      language: 'Python',
      dependencies: ['requests'],
    });
    expect(again.data.getRecipesForClient).toHaveLength(1);

    const deleteComment = 'mutation($id: Long!) { deleteAssistantRecipeComment(id: $id) }';
    expect((await asAlice(deleteComment, { id: commentId })).data).toEqual({ deleteAssistantRecipeComment: 'ok' });
  });

  it('updates and deletes, by the owner only, and names the field of bad input', async () => {
    const UPDATE = `mutation($id: Long!, $code: String!) { updateAssistantRecipe(id: $id, code: $code, description: "d",
      keywords: ["fetch"], language: Python, name: "requests fetch") { name keywords } }`;
    expect((await asBob(UPDATE, { id: recipeId, code: CODE })).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await asAlice(UPDATE, { id: recipeId, code: CODE })).data.updateAssistantRecipe).toEqual({
      name: 'requests fetch',
      keywords: ['fetch'],
    });
    const bad = await asAlice(UPDATE, { id: recipeId, code: 'not base64!' });
    expect(bad.errors[0]).toMatchObject({
      message: expect.stringContaining("code: expected the recipe's code in base64"),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const remove = 'mutation($id: Long!) { deleteAssistantRecipe(id: $id) }';
    expect((await asBob(remove, { id: privateId })).errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await asAlice(remove, { id: privateId })).data).toEqual({ deleteAssistantRecipe: 'ok' });
    const removeCookbook = 'mutation($id: Long!) { deleteAssistantCookbook(id: $id) }';
    expect((await asBob(removeCookbook, { id: cookbookId })).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await asAlice(removeCookbook, { id: cookbookId })).data).toEqual({ deleteAssistantCookbook: 'ok' });
    expect((await asAlice('{ assistantRecipe(id: 999999) { id } }')).errors[0].extensions.code).toBe('NOT_FOUND');
  });
});
