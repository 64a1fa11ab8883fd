import { existsSync } from 'node:fs';
import path from 'node:path';
import { sameTools } from '@plumb/engine';
import { latestCompleted, type Analysis } from '../domain/analyses/index.js';
import type { Project } from '../domain/projects/index.js';
import { changedPaths } from '../git/index.js';
import type { Executor } from '../store/index.js';
import { fileResultsPath } from './file-results.js';

/**
 * Files whose change may change other files' results (configurations the engine, a linter or the walk reads,
 * manifests): any dotfile, and the named ones. A smart analysis is deep when one of them changed.
 */
const WHOLE_TREE_FILE = new RegExp(
  '^(?:\\..*|pyproject\\.toml|ruff\\.toml|setup\\.cfg|Cargo\\.toml|package\\.json|package-lock\\.json|' +
    'npm-shrinkwrap\\.json|pnpm-lock\\.yaml|eslint\\.config\\.[cm]?[jt]s|tsconfig.*\\.json)$',
);
/** Ruff tells first-party imports by the modules that exist: adding or removing one may change other findings. */
const PYTHON_MODULE = /\.pyi?$/;

/** How to analyze: every file, or only the changed ones with the rest taken over from the base analysis. */
export type ScanPlan =
  { mode: 'deep'; reason?: string } | { mode: 'smart'; base: Analysis; previousResults: string; changed: string[] };

const deep = (reason: string): ScanPlan => ({ mode: 'deep', reason });

/**
 * Decides whether the analysis of `revision` may be smart: asked for as smart, with a completed analysis of the branch
 * by the same engine and linters whose per-file results this worker keeps, and a git diff from its revision that
 * touches no configuration and adds or removes no Python module. Else deep, with the reason for the log.
 */
export async function planScan(
  db: Executor,
  dataDir: string,
  analysis: Analysis,
  project: Project,
  mirrorPath: string,
  revision: string,
): Promise<ScanPlan> {
  if (analysis.scanType !== 'smart') return { mode: 'deep' };
  const base = await latestCompleted(db, project.id, analysis.branch ?? project.defaultBranch, analysis.id);
  if (!base?.revision) return deep('the branch has no completed analysis to start from');
  if (!sameTools({ engine: base.engineVersion ?? '', linters: base.linterVersions ?? {} }))
    return deep(`the engine or a linter changed since analysis ${base.id}`);
  const baseStarted = base.startedAt ?? base.createdAt;
  if (project.plumbConfigChangedAt && project.plumbConfigChangedAt >= baseStarted)
    return deep(`the project's .plumb.yml override changed since analysis ${base.id}`);
  const previousResults = fileResultsPath(dataDir, project.uuid, base.id);
  if (!existsSync(previousResults)) return deep(`this worker keeps no per-file results of analysis ${base.id}`);
  const changes = await changedPaths(mirrorPath, base.revision, revision);
  if (!changes) return deep(`git cannot compare ${base.revision} with ${revision} (a force-push removed it?)`);
  const configuration = changes.find((change) => WHOLE_TREE_FILE.test(path.posix.basename(change.path)));
  if (configuration) return deep(`${configuration.path} changed, which may change the results of every file`);
  const module = changes.find((change) => change.status !== 'modified' && PYTHON_MODULE.test(change.path));
  if (module) return deep(`the Python module ${module.path} was ${module.status}, which Ruff's import rules follow`);
  return { mode: 'smart', base, previousResults, changed: changes.map((change) => change.path) };
}
