import { Type, type TSchema } from 'typebox';
import { ANALYSIS_STATES } from '../../domain/analyses/index.js';
import { CODESTAX_SEVERITIES } from '../../domain/gates/index.js';
import { API_KEY_ROLES } from '../../domain/tokens/index.js';

/** Wire shapes of the CodeStax quality-gate API, with its names (snake_case) and FastAPI's `{detail}` errors. */

export const ErrorDetail = Type.Object({ detail: Type.String() });

export const ERROR_RESPONSES = {
  400: ErrorDetail,
  401: ErrorDetail,
  403: ErrorDetail,
  404: ErrorDetail,
  409: ErrorDetail,
  429: ErrorDetail,
} as const;

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const enumOf = <T extends string>(values: readonly T[], description?: string) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values], ...(description ? { description } : {}) });

export const RATING = enumOf(['A', 'B', 'C', 'D', 'E']);

/** A numeric id in a path: a positive integer the store can hold. */
const Id = (description: string) => Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, description });

export const ScanParams = Type.Object({ scan_id: Id('The scan (a Plumb analysis) id') });
export const ApiKeyParams = Type.Object({ key_id: Id('The API key id') });
export const RepoParams = Type.Object({ repo_id: Id('The repository (a Plumb project) id') });

export const SCAN_TYPES = ['smart', 'deep'] as const;
export const TriggerRequest = Type.Object({
  type: Type.Optional(
    enumOf(SCAN_TYPES, 'smart: only the files changed since the last scan, the rest carried over; deep (default): all'),
  ),
});
export const TriggeredScan = Type.Object({
  scan_id: Type.Integer(),
  repo_id: Type.Integer(),
  type: enumOf(SCAN_TYPES),
  branch: Type.String(),
  state: Type.String(),
  created_at: Type.String(),
});

export const RateLimitRequest = Type.Object({
  // Checked by the domain, not converted by the schema: "5" is refused, not read as 5.
  hourly_limit: Type.Unsafe<unknown>({
    description: 'Requests per credential and hour, 1 to 1,000,000; null for the default (1,000)',
  }),
});
export const RateLimitSettings = Type.Object({
  org_id: Type.Integer(),
  hourly_limit: Type.Integer(),
  configured: Type.Boolean(),
  trigger_limit_per_minute: Type.Integer(),
});

export const Policy = Type.Object({
  new_critical_max: Type.Integer({ description: 'Most new critical issues allowed (default 0)' }),
  new_high_max: Type.Integer({ description: 'Most new high issues allowed (default 2)' }),
  duplication_pct_max: Type.Number({ description: 'Most duplicated lines, % of code lines (default 3.0)' }),
  complexity_new_max: Type.Integer({ description: 'Highest cyclomatic complexity of a new function (default 15)' }),
  rating_min: { ...RATING, description: 'Worst rating allowed (default C)' },
  new_coverage_min: Type.Number({ description: 'Least coverage of new lines, % (default 80.0)' }),
});

/** Policy keys are checked by the domain (unknown ones dropped, types not coerced): the schema only asks an object. */
const PolicyInput = Type.Unsafe<Record<string, unknown>>({
  type: 'object',
  description:
    'Any of new_critical_max, new_high_max, duplication_pct_max, complexity_new_max, rating_min, new_coverage_min; ' +
    'unknown keys are dropped, keys left out take the default',
});

export const GateConfigResponse = Type.Object({
  org_id: Type.Integer(),
  enabled: Type.Boolean(),
  block_merge_on_fail: Type.Boolean(),
  applies_to_new_code_only: Type.Boolean(),
  policy: Policy,
  policy_version: Type.String({ description: '`v<n>`, raised by every save that changes something; `v0` unsaved' }),
  configured: Type.Boolean(),
});

export const GateConfigRequest = Type.Object({
  policy: Type.Optional(PolicyInput),
  enabled: Type.Optional(Type.Boolean()),
  block_merge_on_fail: Type.Optional(Type.Boolean()),
  applies_to_new_code_only: Type.Optional(Type.Boolean()),
});

export const GateConfigSaved = Type.Object({ org_id: Type.Integer(), saved: Type.Boolean(), policy: Policy });

export const RatingsResponse = Type.Object({
  scan_id: Type.Integer(),
  quality_rating: RATING,
  maintainability_rating: RATING,
  reliability_rating: RATING,
  security_rating: RATING,
  coverage_rating: Nullable(RATING),
  duplication_rating: RATING,
  tech_debt_minutes: Type.Integer(),
  parse_coverage_pct: Nullable(Type.Number()),
  files_parsed: Nullable(Type.Integer()),
  files_skipped: Nullable(Type.Integer()),
  tool_versions: Type.Record(Type.String(), Type.String()),
});

export const TechDebtResponse = Type.Object({
  scan_id: Type.Integer(),
  total_minutes: Type.Integer(),
  total_hours: Type.Number(),
  total_engineer_days: Type.Number(),
  findings_by_type: Type.Record(Type.String(), Type.Integer()),
});

const Timestamp = Type.String({ format: 'date-time' });

export const Scan = Type.Object({
  id: Type.Integer(),
  repo_id: Type.Integer(),
  repo_name: Type.String(),
  kind: enumOf(['branch', 'pull_request', 'upload']),
  branch: Nullable(Type.String()),
  pr_number: Nullable(Type.Integer()),
  base_branch: Nullable(Type.String()),
  commit_sha: Nullable(Type.String()),
  title: Nullable(Type.String()),
  state: enumOf(ANALYSIS_STATES),
  error: Nullable(Type.String()),
  created_at: Timestamp,
  started_at: Nullable(Timestamp),
  finished_at: Nullable(Timestamp),
  issues_count: Nullable(Type.Integer({ description: 'Open issues once completed; null before' })),
  is_default_branch: Type.Boolean(),
});

export const ScanListQuery = Type.Object({
  skip: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  repo: Type.Optional(Type.String({ description: 'A repository id, or its name (`name` or `owner/name`)' })),
  branch: Type.Optional(Type.String()),
  state: Type.Optional(enumOf(ANALYSIS_STATES)),
});

export const ScanList = Type.Object({
  total: Type.Integer(),
  skip: Type.Integer(),
  limit: Type.Integer(),
  scans: Type.Array(Scan),
});

export const IssueQuery = Type.Object({
  skip: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  severity: Type.Optional(enumOf(CODESTAX_SEVERITIES)),
  new_only: Type.Optional(
    Type.Boolean({ description: 'Only issues new in this scan: not in the scan it was compared with' }),
  ),
});

export const Issue = Type.Object({
  id: Type.Integer({ description: 'The finding id in this scan' }),
  issue_id: Nullable(Type.String({ description: 'The tracked issue across scans (uuid)' })),
  rule_id: Type.String({ description: '`<tool>/<rule>`' }),
  tool: Type.String(),
  severity: enumOf(CODESTAX_SEVERITIES),
  category: Type.String(),
  message: Type.String(),
  file_path: Type.String(),
  line_start: Type.Integer(),
  line_end: Type.Integer(),
  column: Type.Integer(),
  fingerprint: Type.String(),
  is_new: Type.Boolean(),
  status: Type.String({ description: 'open, reopened, false_positive or ignored' }),
  remediation_minutes: Type.Number(),
});

export const IssueList = Type.Object({
  scan_id: Type.Integer(),
  total: Type.Integer(),
  skip: Type.Integer(),
  limit: Type.Integer(),
  issues: Type.Array(Issue),
});

export const LoginRequest = Type.Object({
  email: Type.Optional(Type.String()),
  username: Type.Optional(Type.String({ description: "The email, under OAuth2's password-form name" })),
  password: Type.String(),
  organization: Type.Optional(
    Type.String({ description: 'Slug or id of the organization; needed when the user belongs to several' }),
  ),
});

export const LoginResponse = Type.Object({
  access_token: Type.String(),
  token_type: Type.Literal('bearer'),
  expires_in: Type.Integer({ description: 'Seconds' }),
  expires_at: Timestamp,
  org_id: Type.Integer(),
});

export const ChangePasswordRequest = Type.Object({
  current_password: Type.Optional(Type.String({ description: 'Required once the user has a password' })),
  new_password: Type.String(),
});

export const ApiKeyRequest = Type.Object({
  name: Type.String(),
  role: Type.Optional(enumOf(API_KEY_ROLES, 'The role the key acts with (default VIEWER)')),
  expires_at: Type.Optional(Type.String({ format: 'date-time' })),
});

export const ApiKey = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  role: Type.String(),
  created_by_user_id: Nullable(Type.Integer()),
  created_at: Timestamp,
  last_used_at: Nullable(Timestamp),
  expires_at: Nullable(Timestamp),
  revoked_at: Nullable(Timestamp),
  revoked: Type.Boolean(),
});

export const CreatedApiKey = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  role: Type.String(),
  key: Type.String({ description: '`ch_` and 64 hex digits: shown here only, Plumb keeps its hash' }),
  created_at: Timestamp,
  expires_at: Nullable(Timestamp),
});

export const ApiKeyList = Type.Object({ org_id: Type.Integer(), api_keys: Type.Array(ApiKey) });

export const RevokedApiKey = Type.Object({ id: Type.Integer(), revoked: Type.Boolean(), revoked_at: Timestamp });

/** Every authenticated route takes a Bearer token (session JWT, user or organization token) or an X-API-Key. */
export const SECURITY: { [scheme: string]: string[] }[] = [{ bearer: [] }, { xApiKey: [] }];

/** Only a user token of a user in several organizations needs it; every other credential has its organization. */
export const OrganizationHeaders = Type.Object({
  'x-organization': Type.Optional(
    Type.String({ description: 'Slug or id of the organization a user token acts in, for a user of several' }),
  ),
});

export const CoverageUploadResponse = Type.Object({
  scan_id: Type.Integer(),
  records_persisted: Type.Integer({ description: 'The repository files whose coverage was stored' }),
  unmatched_files: Type.Array(Type.Object({ path: Type.String(), reason: Type.String() }), {
    description: "Plumb: the report's paths that match no file of the scan, with why",
  }),
});

export const CoverageResponse = Type.Object({
  scan_id: Type.Integer(),
  file_count: Type.Integer(),
  lines_total: Type.Integer(),
  lines_covered: Type.Integer(),
  coverage_pct: Nullable(Type.Number()),
  files: Type.Array(
    Type.Object({
      file_path: Type.String(),
      lines_total: Type.Integer(),
      lines_covered: Type.Integer(),
      lines_missed: Type.Integer(),
      coverage_pct: Nullable(Type.Number()),
      report_format: Type.String(),
    }),
  ),
});
