import { Type, type TSchema } from 'typebox';
import { CODESTAX_SEVERITIES, POLICY_KEYS } from '../../domain/gates/index.js';
import { Policy } from './schemas.js';

/** Wire shapes of the gate's status, evaluation, waivers, baseline and false positives (CodeStax's names). */

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Timestamp = Type.String({ format: 'date-time' });
const Id = (description: string) => Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, description });

export const WaiverParams = Type.Object({ id: Id('The waiver id') });
export const RepoParams = Type.Object({ repo_id: Id("The repository id (a scan's `repo_id`)") });

export const Violation = Type.Object({
  rule: Type.String({ description: 'The policy key broken (`scan_completed` for a scan that ended without results)' }),
  threshold: Type.Union([Type.Number(), Type.String()]),
  actual: Type.Union([Type.Number(), Type.String()]),
  severity: Type.Unsafe<string>({ type: 'string', enum: [...CODESTAX_SEVERITIES] }),
});

export const WaivedViolation = Type.Object({
  ...Violation.properties,
  waived: Type.Literal(true),
  waiver_id: Type.Integer(),
});

const SeverityCounts = Type.Object({
  critical: Type.Integer(),
  high: Type.Integer(),
  medium: Type.Integer(),
  low: Type.Integer(),
  total: Type.Integer(),
});

export const GateStatusResponse = Type.Object({
  scan_id: Type.Integer(),
  status: Nullable(
    Type.Unsafe<string>({
      type: 'string',
      enum: ['passed', 'failed', 'not_configured'],
      description: 'null while the scan runs',
    }),
  ),
  violations: Type.Array(Violation),
  default_branch: Type.String(),
  scanned_branch: Nullable(Type.String()),
  is_baseline_scan: Type.Boolean(),
  new_in_pr: Nullable(SeverityCounts),
});

export const GateEvaluation = Type.Object({
  status: Type.Unsafe<string>({ type: 'string', enum: ['passed', 'failed', 'not_configured'] }),
  violations: Type.Array(Violation),
  waived_violations: Type.Array(WaivedViolation),
  policy_version: Type.String(),
  policy: Policy,
});

export const Waiver = Type.Object({
  id: Type.Integer(),
  rule: Type.String(),
  reason: Type.String(),
  repo_id: Nullable(Type.Integer()),
  pr_number: Nullable(Type.Integer()),
  created_by_user_id: Nullable(Type.Integer()),
  created_at: Timestamp,
  expires_at: Nullable(Timestamp),
  revoked_at: Nullable(Timestamp),
  expired: Type.Boolean(),
  revoked: Type.Boolean(),
});

export const WaiverList = Type.Object({ org_id: Type.Integer(), waivers: Type.Array(Waiver) });

export const WaiverQuery = Type.Object({
  include_expired: Type.Optional(Type.Boolean({ default: false })),
  include_revoked: Type.Optional(Type.Boolean({ default: false })),
  repo_id: Type.Optional(Id('Only the waivers of this repository')),
});

/** Types are checked by the domain, which names the field and what it expects. */
export const WaiverRequest = Type.Object({
  rule: Type.Unsafe<string>({ type: 'string', enum: [...POLICY_KEYS] }),
  reason: Type.String(),
  repo_id: Type.Optional(Nullable(Type.Integer())),
  pr_number: Type.Optional(Nullable(Type.Integer())),
  expires_at: Type.Optional(Nullable(Type.String({ description: 'ISO-8601; none: until revoked' }))),
});

export const RevokedWaiver = Type.Object({ id: Type.Integer(), revoked: Type.Boolean(), revoked_at: Timestamp });

export const RebuiltBaseline = Type.Object({
  repo_id: Type.Integer(),
  branch: Type.String(),
  cleared_fingerprints: Type.Integer(),
  note: Type.String(),
});

export const MarkFalsePositiveRequest = Type.Object({
  issue_id: Type.Union([Id('A scan issue `id`'), Type.String({ description: 'A scan issue `issue_id` (uuid)' })]),
  is_fp: Type.Boolean(),
  reason: Type.Optional(Type.String({ description: 'Why; required to mark' })),
});

export const MarkedFalsePositive = Type.Object({
  issue_id: Type.Union([Type.Integer(), Type.String()]),
  user_marked_fp: Type.Boolean(),
  fp_marked_at: Nullable(Timestamp),
  fp_reason: Nullable(Type.String()),
});
