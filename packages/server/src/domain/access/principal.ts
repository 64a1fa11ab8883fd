import type { schema } from '../../store/index.js';

export type Role = (typeof schema.ROLES)[number];
export type TokenKind = (typeof schema.TOKEN_KINDS)[number];

/** Who is calling: resolved from any accepted credential; every domain call is scoped by it. */
export interface Principal {
  /** The token's id; 0 for a session token, which is no row of the tokens table. */
  tokenId: number;
  tokenKind: TokenKind | 'session';
  user: { id: number; uuid: string; email: string; displayName: string } | null;
  /**
   * The organization an organization token, an API key or a project token belongs to; null for user and session
   * tokens (they name it per call).
   */
  organization: { id: number; uuid: string; slug: string } | null;
  project: { id: number; uuid: string } | null;
  /** The role an organization token or an API key acts with. */
  role: Role | null;
  /** A session token's id (`jti`), the organization it was opened in, and when it expires. */
  session?: { id: string; organizationSlug: string; expiresAt: Date };
}
