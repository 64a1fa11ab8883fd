// Completed analyses for this surface's suites: a real engine run stored as a worker stores it. A .case.ts file.
import { fromViolation } from '@plumb/engine';
import type { Analysis } from '../../domain/analyses/index.js';
import { conditionsFromConfig, evaluateConditions } from '../../domain/build-conditions/index.js';
import { findReadableRepository, type Repository, type RepositoryIdentity } from '../../domain/projects/index.js';
import type { Person, World } from './world.case.js';
import { PYTHON_WITH_FINDINGS } from '../../../test/support/python-findings.js';
import { storeEngineAnalysis } from '../../../test/support/stored-analysis.js';

/**
 * Ruff finds an unused import (F401, unused-code), a comparison with None (E711, coding-style) and an unused
 * variable (F841); a JavaScript file adds oxlint's findings, one of them (valid-typeof, SonarQube's S4125) high.
 */
export const PYTHON = PYTHON_WITH_FINDINGS;
export const JAVASCRIPT = [
  'function g(a) {',
  '  debugger;',
  "  if (typeof a === 'strnig') { return 0 }",
  '  if (a == null) { return 1 }',
  '  return 2;',
  '}',
  '',
].join('\n');

/** A condition that fails the build when the inspection brings new issues. */
const CONDITIONS = conditionsFromConfig("build_failure_conditions:\n  - 'issues.new.exists'\n");

export async function repositoryOf(world: World, owner: Person, identity: RepositoryIdentity): Promise<Repository> {
  return findReadableRepository(world.testApp.store.db, await world.personalAccessOf(owner), identity);
}

/** Analyzes `files` as revision `sha` of `branch` with the engine and stores the result; answers the analysis. */
export async function storeAnalysis(
  world: World,
  repository: Repository,
  files: Record<string, string>,
  sha: string,
  branch = 'main',
): Promise<Analysis> {
  return storeEngineAnalysis(
    world.testApp.store.db,
    repository,
    files,
    { kind: 'branch', branch, revision: sha, title: `at ${sha}` },
    {
      defaultBranch: 'main',
      build: ({ result: engine, isNew }) =>
        evaluateConditions(CONDITIONS, {
          issues: engine.violations.map((violation, index) => ({
            severity: fromViolation(violation).severity,
            labels: [],
            isNew: isNew[index] ?? false,
          })),
          functions: [],
          project: { metrics: {} },
        }),
    },
  );
}
