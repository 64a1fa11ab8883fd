import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { inspectionInsights, projectInsights, type InsightsQuery } from '../../../domain/insights/index.js';
import type { Store } from '../../../store/index.js';
import { ACCESS, callerOf, routeAccess } from '../caller.js';
import { qodanaError } from '../errors.js';
import { coverageView, inspectionOf, QODANA_SEVERITY } from '../reports.js';
import {
  ApiQueryInsightsRequest,
  ApiQueryInspectionInsightsResponse,
  ApiQueryProjectInsightsResponse,
  ERROR_RESPONSES,
} from '../schemas.js';

const SECURITY = [{ bearer: [] }];

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** ISO-8601 text (without a zone: UTC) or epoch milliseconds; anything else is VALIDATION_FAILED naming the field. */
function instantOf(field: string, value: string | number): Date {
  const text = typeof value === 'string' ? value.trim() : '';
  const zoned = /T/i.test(text) && !/(Z|[+-]\d{2}:?\d{2})$/i.test(text) ? `${text}Z` : text;
  const at =
    typeof value === 'number'
      ? Number.isSafeInteger(value)
        ? new Date(value)
        : undefined
      : ISO_8601.test(text)
        ? new Date(zoned)
        : undefined;
  if (!at || Number.isNaN(at.getTime()))
    throw qodanaError(
      400,
      'VALIDATION_FAILED',
      `Invalid ${field}: must be an ISO-8601 date-time or epoch milliseconds, got ${JSON.stringify(value)}.`,
    );
  return at;
}

/** The request as the domain's query; no filter at all is NO_FILTER_SELECTION, as the seed words it. */
function queryOf(body: ApiQueryInsightsRequest): InsightsQuery {
  const { includeProjectIds, includeInspectionIds, includeTeamIds, timeRange } = body;
  if (![includeProjectIds, includeInspectionIds, includeTeamIds].some((ids) => ids && ids.length > 0))
    throw qodanaError(
      400,
      'NO_FILTER_SELECTION',
      'At least one filter (includeProjectIds, includeInspectionIds, or includeTeamIds) must be provided.',
    );
  return {
    projectIds: includeProjectIds,
    inspectionIds: includeInspectionIds,
    teamIds: includeTeamIds,
    timeRange: timeRange && {
      start: instantOf('timeRange.start', timeRange.start),
      end: instantOf('timeRange.end', timeRange.end),
    },
  };
}

const DESCRIPTION =
  'Without `timeRange`, the latest state; with one, 10 equally spaced instants from `start` to `end`, each the ' +
  'state of the latest completed default-branch analysis at or before it. Actual problems are open findings not in ' +
  "the project's baseline, baseline problems those in it.";

/** POST /project-insights/query and POST /inspection-insights/query. */
export async function insightRoutes(parent: FastifyInstance, { store }: { store: Store }): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/project-insights/query',
    {
      config: routeAccess(ACCESS.queryProjectInsights),
      schema: {
        tags: ['qodana'],
        operationId: 'qodanaQueryProjectInsights',
        summary: 'Open problems by severity per project, now or at 10 instants of a time range',
        description: DESCRIPTION,
        security: SECURITY,
        body: ApiQueryInsightsRequest,
        response: { 200: ApiQueryProjectInsightsResponse, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const insights = await projectInsights(store.db, callerOf(request), queryOf(request.body));
      return {
        projects: insights.map((insight) => ({
          id: insight.projectUuid,
          name: insight.name,
          teamId: insight.team?.uuid ?? '',
          teamName: insight.team?.name ?? '',
          codeCoverage: coverageView(insight.lineCoverage),
          licenseAudit: insight.licenseAudit,
          severityToActualProblems: insight.actual,
          severityToBaselineProblems: insight.baseline,
          timestamp: insight.timestamp.toISOString(),
        })),
      };
    },
  );

  app.post(
    '/inspection-insights/query',
    {
      config: routeAccess(ACCESS.queryInspectionInsights),
      schema: {
        tags: ['qodana'],
        operationId: 'qodanaQueryInspectionInsights',
        summary: 'Open problems per inspection and severity over the projects, now or at 10 instants of a time range',
        description: DESCRIPTION,
        security: SECURITY,
        body: ApiQueryInsightsRequest,
        response: { 200: ApiQueryInspectionInsightsResponse, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const insights = await inspectionInsights(store.db, callerOf(request), queryOf(request.body));
      return {
        inspections: insights.map((insight) => ({
          ...inspectionOf(insight),
          severity: QODANA_SEVERITY[insight.severity],
          baseline: insight.baseline,
          actual: insight.actual,
          timestamp: insight.timestamp.toISOString(),
        })),
      };
    },
  );
}
