import { and, count, eq, getTableColumns, isNull } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import { authorize, type OrganizationAccess } from '../access/index.js';
import { NotFound } from '../errors.js';
import { paginate, type Keyset, type Page, type PageRequest } from '../paging.js';
import type { Project } from '../projects/projects.js';
import { issueProjectToken, type IssuedToken } from './issue.js';

export type TokenRecord = Omit<typeof schema.tokens.$inferSelect, 'secretHash'>;

const { tokens } = schema;
const { secretHash: _secretHash, ...publicColumns } = getTableColumns(tokens);

const byCreation: Keyset<TokenRecord> = {
  columns: [{ column: tokens.id, text: false }],
  valuesOf: (token) => [token.id],
};

function requireOwnProject(access: OrganizationAccess, project: Project): void {
  authorize(access, 'manageProjectTokens');
  if (project.organizationId !== access.organization.id) throw new NotFound('repository');
}

/** A new token for the project (OWNER or ADMIN); its secret is in this answer only. */
export async function createProjectToken(
  db: Executor,
  access: OrganizationAccess,
  project: Project,
  options: { name: string },
): Promise<IssuedToken> {
  requireOwnProject(access, project);
  return issueProjectToken(db, project.id, {
    name: options.name,
    ...(access.principal.user ? { createdByUserId: access.principal.user.id } : {}),
  });
}

/** The project's live tokens, one page, oldest first (never their secrets). */
export async function listProjectTokens(
  db: Executor,
  access: OrganizationAccess,
  project: Project,
  page: PageRequest,
): Promise<Page<TokenRecord>> {
  requireOwnProject(access, project);
  const live = and(eq(tokens.projectId, project.id), isNull(tokens.revokedAt));
  return paginate(page, byCreation, {
    rows: (position, orderBy, limit, offset) =>
      db
        .select(publicColumns)
        .from(tokens)
        .where(and(live, position))
        .orderBy(...orderBy)
        .limit(limit)
        .offset(offset),
    total: async () => (await db.select({ total: count() }).from(tokens).where(live))[0]?.total ?? 0,
  });
}

/** Revokes a live token of the project by its id; a token of another project, or a revoked one, is NotFound. */
export async function revokeProjectToken(
  db: Executor,
  access: OrganizationAccess,
  project: Project,
  tokenId: number,
  now = new Date(),
): Promise<void> {
  requireOwnProject(access, project);
  const revoked = await db
    .update(tokens)
    .set({ revokedAt: now })
    .where(and(eq(tokens.id, tokenId), eq(tokens.projectId, project.id), isNull(tokens.revokedAt)))
    .returning({ id: tokens.id });
  if (revoked.length === 0) throw new NotFound('token');
}
