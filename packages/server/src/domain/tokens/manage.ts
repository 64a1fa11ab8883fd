import { and, asc, eq, getTableColumns, isNull } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import { NotFound } from '../errors.js';

export type TokenRecord = Omit<typeof schema.tokens.$inferSelect, 'secretHash'>;

const { secretHash: _secretHash, ...publicColumns } = getTableColumns(schema.tokens);

/** Revokes a token of the project; a token of another project is NotFound. */
export async function revokeProjectToken(
  db: Executor,
  projectId: number,
  tokenUuid: string,
  now = new Date(),
): Promise<void> {
  const revoked = await db
    .update(schema.tokens)
    .set({ revokedAt: now })
    .where(
      and(eq(schema.tokens.uuid, tokenUuid), eq(schema.tokens.projectId, projectId), isNull(schema.tokens.revokedAt)),
    )
    .returning({ id: schema.tokens.id });
  if (revoked.length === 0) throw new NotFound('token');
}

export async function revokeToken(db: Executor, tokenId: number, now = new Date()): Promise<void> {
  await db
    .update(schema.tokens)
    .set({ revokedAt: now })
    .where(and(eq(schema.tokens.id, tokenId), isNull(schema.tokens.revokedAt)));
}

/** The project's live tokens, oldest first (never their secrets). */
export async function listProjectTokens(db: Executor, projectId: number): Promise<TokenRecord[]> {
  return db
    .select(publicColumns)
    .from(schema.tokens)
    .where(and(eq(schema.tokens.projectId, projectId), isNull(schema.tokens.revokedAt)))
    .orderBy(asc(schema.tokens.id));
}
