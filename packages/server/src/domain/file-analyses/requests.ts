import { and, eq } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import type { PersonalAccess } from '../access/index.js';
import type { AnalysisQueue } from '../analyses/index.js';
import { Invalid, NotFound } from '../errors.js';
import { findReadableProject } from '../projects/index.js';

const { fileAnalyses } = schema;

/** The largest code a one-file analysis takes, in UTF-8 bytes (docs/api/codiga.md). */
export const MAX_FILE_ANALYSIS_BYTES = 262_144;

export type FileAnalysis = typeof fileAnalyses.$inferSelect;

export interface FileAnalysisRequest {
  language: string;
  filename: string;
  code: string;
  projectId?: number | null;
  fingerprint?: string | null;
  parameters?: string | null;
}

/** A relative POSIX path inside the file's project: what an ignore's filename is matched against. */
export function checkedFilename(filename: string): string {
  const path = filename.replace(/\\/g, '/').replace(/^\.\//, '');
  const segments = path.split('/');
  if (path === '' || path.startsWith('/') || /^[a-z]:/i.test(path) || segments.some((s) => s === '..' || s === ''))
    throw new Invalid('filename', `expected a relative path such as "src/app.py", got ${JSON.stringify(filename)}`);
  return path;
}

function checkCodeSize(code: string): void {
  const bytes = Buffer.byteLength(code, 'utf8');
  if (bytes > MAX_FILE_ANALYSIS_BYTES)
    throw new Invalid('code', `expected at most ${MAX_FILE_ANALYSIS_BYTES} bytes (UTF-8), got ${bytes}`);
}

/**
 * Records code to analyze for the caller, with the rules of the project it names (one they may read), and queues it;
 * answers at once, before any worker took it.
 */
export async function requestFileAnalysis(
  db: Executor,
  queue: AnalysisQueue,
  access: PersonalAccess,
  request: FileAnalysisRequest,
): Promise<FileAnalysis> {
  checkCodeSize(request.code);
  const filename = checkedFilename(request.filename);
  const project = request.projectId == null ? null : await findReadableProject(db, access, { id: request.projectId });
  const [row] = await db
    .insert(fileAnalyses)
    .values({
      userId: access.user.id,
      projectId: project?.id ?? null,
      language: request.language,
      filename,
      code: request.code,
      fingerprint: request.fingerprint ?? null,
      parameters: request.parameters ?? null,
    })
    .returning();
  await queue.enqueueFileAnalysis(row!.id);
  return row!;
}

/** The caller's own file analysis; another user's is NotFound, as one that does not exist. */
export async function findFileAnalysis(db: Executor, access: PersonalAccess, id: number): Promise<FileAnalysis> {
  const [row] = await db
    .select()
    .from(fileAnalyses)
    .where(and(eq(fileAnalyses.id, id), eq(fileAnalyses.userId, access.user.id)));
  if (!row) throw new NotFound('file analysis');
  return row;
}
