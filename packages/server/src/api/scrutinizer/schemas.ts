import { Type, type Static, type TSchema } from 'typebox';
import { ANALYSIS_STATES, type AnalysisState } from '../../domain/analyses/index.js';

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
export function halPageSchema<Item extends TSchema>(key: string, item: Item, fields: Record<string, TSchema> = {}) {
  return Type.Object({
    page: Type.Integer(),
    limit: Type.Integer(),
    ...fields,
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

/** The metrics of an index under `_embedded.project.metric_values`, named as Scrutinizer names them. */
export const MetricValuesSchema = Type.Record(Type.String(), Type.Number(), {
  description:
    'scrutinizer.quality, scrutinizer.nb_operations.<rating>, scrutinizer.weight.<rating> (shares adding up to 1), ' +
    'scrutinizer.nb_classes(.<rating>) (always 0: Plumb rates functions, not classes), scrutinizer.nb_issues, ' +
    'scrutinizer.nb_ignored_issues, and scrutinizer.test_coverage (line coverage, 0 to 1) once coverage is stored.',
});

/** An Index: the results of one inspection of one revision. */
export const IndexSchema = Type.Object({
  source_reference: Type.String({ description: 'The commit sha analyzed.' }),
  id: Type.Integer(),
  branch_reference: Type.Optional(Type.String({ description: 'Left out for an index outside any branch.' })),
  created_at: Type.String(),
  outdated: Type.Boolean({ description: 'True once a newer index of the same revision exists.' }),
  _links: Type.Object({ issues: Link }),
  _embedded: Type.Object({
    project: Type.Object({
      type: Type.Literal('system'),
      identifier: Type.Literal(''),
      metric_values: MetricValuesSchema,
    }),
  }),
});

/** Scrutinizer's build statuses. */
const BUILD_STATUSES = ['unknown', 'passed', 'failed', 'error', 'pending'] as const;
export const BuildStatusSchema = Type.Unsafe<(typeof BUILD_STATUSES)[number]>({
  type: 'string',
  enum: [...BUILD_STATUSES],
});

/** An inspection's build: Plumb runs no tests, so the analysis's failure conditions decide it alone. */
export const BuildSchema = Type.Object({
  status: BuildStatusSchema,
  details: Type.Object({
    analysis: Type.Object({
      failures: Type.Array(Type.String(), { description: 'The build failure conditions that matched.' }),
      status: BuildStatusSchema,
    }),
  }),
});

/** A repository as Scrutinizer renders it; the fields naming it depend on its type (g, b, gl, gp). */
export const RepositorySchema = Type.Object({
  type: Type.Union([Type.Literal('g'), Type.Literal('b'), Type.Literal('gl'), Type.Literal('gp')]),
  created_at: Type.String(),
  private: Type.Boolean(),
  default_branch: Type.String(),
  applications: Type.Optional(
    Type.Record(Type.String(), Type.Object({ index: IndexSchema, build: BuildSchema }), {
      description:
        "Per branch, its latest index and that inspection's build status; `{}` until the repository has been " +
        'analyzed. Left out where the repository is embedded in an inspection.',
    }),
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

const timestamp = (description: string) =>
  Type.Optional(Type.String({ description: `${description}; left out until it happens.` }));

/** An inspection as its repository's list shows it. */
export const InspectionListItemSchema = Type.Object({
  uuid: Type.String(),
  state: Type.Unsafe<AnalysisState>({ type: 'string', enum: [...ANALYSIS_STATES] }),
  created_at: Type.String(),
  started_at: timestamp('When a worker started analyzing'),
  finished_at: timestamp('When it ended (completed, failed, timed out or canceled)'),
  _links: Type.Object({ self: Link }),
});

export const IndexDiffSchema = Type.Object({
  nb_new_issues: Type.Integer(),
  nb_common_issues: Type.Integer(),
  nb_fixed_issues: Type.Integer(),
  nb_added_code_elements: Type.Integer(),
  nb_common_code_elements: Type.Integer(),
  nb_changed_code_elements: Type.Integer(),
  nb_removed_code_elements: Type.Integer(),
});

/** An inspection's details; what does not exist yet (indices, diff, a revision not resolved yet) is left out. */
export const InspectionSchema = Type.Object({
  ...InspectionListItemSchema.properties,
  build: BuildSchema,
  metadata: Type.Object({
    title: Type.Optional(Type.String()),
    source_reference: Type.Optional(Type.String()),
    branch: Type.Optional(Type.String()),
  }),
  _links: Type.Object({ self: Link, repository: Link }),
  _embedded: Type.Object({
    repository: RepositorySchema,
    head_index: Type.Optional(IndexSchema),
    base_index: Type.Optional(IndexSchema),
    index_diff: Type.Optional(IndexDiffSchema),
  }),
});

/** `{ "<node>": { "<file name>": { download_url, expired } } }`. */
export const ArtifactsSchema = Type.Record(
  Type.String(),
  Type.Record(
    Type.String(),
    Type.Object({
      download_url: Type.String({ description: "Plumb's own download route; send the access token with it." }),
      expired: Type.Boolean({ description: 'True once the content has been purged: its download is 404.' }),
    }),
  ),
);

const ISSUE_SEVERITIES = ['critical', 'major', 'minor', 'informational', 'unknown'] as const;

export const IssueSchema = Type.Object({
  path: Type.String(),
  line: Type.Integer(),
  message_id: Type.String({ description: 'The rule, prefixed with its tool: `ruff/E711`, `plumb/java/…`.' }),
  message: Type.String(),
  message_parameters: Type.Array(Type.String()),
  severity: Type.Unsafe<(typeof ISSUE_SEVERITIES)[number]>({ type: 'string', enum: [...ISSUE_SEVERITIES] }),
  labels: Type.Array(Type.String()),
  issue_identifier: Type.String({ description: "The tracked issue's uuid without dashes: stable across indices." }),
});

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
