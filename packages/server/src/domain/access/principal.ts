import type { schema } from '../../store/index.js';

export type Role = (typeof schema.ROLES)[number];
export type TokenKind = (typeof schema.TOKEN_KINDS)[number];

/** Who is calling: resolved from any accepted credential; every domain call is scoped by it. */
export interface Principal {
  tokenId: number;
  tokenKind: TokenKind;
  user: { id: number; uuid: string; email: string; displayName: string } | null;
  /**
   * The organization an organization token or a project token belongs to; null for user tokens (they name it per
   * call).
   */
  organization: { id: number; uuid: string; slug: string } | null;
  project: { id: number; uuid: string } | null;
  /** The role an organization token acts with. */
  role: Role | null;
}
