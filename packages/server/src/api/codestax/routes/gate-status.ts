import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { analysisGate, previewGate, rebuildBaseline, type SeverityCounts } from '../../../domain/gates/index.js';
import type { GateViolation } from '../../../domain/gates/index.js';
import type { Store } from '../../../store/index.js';
import { callerOf, organizationAccessOf } from '../caller.js';
import { GateEvaluation, GateStatusResponse, RebuiltBaseline, RepoParams } from '../gate-schemas.js';
import { ERROR_RESPONSES, OrganizationHeaders, ScanParams, SECURITY } from '../schemas.js';

const withTotal = (counts: SeverityCounts) => ({
  ...counts,
  total: counts.critical + counts.high + counts.medium + counts.low,
});

/** A violation as CodeStax shows it; the waiver that excused it, on the evaluation's waived list. */
const violationView = ({ rule, threshold, actual, severity }: GateViolation) => ({ rule, threshold, actual, severity });
const waivedView = ({ waiverId, ...violation }: GateViolation) => ({
  ...violation,
  waived: true as const,
  waiver_id: waiverId!,
});

/** GET /quality/gates/status/:scan_id, POST /quality/gates/evaluate/:scan_id and the baseline's rebuild. */
export async function gateStatusRoutes(parent: FastifyInstance, { store }: { store: Store }): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const preHandler = organizationAccessOf(store);

  app.get(
    '/gates/status/:scan_id',
    {
      preHandler,
      schema: {
        tags: ['codestax'],
        operationId: 'codestaxGetGateStatus',
        summary: "The gate's verdict stored when the scan completed; status null while it runs; any member",
        security: SECURITY,
        headers: OrganizationHeaders,
        params: ScanParams,
        response: { 200: GateStatusResponse, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const gate = await analysisGate(store.db, callerOf(request), request.params.scan_id);
      return {
        scan_id: gate.analysis.id,
        status: gate.status,
        violations: gate.violations.map(violationView),
        default_branch: gate.result?.defaultBranch ?? gate.defaultBranch,
        scanned_branch: gate.analysis.branch,
        is_baseline_scan: gate.result?.isBaselineScan ?? false,
        new_in_pr: gate.result ? withTotal(gate.result.measures.newBySeverity) : null,
      };
    },
  );

  app.post(
    '/gates/evaluate/:scan_id',
    {
      preHandler,
      schema: {
        tags: ['codestax'],
        operationId: 'codestaxEvaluateGate',
        summary: 'Evaluate a completed scan again against the current policy and waivers, writing nothing',
        security: SECURITY,
        headers: OrganizationHeaders,
        params: ScanParams,
        response: { 200: GateEvaluation, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const preview = await previewGate(store.db, callerOf(request), request.params.scan_id);
      return {
        status: preview.status,
        violations: preview.violations.map(violationView),
        waived_violations: preview.waivedViolations.map(waivedView),
        policy_version: `v${preview.config.version}`,
        policy: preview.config.policy,
      };
    },
  );

  app.post(
    '/gates/rebuild-baseline/:repo_id',
    {
      preHandler,
      schema: {
        tags: ['codestax'],
        operationId: 'codestaxRebuildBaseline',
        summary: "Clear the repository's baseline; the next default-branch scan establishes a new one",
        description: 'OWNER or ADMIN (CodeStax ORG_OWNER, ORG_ADMIN); anyone else gets 403.',
        security: SECURITY,
        headers: OrganizationHeaders,
        params: RepoParams,
        response: { 200: RebuiltBaseline, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const rebuilt = await rebuildBaseline(store.db, callerOf(request), request.params.repo_id);
      return {
        repo_id: rebuilt.projectId,
        branch: rebuilt.branch,
        cleared_fingerprints: rebuilt.cleared,
        note: 'Next scan on the default branch will re-establish the baseline.',
      };
    },
  );
}
