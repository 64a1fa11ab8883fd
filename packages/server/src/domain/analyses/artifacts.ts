import { and, asc, eq, isNull, lt } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import { NotFound } from '../errors.js';

const { artifacts } = schema;

export type Artifact = Omit<typeof artifacts.$inferSelect, 'content'>;

/** The node Plumb's own files are listed under (Scrutinizer lists artifacts per build node). */
export const PLUMB_NODE = 'plumb';

/** Keeps a file the analysis produced; writing the same node and name again replaces it. */
export async function putArtifact(
  db: Executor,
  analysisId: number,
  file: { node?: string; name: string; contentType: string; content: Buffer },
): Promise<void> {
  const values = {
    analysisId,
    node: file.node ?? PLUMB_NODE,
    name: file.name,
    contentType: file.contentType,
    content: file.content,
    size: file.content.length,
    expiredAt: null,
  };
  await db
    .insert(artifacts)
    .values(values)
    .onConflictDoUpdate({
      target: [artifacts.analysisId, artifacts.node, artifacts.name],
      set: { contentType: values.contentType, content: values.content, size: values.size, expiredAt: null },
    });
}

export async function listArtifacts(db: Executor, analysisId: number): Promise<Artifact[]> {
  return db
    .select({
      id: artifacts.id,
      analysisId: artifacts.analysisId,
      node: artifacts.node,
      name: artifacts.name,
      contentType: artifacts.contentType,
      size: artifacts.size,
      createdAt: artifacts.createdAt,
      expiredAt: artifacts.expiredAt,
    })
    .from(artifacts)
    .where(eq(artifacts.analysisId, analysisId))
    .orderBy(asc(artifacts.node), asc(artifacts.name));
}

/** The content of one artifact; a purged one is NotFound, as Scrutinizer's download of an expired file is. */
export async function readArtifact(
  db: Executor,
  analysisId: number,
  node: string,
  name: string,
): Promise<{ contentType: string; content: Buffer }> {
  const [row] = await db
    .select({ contentType: artifacts.contentType, content: artifacts.content })
    .from(artifacts)
    .where(and(eq(artifacts.analysisId, analysisId), eq(artifacts.node, node), eq(artifacts.name, name)));
  if (!row || row.content === null) throw new NotFound('artifact');
  return { contentType: row.contentType, content: row.content };
}

/** Purges the content of artifacts created before `before`, keeping their rows as expired. */
export async function purgeArtifacts(db: Executor, before: Date): Promise<number> {
  const rows = await db
    .update(artifacts)
    .set({ content: null, expiredAt: new Date() })
    .where(and(lt(artifacts.createdAt, before), isNull(artifacts.expiredAt)))
    .returning({ id: artifacts.id });
  return rows.length;
}
