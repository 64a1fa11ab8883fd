import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { analysisDebt, analysisRatings, ENGINEER_DAY_MINUTES } from '../../../domain/insights/index.js';
import type { Store } from '../../../store/index.js';
import { callerOf, organizationAccessOf } from '../caller.js';
import {
  ERROR_RESPONSES,
  RatingsResponse,
  ScanParams,
  TechDebtResponse,
  SECURITY,
  OrganizationHeaders,
} from '../schemas.js';

const twoDecimals = (value: number): number => Math.round(value * 100) / 100;

/** GET /quality/ratings/:scan_id and /quality/tech-debt/:scan_id, read from what the analysis stored. */
export async function insightRoutes(parent: FastifyInstance, { store }: { store: Store }): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const preHandler = organizationAccessOf(store);

  app.get(
    '/ratings/:scan_id',
    {
      preHandler,
      schema: {
        tags: ['codestax'],
        operationId: 'codestaxGetRatings',
        summary: "A completed scan's ratings, debt, parse coverage and tool versions; 409 while it has no results",
        security: SECURITY,
        headers: OrganizationHeaders,
        params: ScanParams,
        response: { 200: RatingsResponse, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const ratings = await analysisRatings(store.db, callerOf(request), request.params.scan_id);
      return {
        scan_id: ratings.analysisId,
        quality_rating: ratings.quality,
        maintainability_rating: ratings.maintainability,
        reliability_rating: ratings.reliability,
        security_rating: ratings.security,
        coverage_rating: ratings.coverage,
        duplication_rating: ratings.duplication,
        tech_debt_minutes: Math.round(ratings.debtMinutes),
        parse_coverage_pct: ratings.parsing?.percent ?? null,
        files_parsed: ratings.parsing?.parsed ?? null,
        files_skipped: ratings.parsing?.skipped ?? null,
        tool_versions: ratings.toolVersions,
      };
    },
  );

  app.get(
    '/tech-debt/:scan_id',
    {
      preHandler,
      schema: {
        tags: ['codestax'],
        operationId: 'codestaxGetTechDebt',
        summary: "A completed scan's technical debt (engineer days of 8 hours) and open findings by type",
        security: SECURITY,
        headers: OrganizationHeaders,
        params: ScanParams,
        response: { 200: TechDebtResponse, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const debt = await analysisDebt(store.db, callerOf(request), request.params.scan_id);
      const minutes = Math.round(debt.minutes);
      return {
        scan_id: debt.analysisId,
        total_minutes: minutes,
        total_hours: twoDecimals(minutes / 60),
        total_engineer_days: twoDecimals(minutes / ENGINEER_DAY_MINUTES),
        findings_by_type: debt.findingsByType,
      };
    },
  );
}
