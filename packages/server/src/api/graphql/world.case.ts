// Shared set-up for this surface's suites; a .case.ts file, so the build leaves it out.
import type { LightMyRequestResponse } from 'fastify';
import { insertAnalysis, type Analysis } from '../../domain/analyses/index.js';
import { createProject, type Project } from '../../domain/projects/index.js';
import { PYTHON_WITH_FINDINGS } from '../../../test/support/python-findings.js';
import { storeEngineAnalysis } from '../../../test/support/stored-analysis.js';
import { createTenant, type Tenant } from '../../../test/support/tenant-fixture.js';
import { openTestApp, type TestApp } from '../../../test/support/test-app.js';

export const SHA1 = 'a1'.repeat(20);
export const SHA2 = 'b2'.repeat(20);

/** A function the engine finds complex (nested branches) and long. */
const COMPLEX_JS = [
  'export function route(a, b, c, d) {',
  ...Array.from({ length: 12 }, (_, i) => `  if (a === ${i} && (b > ${i} || c < ${i})) { d += ${i}; }`),
  '  debugger;',
  "  if (typeof a === 'strnig') { return 0; }",
  '  return d;',
  '}',
].join('\n');

/** A block the engine finds duplicated between two files. */
const SHARED_BLOCK = Array.from(
  { length: 10 },
  (_, i) => `  total = total + values[${i}] * weights[${i}] - offsets[${i}] / scale;`,
).join('\n');
const duplicated = (name: string) => `export function ${name}(values, weights, offsets, scale) {
  let total = 0;
${SHARED_BLOCK}
  return total;
}
`;

/** What the analyses of acme's project see: Python and JavaScript findings, a complex function, a duplicate. */
export const FILES_V1 = { 'app/main.py': PYTHON_WITH_FINDINGS, 'src/route.js': COMPLEX_JS };
export const FILES_V2 = {
  ...FILES_V1,
  'src/lib/sum.js': duplicated('sum'),
  'src/lib/total.js': duplicated('total'),
};

/** acme with a project analyzed twice on main, once on a feature branch and once queued; globex, never visible. */
export interface GraphqlWorld {
  testApp: TestApp;
  acme: Tenant;
  globex: Tenant;
  web: Project;
  site: Project;
  first: Analysis;
  second: Analysis;
  feature: Analysis;
  queued: Analysis;
  foreign: Analysis;
  gql(
    query: string,
    options?: { token?: string | null; variables?: Record<string, unknown>; headers?: Record<string, string> },
  ): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function openGraphqlWorld(): Promise<GraphqlWorld> {
  const testApp = await openTestApp();
  const db = testApp.store.db;
  const acme = await createTenant(testApp.store, 'acme');
  const globex = await createTenant(testApp.store, 'globex');
  const web = await createProject(db, acme.owner, { provider: 'g', owner: 'acme', name: 'web' });
  const site = await createProject(db, globex.owner, { provider: 'g', owner: 'globex', name: 'site' });
  const context = { defaultBranch: 'main' };
  const first = await storeEngineAnalysis(
    db,
    web,
    FILES_V1,
    { kind: 'branch', branch: 'main', revision: SHA1 },
    context,
  );
  const second = await storeEngineAnalysis(
    db,
    web,
    FILES_V2,
    { kind: 'branch', branch: 'main', revision: SHA2 },
    context,
  );
  const feature = await storeEngineAnalysis(db, web, FILES_V1, { kind: 'branch', branch: 'feature', revision: SHA1 });
  const queued = await insertAnalysis(db, web, { kind: 'branch', branch: 'main' });
  const foreign = await storeEngineAnalysis(db, site, FILES_V2, { kind: 'branch', branch: 'main', revision: SHA1 });
  return {
    testApp,
    acme,
    globex,
    web,
    site,
    first,
    second,
    feature,
    queued,
    foreign,
    gql: (query, options = {}) => {
      const token = options.token === undefined ? acme.ownerUserToken : options.token;
      return testApp.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { ...(token ? { 'x-api-token': token } : {}), ...options.headers },
        payload: { query, ...(options.variables ? { variables: options.variables } : {}) },
      });
    },
    close: () => testApp.close(),
  };
}
