import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  findOrganizationAnalysis,
  indicesOfAnalyses,
  listIndexFindings,
  listOrganizationAnalyses,
  triggerableRepository,
  triggerScan,
  type AnalysisQueue,
} from '../../../domain/analyses/index.js';
import { findProjectByReference } from '../../../domain/projects/index.js';
import type { Store } from '../../../store/index.js';
import { callerOf, organizationAccessOf } from '../caller.js';
import { enforceTriggerLimit, TRIGGERS_PER_MINUTE } from '../rate-limit.js';
import {
  ERROR_RESPONSES,
  IssueList,
  IssueQuery,
  Scan,
  ScanList,
  ScanListQuery,
  ScanParams,
  SECURITY,
  OrganizationHeaders,
  RepoParams,
  TriggeredScan,
  TriggerRequest,
} from '../schemas.js';
import { issueView, plumbSeverities, scanView } from '../views.js';

/** GET /scans, /scans/{scan_id} and /scans/{scan_id}/issues, and POST /scans/trigger/{repo_id}. */
export async function scanRoutes(
  parent: FastifyInstance,
  { store, queue }: { store: Store; queue: AnalysisQueue },
): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const preHandler = organizationAccessOf(store);

  app.post(
    '/trigger/:repo_id',
    {
      // A trigger without a body (curl -X POST) asks for the default.
      preValidation: async (request) => {
        request.body ??= {};
      },
      preHandler,
      schema: {
        tags: ['codestax'],
        operationId: 'codestaxTriggerScan',
        summary: "Queue a scan of the repository's default branch: smart (changed files only) or deep",
        description: `OWNER, ADMIN or EDITOR. At most ${TRIGGERS_PER_MINUTE} triggers per repository and minute.`,
        security: SECURITY,
        headers: OrganizationHeaders,
        params: RepoParams,
        body: TriggerRequest,
        response: { 200: TriggeredScan, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const access = callerOf(request);
      const type = request.body?.type ?? 'deep';
      const project = await triggerableRepository(store.db, access, request.params.repo_id);
      await enforceTriggerLimit(store, project.id);
      const scan = await triggerScan(store.db, queue, access, project, type);
      return {
        scan_id: scan.id,
        repo_id: project.id,
        type,
        branch: project.defaultBranch,
        state: scan.state,
        created_at: scan.createdAt.toISOString(),
      };
    },
  );

  app.get(
    '',
    {
      preHandler,
      schema: {
        tags: ['codestax'],
        operationId: 'codestaxListScans',
        summary: "The organization's scans, newest first, filtered by repository, branch and state; any member",
        security: SECURITY,
        headers: OrganizationHeaders,
        querystring: ScanListQuery,
        response: { 200: ScanList, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const access = callerOf(request);
      const { skip = 0, limit = 20, repo, branch, state } = request.query;
      const project = repo === undefined ? undefined : await findProjectByReference(store.db, access, repo);
      const page = await listOrganizationAnalyses(
        store.db,
        access,
        {
          ...(project ? { projectId: project.id } : {}),
          ...(branch !== undefined ? { branch } : {}),
          ...(state ? { states: [state] } : {}),
        },
        { limit, offset: skip },
      );
      const indices = await indicesOfAnalyses(
        store.db,
        page.items.map((item) => item.analysis.id),
      );
      return {
        total: page.total,
        skip,
        limit,
        scans: page.items.map((item) => scanView(item, indices.get(item.analysis.id))),
      };
    },
  );

  app.get(
    '/:scan_id',
    {
      preHandler,
      schema: {
        tags: ['codestax'],
        operationId: 'codestaxGetScan',
        summary: 'One scan of the organization',
        security: SECURITY,
        headers: OrganizationHeaders,
        params: ScanParams,
        response: { 200: Scan, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const scan = await findOrganizationAnalysis(store.db, callerOf(request), request.params.scan_id);
      return scanView(scan, scan.index);
    },
  );

  app.get(
    '/:scan_id/issues',
    {
      preHandler,
      schema: {
        tags: ['codestax'],
        operationId: 'codestaxListScanIssues',
        summary: "A scan's issues in file order, by severity and new only; empty until the scan completes",
        security: SECURITY,
        headers: OrganizationHeaders,
        params: ScanParams,
        querystring: IssueQuery,
        response: { 200: IssueList, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const { skip = 0, limit = 100, severity, new_only: onlyNew } = request.query;
      const scan = await findOrganizationAnalysis(store.db, callerOf(request), request.params.scan_id);
      const page = scan.index
        ? await listIndexFindings(
            store.db,
            scan.index,
            { ...(severity ? { severities: plumbSeverities(severity) } : {}), ...(onlyNew ? { onlyNew } : {}) },
            { limit, offset: skip },
          )
        : { items: [], total: 0 };
      return { scan_id: scan.analysis.id, total: page.total, skip, limit, issues: page.items.map(issueView) };
    },
  );
}
