import { Type, type Static, type TSchema } from 'typebox';

/** Wire shapes of the Scrutinizer API, with its names. */

/** Scrutinizer's error body: `{"message": …}`. */
export const MessageSchema = Type.Object({ message: Type.String() });

export const AuthQuery = Type.Object({
  access_token: Type.Optional(Type.String({ description: 'A user access token.' })),
});

/** `page` (1-based) and `per_page` (1..100, default 20) as Scrutinizer takes them. */
export const PageQuery = Type.Object({
  page: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 10_000_000, default: 1, description: 'The page to view (1-based).' }),
  ),
  per_page: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'Items per page (1 to 100).' }),
  ),
  access_token: Type.Optional(Type.String({ description: 'A user access token.' })),
});
export type PageQuery = Static<typeof PageQuery>;

export const Link = Type.Object({ href: Type.String() });

/** The HAL page envelope around `_embedded[key]`, with `pages`, `total` and `last` beside Scrutinizer's fields. */
export function halPageSchema<Item extends TSchema>(key: string, item: Item) {
  return Type.Object({
    page: Type.Integer(),
    limit: Type.Integer(),
    pages: Type.Integer(),
    total: Type.Integer(),
    _links: Type.Object({
      self: Link,
      first: Link,
      last: Link,
      next: Type.Optional(Link),
      previous: Type.Optional(Link),
    }),
    _embedded: Type.Object({ [key]: Type.Array(item) }),
  });
}

export const OrganizationParams = { slug: Type.String({ minLength: 1, description: 'organization slug' }) };
export const TeamParams = { ...OrganizationParams, teamUuid: Type.String({ minLength: 1 }) };

const OrganizationRef = Type.Object({ slug: Type.String(), name: Type.String() });

/** A repository as Scrutinizer renders it; the fields naming it depend on its type (g, b, gl, gp). */
export const RepositorySchema = Type.Object({
  type: Type.Union([Type.Literal('g'), Type.Literal('b'), Type.Literal('gl'), Type.Literal('gp')]),
  created_at: Type.String(),
  private: Type.Boolean(),
  default_branch: Type.String(),
  applications: Type.Object(
    {},
    { additionalProperties: true, description: 'Latest index per branch; empty until analyses exist.' },
  ),
  development_report_settings: Type.Object({
    enabled: Type.Boolean(),
    weekday: Type.Integer(),
    hour: Type.Integer(),
    timezone: Type.String(),
  }),
  branch_settings: Type.Object({ tracked_branches: Type.Array(Type.String()) }),
  login: Type.Optional(Type.String({ description: 'GitHub' })),
  username: Type.Optional(Type.String({ description: 'Bitbucket' })),
  repo_slug: Type.Optional(Type.String({ description: 'Bitbucket' })),
  instance_slug: Type.Optional(Type.String({ description: 'GitLab' })),
  namespace: Type.Optional(Type.String({ description: 'GitLab' })),
  name: Type.Optional(Type.String({ description: 'GitHub, GitLab and plain git' })),
  _links: Type.Object({ self: Link }),
  _embedded: Type.Optional(Type.Object({ organization: OrganizationRef })),
});
export type RepositoryJson = Static<typeof RepositorySchema>;

export const ConfigSchema = Type.Object({
  created_at: Type.String(),
  modified_at: Type.String(),
  name: Type.String(),
  uuid: Type.String(),
  _links: Type.Object({ self: Link }),
});

export const ConfigDetailsSchema = Type.Object({
  ...ConfigSchema.properties,
  config: Type.String({ description: 'The configuration as YAML.' }),
});

const ERROR_RESPONSES = { 400: MessageSchema, 401: MessageSchema, 403: MessageSchema, 404: MessageSchema };

interface RouteSchemaParts {
  summary: string;
  description?: string;
  params?: TSchema;
  querystring?: TSchema;
  body?: TSchema;
  response: Record<number, TSchema>;
}

/** A route's full schema: Scrutinizer's tag, the access-token security scheme, and `{message}` for every error. */
export function routeSchema<const Parts extends RouteSchemaParts>(parts: Parts) {
  return {
    tags: ['scrutinizer'],
    security: [{ accessToken: [] }],
    ...(parts as Omit<Parts, 'response'>),
    response: { ...ERROR_RESPONSES, ...parts.response } as typeof ERROR_RESPONSES & Parts['response'],
  };
}
