import { Type, type Static } from 'typebox';
import { QODANA_ERROR_NAMES } from './errors.js';

/** Wire shapes of JetBrains' OpenAPI document (components/schemas), kept to the same names and required fields. */

export const ApiError = Type.Object({
  name: Type.Unsafe<(typeof QODANA_ERROR_NAMES)[number]>({ type: 'string', enum: [...QODANA_ERROR_NAMES] }),
  details: Type.String(),
});

export const ProjectTokenRequest = Type.Object({
  teamName: Type.String({ description: 'Non-nullable name of the team; created when missing' }),
  projectName: Type.String({ description: 'Non-nullable name of the project; created when missing' }),
});

export const ProjectTokenResponse = Type.Object({ projectToken: Type.String() });

const Severity = Type.Unsafe<'CRITICAL' | 'HIGH' | 'MODERATE' | 'INFO' | 'LOW'>({
  type: 'string',
  enum: ['CRITICAL', 'HIGH', 'MODERATE', 'INFO', 'LOW'],
});

export const ApiGetProjectInspection = Type.Object({
  id: Type.String({ description: 'The rule as `<tool>/<rule id>`, as GET /inspections lists it' }),
  name: Type.String(),
  severity: Severity,
  baseline: Type.Optional(Type.Integer({ description: 'Always 0: Plumb keeps no Qodana baseline' })),
  actual: Type.Optional(Type.Integer({ description: 'The open findings of this rule at this severity' })),
});

export type ApiGetProjectInspection = Static<typeof ApiGetProjectInspection>;

export const ApiGetProjectReport = Type.Object({
  id: Type.String({ description: 'The uuid of the analysis' }),
  timestamp: Type.String({ format: 'date-time', description: 'When the analysis finished' }),
  licenseAudit: Type.Object({ isPassed: Type.Optional(Type.Boolean()), isEnabled: Type.Optional(Type.Boolean()) }),
  codeCoverage: Type.Object({ percentage: Type.Optional(Type.Integer()), isEnabled: Type.Optional(Type.Boolean()) }),
  inspections: Type.Array(ApiGetProjectInspection),
});

export type ApiGetProjectReport = Static<typeof ApiGetProjectReport>;

export const ApiGetProjectResponse = Type.Object({
  id: Type.String({ description: 'The project uuid' }),
  name: Type.String(),
  teamId: Type.String({ description: 'The uuid of the project team; empty when no team has access to the project' }),
  teamName: Type.String(),
  defaultBranchName: Type.Optional(Type.String()),
  /** The latest completed analysis of the default branch; absent (never null) until it has been analysed. */
  latestFullScanReport: Type.Optional(ApiGetProjectReport),
});

export type ApiGetProjectResponse = Static<typeof ApiGetProjectResponse>;

export const OrganizationUser = Type.Object({
  id: Type.String(),
  email: Type.String(),
  displayName: Type.String(),
  role: Type.Unsafe<'OWNER' | 'ADMIN' | 'EDITOR' | 'VIEWER'>({
    type: 'string',
    enum: ['OWNER', 'ADMIN', 'EDITOR', 'VIEWER'],
  }),
  isActive: Type.Boolean(),
  isSsoManaged: Type.Boolean(),
  invitationId: Type.Optional(Type.String()),
  invitationUrl: Type.Optional(Type.String()),
});

export type OrganizationUser = Static<typeof OrganizationUser>;

export const PaginatedListOrganizationUser = Type.Object({
  count: Type.Integer({ description: 'The number of entries in `items`' }),
  next: Type.Optional(Type.Integer({ description: 'The `offset` of the next chunk; absent on the last chunk' })),
  prev: Type.Integer({ description: 'The `offset` of the previous chunk (0 on the first)' }),
  items: Type.Array(OrganizationUser),
});

export const InspectionsListResponse = Type.Object({
  inspections: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
});

/** The error responses every guarded route documents. */
export const ERROR_RESPONSES = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 500: ApiError } as const;

/** An instant as the request may give it: ISO-8601 text or epoch milliseconds. */
const Instant = Type.Union([Type.Number(), Type.String()], {
  description: 'ISO-8601 (`2026-05-12T00:00:00Z`; a date alone is its midnight UTC) or epoch milliseconds',
});

export const ApiQueryInsightsRequest = Type.Object({
  includeProjectIds: Type.Optional(Type.Array(Type.String(), { description: 'Project uuids' })),
  includeInspectionIds: Type.Optional(Type.Array(Type.String(), { description: '`<tool>/<rule>` ids' })),
  includeTeamIds: Type.Optional(Type.Array(Type.String(), { description: 'Team uuids' })),
  timeRange: Type.Optional(Type.Object({ start: Instant, end: Instant })),
});

export type ApiQueryInsightsRequest = Static<typeof ApiQueryInsightsRequest>;

const ProblemsBySeverity = Type.Object({
  info: Type.Integer(),
  low: Type.Integer(),
  moderate: Type.Integer(),
  high: Type.Integer(),
  critical: Type.Integer(),
  total: Type.Integer(),
});

export const ApiQueryProjectInsightsResponse = Type.Object({
  projects: Type.Array(
    Type.Object({
      id: Type.String({ description: 'The project uuid' }),
      name: Type.String(),
      teamId: Type.String({ description: 'The uuid of the project team; empty when no team has access' }),
      teamName: Type.String(),
      codeCoverage: Type.Object({
        percentage: Type.Optional(Type.Integer()),
        isEnabled: Type.Optional(Type.Boolean()),
      }),
      licenseAudit: Type.Object({ isPassed: Type.Optional(Type.Boolean()), isEnabled: Type.Optional(Type.Boolean()) }),
      severityToActualProblems: ProblemsBySeverity,
      severityToBaselineProblems: ProblemsBySeverity,
      timestamp: Type.String({ format: 'date-time' }),
    }),
  ),
});

export type ApiQueryProjectInsightsResponse = Static<typeof ApiQueryProjectInsightsResponse>;

export const ApiQueryInspectionInsightsResponse = Type.Object({
  inspections: Type.Array(
    Type.Object({
      id: Type.String({ description: 'The rule as `<tool>/<rule id>`, as GET /inspections lists it' }),
      name: Type.String(),
      severity: Severity,
      baseline: Type.Integer({ description: 'Open findings whose fingerprint is in the project baseline' }),
      actual: Type.Integer({ description: 'Open findings that are not in the baseline' }),
      timestamp: Type.String({ format: 'date-time' }),
    }),
  ),
});
