import { Type, type Static } from 'typebox';
import { CODACY_PROVIDERS } from './providers.js';

/** Wire shapes of Codacy's API v3, with its names; only the fields Plumb can fill truthfully. */

export const ErrorMessage = Type.Object({ message: Type.String() });

export const Provider = Type.Unsafe<(typeof CODACY_PROVIDERS)[number]>({ type: 'string', enum: [...CODACY_PROVIDERS] });

export const OrganizationParams = Type.Object({
  provider: Provider,
  remoteOrganizationName: Type.String({ description: 'The Plumb organization slug' }),
});

export const RepositoryParams = Type.Object({
  provider: Provider,
  remoteOrganizationName: Type.String({ description: 'The Plumb organization slug' }),
  repositoryName: Type.String(),
});

export const TokenParams = Type.Object({
  provider: Provider,
  remoteOrganizationName: Type.String({ description: 'The Plumb organization slug' }),
  repositoryName: Type.String(),
  tokenId: Type.Integer({ minimum: 1 }),
});

export const Repository = Type.Object({
  repositoryId: Type.Integer(),
  provider: Provider,
  owner: Type.String(),
  name: Type.String(),
  fullPath: Type.String(),
  visibility: Type.Unsafe<'Public' | 'Private'>({ type: 'string', enum: ['Public', 'Private'] }),
  remoteIdentifier: Type.String({ description: 'The Plumb project uuid' }),
  lastUpdated: Type.String({ format: 'date-time' }),
  defaultBranch: Type.Object({ name: Type.String(), isDefault: Type.Boolean(), isEnabled: Type.Boolean() }),
  permission: Type.Unsafe<'admin' | 'write' | 'read'>({ type: 'string', enum: ['admin', 'write', 'read'] }),
  addedState: Type.Literal('Added'),
  languages: Type.Array(Type.String()),
  problems: Type.Array(Type.Object({})),
});

export type Repository = Static<typeof Repository>;

export const RepositoryListResponse = Type.Object({
  data: Type.Array(Repository),
  pagination: Type.Object({
    cursor: Type.Optional(Type.String({ description: 'Pass as `cursor` for the next page; absent on the last page' })),
    limit: Type.Integer(),
    total: Type.Integer(),
  }),
});

export const ApiToken = Type.Object({
  id: Type.Integer(),
  token: Type.Optional(
    Type.String({ description: 'The secret: in the creation response only, since Plumb stores a hash of it' }),
  ),
});

export const ApiTokenResponse = Type.Object({ data: Type.Object({ id: Type.Integer(), token: Type.String() }) });

export const ApiTokenListResponse = Type.Object({ data: Type.Array(ApiToken) });

export const ERROR_RESPONSES = { 400: ErrorMessage, 401: ErrorMessage, 403: ErrorMessage, 404: ErrorMessage } as const;
