// The worker's side of a one-file analysis: take it, and store what the engine found (less what the project ignores).
import type { Finding } from '@plumb/engine';
import { and, eq, inArray, lt } from 'drizzle-orm';
import { increment, schema, type Executor } from '../../store/index.js';
import { ignoreOf, projectIgnores } from '../ignores/index.js';
import type { FileAnalysis } from './requests.js';

const { fileAnalyses, projects } = schema;

/** A file analysis a worker took, with the `.plumb.yml` of its project when one is stored. */
export interface FileAnalysisRun {
  analysis: FileAnalysis;
  configYaml: string | null;
}

/**
 * Takes the file analysis for a new attempt: one scheduled, or one left running by a worker that died (pg-boss hands
 * its job out again only once it expired). A done or failed one is left alone.
 */
export async function claimFileAnalysis(db: Executor, id: number): Promise<FileAnalysisRun | undefined> {
  const [analysis] = await db
    .update(fileAnalyses)
    .set({ state: 'in_progress', attempt: increment(fileAnalyses.attempt), startedAt: new Date() })
    .where(and(eq(fileAnalyses.id, id), inArray(fileAnalyses.state, ['scheduled', 'in_progress'])))
    .returning();
  if (!analysis) return undefined;
  if (analysis.projectId === null) return { analysis, configYaml: null };
  const [project] = await db
    .select({ configYaml: projects.configYaml, plumbConfig: projects.plumbConfig })
    .from(projects)
    .where(eq(projects.id, analysis.projectId));
  // The project's `.plumb.yml` override first, as its analyses read it.
  if (project?.plumbConfig) return { analysis, configYaml: project.plumbConfig };
  return { analysis, configYaml: project?.configYaml.trim() ? project.configYaml : null };
}

const ofAttempt = (analysis: FileAnalysis) =>
  and(eq(fileAnalyses.id, analysis.id), eq(fileAnalyses.attempt, analysis.attempt));

/** Stores the engine's findings on the file, but those an ignore of the project covers, and ends it done. */
export async function completeFileAnalysis(
  db: Executor,
  analysis: FileAnalysis,
  findings: readonly Finding[],
): Promise<void> {
  const ignores = analysis.projectId === null ? [] : await projectIgnores(db, analysis.projectId);
  const reported = findings.filter((finding) => !ignoreOf(ignores, finding));
  await db
    .update(fileAnalyses)
    .set({
      state: 'done',
      finishedAt: new Date(),
      violations: reported.map((finding) => ({
        rule: finding.rule,
        tool: finding.tool,
        category: finding.category,
        severity: finding.severity,
        language: finding.language,
        description: finding.description,
        line: finding.line,
        lineEnd: finding.lineEnd,
      })),
    })
    .where(ofAttempt(analysis));
}

/** Ends the file analysis failed, with why. */
export async function failFileAnalysis(db: Executor, analysis: FileAnalysis, error: string): Promise<void> {
  await db.update(fileAnalyses).set({ state: 'failed', finishedAt: new Date(), error }).where(ofAttempt(analysis));
}

/** Hands the file analysis back to the queue's next worker (this one is stopping): scheduled again. */
export async function releaseFileAnalysis(db: Executor, analysis: FileAnalysis): Promise<void> {
  await db.update(fileAnalyses).set({ state: 'scheduled', startedAt: null }).where(ofAttempt(analysis));
}

/** How long a file analysis (the code an IDE sent, and its violations) is kept: its client polls it for seconds. */
export const FILE_ANALYSIS_RETENTION_MS = 7 * 86_400_000;

/** Deletes the file analyses asked for before `before`; answers how many. */
export async function purgeFileAnalyses(db: Executor, before: Date): Promise<number> {
  const deleted = await db
    .delete(fileAnalyses)
    .where(lt(fileAnalyses.createdAt, before))
    .returning({ id: fileAnalyses.id });
  return deleted.length;
}
