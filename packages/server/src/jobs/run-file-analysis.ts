import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fromViolation, LANGUAGES } from '@plumb/engine';
import {
  claimFileAnalysis,
  completeFileAnalysis,
  failFileAnalysis,
  releaseFileAnalysis,
  type FileAnalysis,
} from '../domain/file-analyses/index.js';
import { runEngine } from './engine-process.js';
import { failureMessage } from './failure-message.js';
import type { WorkerContext } from './run-analysis.js';

/**
 * Where the code goes in the scratch checkout: at its own path, with the language's extension added when the name
 * does not carry one of them (the engine picks a file's language by its extension).
 */
function pathOnDisk(analysis: FileAnalysis): string {
  const extensions = LANGUAGES.filter((spec) => spec.codiga === analysis.language).flatMap((spec) => spec.extensions);
  const fits = extensions.length === 0 || extensions.includes(path.posix.extname(analysis.filename).toLowerCase());
  return fits ? analysis.filename : `${analysis.filename}${extensions[0]}`;
}

/**
 * Runs one file analysis from the queue: the code alone in a scratch directory, beside the project's `.plumb.yml`
 * when one is stored, through the same engine process as a repository analysis; the findings are stored on it.
 * Answers `released` when the worker stopped meanwhile: the analysis is scheduled again, for the caller to queue.
 */
export async function runFileAnalysis(
  context: WorkerContext,
  id: number,
  shutdown: AbortSignal,
): Promise<'ended' | 'released'> {
  const { db } = context.store;
  const run = await claimFileAnalysis(db, id);
  if (!run) return 'ended';
  const { analysis } = run;
  const scratch = await mkdtemp(path.join(tmpdir(), 'plumb-file-'));
  const stop = new AbortController();
  const deadline = setTimeout(() => stop.abort('timed out'), context.limits.analysisSeconds * 1000);
  const onShutdown = () => stop.abort('the worker is stopping');
  shutdown.addEventListener('abort', onShutdown, { once: true });
  if (shutdown.aborted) onShutdown();
  try {
    const dir = path.join(scratch, 'code');
    const written = pathOnDisk(analysis);
    await mkdir(path.dirname(path.join(dir, written)), { recursive: true });
    await writeFile(path.join(dir, written), analysis.code);
    if (run.configYaml !== null) await writeFile(path.join(dir, '.plumb.yml'), run.configYaml);
    const result = await runEngine(dir, {
      signal: stop.signal,
      log: () => {},
      ...(context.engines && { engines: context.engines }),
      fileResultsOut: path.join(scratch, 'file-results.json.gz'),
    });
    const findings = result.violations
      .filter((violation) => violation.filename === written)
      .map((violation) => ({ ...fromViolation(violation), filename: analysis.filename }));
    await completeFileAnalysis(db, analysis, findings);
    return 'ended';
  } catch (error) {
    if (shutdown.aborted) {
      await releaseFileAnalysis(db, analysis);
      return 'released';
    }
    await failFileAnalysis(db, analysis, failureMessage(stop.signal.reason ?? error));
    return 'ended';
  } finally {
    clearTimeout(deadline);
    shutdown.removeEventListener('abort', onShutdown);
    await rm(scratch, { recursive: true, force: true });
  }
}
