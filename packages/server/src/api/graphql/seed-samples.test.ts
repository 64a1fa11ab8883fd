// Every sample query of the seed (Codiga's API documentation), sent verbatim but for the ids, which name acme's own
// group and project as a user's script would; each answers without errors and with its "Response sample"'s shape.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../domain/analyses/index.js';
import { storeEngineAnalysis } from '../../../test/support/stored-analysis.js';
import { TEST_DRIVER } from '../../../test/support/test-store.js';
import { FILES_V2, openGraphqlWorld, type GraphqlWorld } from './world.case.js';

interface Sample {
  title: string;
  query: string;
  response?: unknown;
}

/** Reads a block that starts at `lines[start]` and ends where its braces balance. */
function block(lines: readonly string[], start: number): { text: string; end: number } {
  let depth = 0;
  for (let end = start; end < lines.length; end++) {
    for (const character of lines[end]!) depth += character === '{' ? 1 : character === '}' ? -1 : 0;
    if (depth === 0) return { text: lines.slice(start, end + 1).join('\n'), end };
  }
  throw new Error(`unbalanced block at line ${start + 1}`);
}

function seedSamples(text: string): Sample[] {
  const lines = text.split('\n');
  const samples: Sample[] = [];
  let line = lines.indexOf('Sample Queries');
  let title = '';
  while (++line < lines.length) {
    const current = lines[line]!.trim();
    if (!current.startsWith('{')) {
      if (current && current !== 'Request sample') title = current;
      continue;
    }
    const query = block(lines, line);
    const sample: Sample = { title, query: query.text };
    line = query.end;
    if (lines[line + 1]?.trim() === 'Response sample') {
      const response = block(lines, line + 2);
      sample.response = JSON.parse(response.text);
      line = response.end;
    }
    samples.push(sample);
  }
  return samples;
}

/** The shape of a value: its keys and their shapes, an array's first item's, or the JSON type of a leaf. */
function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.length > 0 ? [shapeOf(value[0])] : [];
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shapeOf(item)]));
  return typeof value;
}

const SEED = readFileSync(new URL('../../../test/fixtures/seeds/codiga-graphql.txt', import.meta.url), 'utf8');
const SAMPLES = seedSamples(SEED);

describe(`the seed's sample queries, sent verbatim on ${TEST_DRIVER}`, () => {
  let world: GraphqlWorld;
  /** A pull request of acme's project, the code review the last sample asks for. */
  let review: Analysis;
  beforeAll(async () => {
    world = await openGraphqlWorld();
    const pullRequest = { kind: 'pull_request', branch: 'feature', pullRequest: 3, baseBranch: 'main' } as const;
    review = await storeEngineAnalysis(world.testApp.store.db, world.web, FILES_V2, pullRequest, {
      defaultBranch: 'main',
    });
  }, 180_000);
  afterAll(() => world.close());

  /** The sample with the ids of acme's group and project in place of Codiga's. */
  const withOurIds = (query: string) =>
    query
      .replace(/project\(id: (?:\d+|<project-id>)\)/g, `project(id: ${world.web.id})`)
      .replace(/group\(id: \d+\)/g, `group(id: ${world.acme.organization.id})`)
      .replace(/codeReview\(id: <code-review-id>\)/g, `codeReview(id: ${review.id})`);

  it('finds every sample of the seed: twelve queries, nine with a response sample', () => {
    expect(SAMPLES).toHaveLength(12);
    expect(SAMPLES.filter((sample) => sample.response)).toHaveLength(9);
    expect(SAMPLES[9]!.query).toContain('violations(categories: [Security], howmany:100, skip:0)');
  });

  for (const [position, sample] of SAMPLES.entries())
    it(`answers sample ${position + 1} (${sample.title.slice(0, 40)}) without errors, in its shape`, async () => {
      const response = await world.gql(withOurIds(sample.query));
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.errors).toBeUndefined();
      if (sample.response) expect(shapeOf(body)).toEqual(shapeOf(sample.response));
    });

  // Mercurius runs a document compiled by graphql-jit from its fourth request on (index.ts's `jit`).
  it('answers every sample the same once its document runs compiled, as a polling client sees it', async () => {
    for (const sample of SAMPLES) {
      const query = withOurIds(sample.query);
      const answers = [];
      for (let request = 0; request < 5; request++) answers.push((await world.gql(query)).json());
      expect(answers[4], sample.title).toEqual(answers[0]);
    }
  });
});
