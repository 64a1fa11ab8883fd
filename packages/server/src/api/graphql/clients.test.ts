// The documents Codiga's own clients send (test/fixtures/codiga-clients, verbatim from codiga/jetbrains-plugin,
// codiga/vscode-plugin and codiga/codiga-cli), each answered with no errors and with the data it reads, over
// analyses the engine produced and one-file analyses a real worker runs.
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealedBox } from '../../crypto/sealed-box.js';
import { startWorker, type Worker } from '../../jobs/worker.js';
import { FAST_LIMITS } from '../../../test/support/analysis-world.js';
import { clientDocument } from '../../../test/support/codiga-clients.js';
import { PYTHON_WITH_FINDINGS } from '../../../test/support/python-findings.js';
import { storeEngineAnalysis } from '../../../test/support/stored-analysis.js';
import { TEST_DRIVER } from '../../../test/support/test-store.js';
import { FILES_V2, openGraphqlWorld, type GraphqlWorld } from './world.case.js';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/codiga-clients/', import.meta.url));
const SHA3 = 'c3'.repeat(20);

/** A function over the default length threshold (100 lines), with a debugger statement oxlint reports. */
const LONG_JS = [
  'export function long(a) {',
  '  debugger;',
  ...Array.from({ length: 110 }, (_, i) => `  a = a + ${i};`),
  '  return a;',
  '}',
].join('\n');

let world: GraphqlWorld;
let worker: Worker;
let dataDir: string;
let recipeId: number;

/** Sends a fixture verbatim and answers its data, after checking it came with no errors. */
async function send(name: string, variables: Record<string, unknown> = {}) {
  const response = await world.gql(clientDocument(name), { variables });
  const body = response.json();
  expect(body.errors, name).toBeUndefined();
  expect(response.statusCode, name).toBe(200);
  return body.data;
}

beforeAll(async () => {
  world = await openGraphqlWorld();
  await storeEngineAnalysis(
    world.testApp.store.db,
    world.web,
    { ...FILES_V2, 'src/long.js': LONG_JS },
    { kind: 'branch', branch: 'main', revision: SHA3 },
  );
  dataDir = await mkdtemp(path.join(tmpdir(), 'plumb-clients-'));
  const context = { store: world.testApp.store, secrets: sealedBox(randomBytes(32)), dataDir, limits: FAST_LIMITS };
  worker = await startWorker(context, await world.testApp.queue.opened(), { concurrency: 1 });
  const recipe = await world.gql(
    `mutation($code: String!) { createAssistantRecipe(code: $code, isPublic: true, name: "requests GET",
      keywords: ["requests", "get"], language: Python, description: "GET a URL", tags: ["http"],
      filenamePatterns: ["*.py"], imports: ["import requests"], shortcut: "req.get", dependency: "requests") { id } }`,
    { variables: { code: Buffer.from('requests.get(&[USER_INPUT:1:url])\n').toString('base64') } },
  );
  recipeId = recipe.json().data.createAssistantRecipe.id;
}, 180_000);
afterAll(async () => {
  await worker?.stop();
  await world?.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** Polls a file analysis with the client's own query until a worker is done with it. */
async function polled(name: string, variables: Record<string, unknown>) {
  const until = Date.now() + 150_000;
  for (;;) {
    const { getFileAnalysis } = await send(name, variables);
    if (!['Scheduled', 'InProgress'].includes(getFileAnalysis.status) || Date.now() > until) return getFileAnalysis;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const RECIPE_VARIABLES = { language: 'Python', dependencies: ['requests'], filename: 'app/main.py', fingerprint: 'f' };
const ids = (list: { id: number }[]) => list.map((item) => item.id);

describe(`Codiga's clients' documents on ${TEST_DRIVER}`, () => {
  const tested = new Set<string>();
  const sent = (name: string, variables?: Record<string, unknown>) => {
    tested.add(name);
    return send(name, variables);
  };

  it('reads the user, from each client', async () => {
    expect((await sent('jetbrains/GetUser.graphql')).user.username).toBe('owner');
    expect((await sent('vscode/GET_USER.graphql')).user).toMatchObject({ accountType: 'Regular' });
    expect((await sent('cli/CHECK_USER.graphql')).user).toMatchObject({ id: expect.any(Number) });
  });

  it('adds an ignore, lists the projects with their ignores and owner, and removes it', async () => {
    const projectId = world.web.id;
    const ignore = { projectId, rule: 'F401', tool: 'ruff', language: 'Python', filename: 'app/main.py' };
    const added = await sent('jetbrains/IgnoreViolation.graphql', { ...ignore, description: 'kept for re-export' });
    expect(added.addViolationToIgnore).toEqual({ rule: 'F401' });
    const vscode = await sent('vscode/IGNORE_VIOLATION.graphql', { ...ignore, rule: 'E711', description: 'legacy' });
    expect(vscode.addViolationToIgnore).toEqual({ filename: 'app/main.py', description: 'legacy' });
    const { projects } = await sent('jetbrains/GetProjects.graphql');
    expect(projects).toEqual([
      {
        id: projectId,
        name: 'web',
        owner: { username: 'owner' },
        group: { id: world.acme.organization.id, name: world.acme.organization.name },
        violationsToIgnore: [
          expect.objectContaining({ rule: 'F401', tool: 'ruff', filename: 'app/main.py', language: 'Python' }),
          expect.objectContaining({ rule: 'E711', description: 'legacy' }),
        ],
      },
    ]);
    const listed = await sent('vscode/GET_PROJECTS.graphql');
    expect(listed.projects).toEqual([{ id: projectId, name: 'web', repository: { url: '', kind: 'Github' } }]);
    for (const rule of ['F401', 'E711'])
      expect(await sent('jetbrains/RemoveViolationToIgnore.graphql', { ...ignore, rule })).toEqual({
        removeViolationToIgnore: 'ok',
      });
    expect((await sent('jetbrains/GetProjects.graphql')).projects[0].violationsToIgnore).toEqual([]);
  });

  it("reads a file's violations, long and complex functions and duplicates at a revision", async () => {
    const fileData = async (path: string) =>
      (await sent('jetbrains/GetFileData.graphql', { projectId: world.web.id, revision: SHA3, path })).project.analyses;
    const [long] = await fileData('src/long.js');
    expect(long.violations).toContainEqual(
      expect.objectContaining({ rule: 'eslint/no-debugger', tool: 'oxlint', filename: 'src/long.js', line: 2 }),
    );
    const debuggerStatement = long.violations.find((v: { rule: string }) => v.rule === 'eslint/no-debugger');
    expect(debuggerStatement.ruleUrl).toMatch(/^https:\/\/oxc\.rs\//);
    expect(long.longFunctions).toEqual([expect.objectContaining({ functionName: 'long', filename: 'src/long.js' })]);
    const [route] = await fileData('src/route.js');
    expect(route.complexFunctions).toEqual([expect.objectContaining({ functionName: 'route', lineStart: 1 })]);
    const [sum] = await fileData('src/lib/sum.js');
    expect(sum.duplicates).toHaveLength(1);
    expect(sum.duplicates[0].occurrences.map((o: { filename: string }) => o.filename).sort()).toEqual([
      'src/lib/sum.js',
      'src/lib/total.js',
    ]);
  });

  it('analyzes one file and polls it to the end, as each IDE client does', async () => {
    const jetbrains = await sent('jetbrains/CreateFileAnalysis.graphql', {
      projectId: world.web.id,
      filename: 'app/tool.py',
      code: PYTHON_WITH_FINDINGS,
      language: 'Python',
      fingerprint: 'ide-1',
    });
    expect(jetbrains.recordAccess).toBe('ok');
    tested.add('jetbrains/GetFileAnalysis.graphql');
    const done = await polled('jetbrains/GetFileAnalysis.graphql', {
      id: jetbrains.createFileAnalysis,
      fingerprint: 'ide-1',
    });
    expect(done).toMatchObject({ status: 'Done', filename: 'app/tool.py', language: 'Python' });
    expect(done.violations.map((v: { rule: string }) => v.rule)).toEqual(expect.arrayContaining(['E711', 'F401']));
    const vscode = await sent('vscode/CREATE_FILE_ANALYSIS.graphql', {
      language: 'Javascript',
      code: 'debugger;\n',
      filename: 'src/a.js',
    });
    tested.add('vscode/GET_FILE_ANALYSIS.graphql');
    const read = await polled('vscode/GET_FILE_ANALYSIS.graphql', { identifier: vscode.createFileAnalysis });
    expect(read).toMatchObject({ status: 'Done', id: vscode.createFileAnalysis });
    expect(read.violations).toContainEqual(
      expect.objectContaining({
        id: 1,
        rule: 'eslint/no-debugger',
        line: 1,
        lineCount: 1,
        ruleUrl: expect.any(String),
      }),
    );
  }, 240_000);

  it('finds recipes by keywords, by shortcut and by semantic search, and records their use', async () => {
    const byKeywords = { ...RECIPE_VARIABLES, keywords: ['requests'] };
    expect(ids((await sent('jetbrains/GetRecipesForClient.graphql', byKeywords)).getRecipesForClient)).toEqual([
      recipeId,
    ]);
    expect(ids((await sent('vscode/GET_RECIPES.graphql', byKeywords)).getRecipesForClient)).toEqual([recipeId]);
    const byShortcut = { ...RECIPE_VARIABLES, term: 'req' };
    for (const name of ['jetbrains/GetRecipesForClientByShortcut.graphql', 'vscode/GET_RECIPES_BY_SHORTCUT.graphql'])
      expect(ids((await sent(name, byShortcut)).getRecipesForClientByShortcut)).toEqual([recipeId]);
    for (const name of [
      'jetbrains/GetRecipesForClientByShortcutLastTimestamp.graphql',
      'vscode/GET_RECIPES_BY_SHORTCUT_LAST_TIMESTAMP.graphql',
    ])
      expect((await sent(name, RECIPE_VARIABLES)).getRecipesForClientByShortcutLastTimestamp).toEqual(
        expect.any(Number),
      );
    const semantic = { term: 'requests', dependencies: ['requests'], howmany: 10, skip: 0 };
    const jetbrains = await sent('jetbrains/GetRecipesForClientSemantic.graphql', {
      ...semantic,
      languages: ['Python'],
    });
    expect(ids(jetbrains.assistantRecipesSemanticSearch)).toEqual([recipeId]);
    const vscode = await sent('vscode/GET_RECIPES_SEMANTIC.graphql', { ...semantic, language: 'Python' });
    expect(ids(vscode.assistantRecipesSemanticSearch)).toEqual([recipeId]);
    expect(await sent('vscode/SUBSCRIBE_TO_RECIPE.graphql', { id: recipeId })).toEqual({ subscribeToRecipe: 'ok' });
    expect(await sent('vscode/UNSUBSCRIBE_TO_RECIPE.graphql', { id: recipeId })).toEqual({
      unsubscribeFromRecipe: 'ok',
    });
    // A recipe the caller may not see (here, none) is not found, as everywhere.
    const unknown = await world.gql(clientDocument('vscode/SUBSCRIBE_TO_RECIPE.graphql'), {
      variables: { id: 999_999 },
    });
    expect(unknown.json()).toMatchObject({ data: null, errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    for (const name of ['jetbrains/RecordRecipeUse.graphql', 'vscode/USE_RECIPE.graphql'])
      expect(await sent(name, { recipeId, fingerprint: 'f' })).toEqual({ recordAccess: 'ok' });
  });

  it('records accesses, and answers the Rosie ruleset queries (outside Plumb) empty', async () => {
    const recordings: [string, Record<string, unknown>][] = [
      ['jetbrains/RecordAccess.graphql', { accessType: 'IntelliJ', actionType: 'FileAnalysisRequest' }],
      ['jetbrains/RecordCreateCodigaYaml.graphql', { fingerprint: 'f' }],
      ['jetbrains/RecordRuleFix.graphql', { fingerprint: 'f' }],
      ['vscode/USE_CREATE_CODIGA_YAML.graphql', { fingerprint: 'f' }],
      ['vscode/USE_RULE_FIX.graphql', { fingerprint: 'f', ruleId: 1 }],
    ];
    for (const [name, variables] of recordings) expect(await sent(name, variables)).toEqual({ recordAccess: 'ok' });
    const names = { names: ['python-security'], fingerprint: 'f' };
    for (const name of [
      'jetbrains/GetRulesetsForClient.graphql',
      'vscode/GET_RULESETS_FOR_CLIENT.graphql',
      'cli/GET_RULESETS_FOR_CLIENT.graphql',
    ])
      expect(await sent(name, names)).toEqual({ ruleSetsForClient: [] });
    for (const name of [
      'jetbrains/GetRulesetsForClientLastTimestamp.graphql',
      'vscode/GET_RULESETS_LAST_UPDATED_TIMESTAMP.graphql',
    ])
      expect(await sent(name, names)).toEqual({ ruleSetsLastUpdatedTimestamp: null });
    // The CLI builds this one per run (codiga/codiga-cli utils/graphql.js buildRulesetsQuery), one alias per name.
    const built = await world.gql('query getRulesets {python_security: ruleSet(name: "python-security") { id }}');
    expect(built.json()).toEqual({ data: { python_security: null } });
  });

  it('has sent every fixture', () => {
    const all = ['jetbrains', 'vscode', 'cli'].flatMap((client) =>
      readdirSync(path.join(FIXTURES, client)).map((file) => `${client}/${file}`),
    );
    expect(all.filter((name) => !tested.has(name))).toEqual([]);
  });
});
