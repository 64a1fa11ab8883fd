import { eq } from 'drizzle-orm';
import type { SealedBox } from '../../crypto/sealed-box.js';
import { schema, type Executor } from '../../store/index.js';
import { NotFound } from '../errors.js';
import type { Project } from './projects.js';

const { projects } = schema;

/** The project an analysis belongs to, for the worker that runs it (no caller: the queue already checked one). */
export async function projectForAnalysis(db: Executor, projectId: number): Promise<Project> {
  const [row] = await db.select().from(projects).where(eq(projects.id, projectId));
  if (!row) throw new NotFound('project');
  return row;
}

/** Keeps the SSH host keys seen on the first fetch: later fetches refuse a host whose key changed. */
export async function pinSshKnownHosts(db: Executor, projectId: number, knownHosts: string): Promise<void> {
  await db.update(projects).set({ sshKnownHosts: knownHosts }).where(eq(projects.id, projectId));
}

/** Where a project's code is fetched from, its SSH key opened; undefined for a project with no git URL. */
export function gitSourceOf(
  project: Project,
  secrets: SealedBox,
): { url: string; sshKey?: string; knownHosts?: string } | undefined {
  if (!project.gitUrl) return undefined;
  return {
    url: project.gitUrl,
    ...(project.sshKeySealed ? { sshKey: secrets.open(project.sshKeySealed) } : {}),
    ...(project.sshKnownHosts ? { knownHosts: project.sshKnownHosts } : {}),
  };
}
