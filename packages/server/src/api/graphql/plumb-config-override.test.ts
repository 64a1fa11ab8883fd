// A project's `.plumb.yml` override, saved from the settings page's GraphQL and read by the real worker's engine
// instead of the checkout's own: its rules and exclusions decide the next analysis, and removing it restores the
// checkout's. PGlite under `npm test`, PostgreSQL with PLUMB_TEST_PG_URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PYTHON_WITH_FINDINGS } from '../../../test/support/python-findings.js';
import { TEST_DRIVER } from '../../../test/support/test-store.js';
import { openPipelineWorld, type PipelineWorld } from './pipeline-world.case.js';

describe(`a project's .plumb.yml override on ${TEST_DRIVER}`, () => {
  let world: PipelineWorld;
  let projectId: number;

  beforeAll(async () => {
    world = await openPipelineWorld();
    const repo = world.repository('override');
    // The checkout's own configuration keeps every rule; the override will switch one off and exclude a folder.
    repo.commit('Findings', {
      '.plumb.yml': 'exclude:\n  - docs/**\n',
      'app/main.py': PYTHON_WITH_FINDINGS,
      'generated/api.py': PYTHON_WITH_FINDINGS,
    });
    const created = await world.gql(
      `mutation { createProject(groupId: ${world.acme.organization.id}, kind: Git, name: "override",
        url: "file://${repo.dir}", description: "") { id } }`,
    );
    expect(created.errors).toBeUndefined();
    projectId = created.data.createProject.id;
  }, 600_000);
  afterAll(() => world?.close());

  /** Analyzes the project's main branch through the pipeline; answers each finding as `file rule`. */
  async function analyze(): Promise<string[]> {
    const scheduled = await world.gql(`mutation { scheduleAnalysis(id: ${projectId}, branch: "main") { id } }`);
    const done = await world.settle(scheduled.data.scheduleAnalysis.id);
    expect(done.state).toBe('completed');
    const body = await world.gql(
      `{ analysis(id: ${done.id}) { violations(howmany: 100, skip: 0) { filename rule } } }`,
    );
    return body.data.analysis.violations.map((v: { filename: string; rule: string }) => `${v.filename} ${v.rule}`);
  }

  /** Saves the override from the settings page's mutation; a GraphQL string takes JSON's escapes. */
  const save = (plumbConfig: string) =>
    world.gql(
      `mutation { plumbSaveProjectSettings(organization: "acme", projectId: ${projectId},
        settings: { plumbConfig: ${JSON.stringify(plumbConfig)} }) { plumbConfig } }`,
    );

  it("replaces the checkout's .plumb.yml for the next analyses, and the checkout's comes back without it", async () => {
    const before = await analyze();
    expect(before).toContain('app/main.py E711');
    expect(before).toContain('generated/api.py E711');

    const saved = await save('rules:\n  ruff/E711: off\nexclude:\n  - generated/**\n');
    expect(saved.errors).toBeUndefined();
    const overridden = await analyze();
    expect(overridden.some((finding) => finding.startsWith('generated/'))).toBe(false);
    expect(overridden).not.toContain('app/main.py E711');
    expect(overridden).toContain('app/main.py F401');

    expect((await save('')).errors).toBeUndefined();
    expect((await analyze()).sort()).toEqual([...before].sort());
  });
});
