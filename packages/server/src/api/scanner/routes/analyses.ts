import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import {
  acceptUpload,
  findUploadAnalysis,
  type Analysis,
  type AnalysisQueue,
  type UploadLimits,
} from '../../../domain/analyses/index.js';
import { storedGateVerdict } from '../../../domain/gates/index.js';
import { identitySegments, type Project } from '../../../domain/projects/index.js';
import type { Store } from '../../../store/index.js';
import { callerOf } from '../caller.js';
import { scannerError } from '../errors.js';
import { AnalysisParams, ERROR_RESPONSES, ErrorMessage, UploadAnalysis, UploadBodySchema } from '../schemas.js';
import { UploadBody } from '../upload-body.js';

export interface AnalysisRouteOptions {
  store: Store;
  queue: AnalysisQueue;
  limits: UploadLimits;
}

/** Where the analysis is seen: its Scrutinizer inspection, under the project's repository path. */
export function inspectionPath(project: Project, uuid: string): string {
  const segments = identitySegments(project).map((segment) => encodeURIComponent(segment));
  return `/api/repositories/${project.provider}/${segments.join('/')}/inspections/${uuid}`;
}

function view(analysis: Analysis, project: Project, gate?: UploadAnalysis['gate']): UploadAnalysis {
  return {
    id: analysis.id,
    uuid: analysis.uuid,
    state: analysis.state,
    branch: analysis.branch,
    revision: analysis.revision,
    pullRequest: analysis.pullRequest,
    baseBranch: analysis.baseBranch,
    error: analysis.error,
    createdAt: analysis.createdAt.toISOString(),
    startedAt: analysis.startedAt?.toISOString() ?? null,
    finishedAt: analysis.finishedAt?.toISOString() ?? null,
    url: inspectionPath(project, analysis.uuid),
    gate: gate ?? null,
  };
}

/** Uploads of `plumb scan`, and their state while a worker stores them. */
export async function analysisRoutes(
  parent: FastifyInstance,
  { store, queue, limits }: AnalysisRouteOptions,
): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/analyses',
    {
      // The body is raw gzip, checked by the domain: it is documented, not validated by a schema.
      validatorCompiler: () => () => true,
      schema: {
        tags: ['scanner'],
        operationId: 'scannerUploadAnalysis',
        summary: 'Upload the result of `plumb scan`; a worker stores it and tracks its issues',
        description:
          `At most ${limits.maxUploadBytes} bytes of gzip, inflating to at most ${limits.maxResultBytes} bytes of ` +
          'JSON (413 past either): `{metadata, result, coverage?, newLines?}`, `coverage` up to 20 coverage reports ' +
          '`{format?, report}` stored with the analysis, `newLines` `{referenceRevision, files: {path: [[first, ' +
          'last]]}}` the lines added or changed against the quality gate reference (new coverage). The analysis ' +
          'belongs to the project of the token.',
        security: [{ bearer: [] }],
        consumes: ['application/json', 'application/gzip'],
        body: UploadBodySchema,
        response: { 201: UploadAnalysis, ...ERROR_RESPONSES, 413: ErrorMessage, 415: ErrorMessage },
      },
    },
    async (request, reply) => {
      if (!(request.body instanceof UploadBody)) throw scannerError(400, 'body: expected the gzip upload');
      const { analysis, project } = await acceptUpload(store.db, queue, callerOf(request), request.body.bytes, limits);
      return reply
        .status(201)
        .header('location', `${parent.prefix}/analyses/${analysis.uuid}`)
        .send(view(analysis, project));
    },
  );

  app.get(
    '/analyses/:uuid',
    {
      schema: {
        tags: ['scanner'],
        operationId: 'scannerGetAnalysis',
        summary: "An uploaded analysis's state, error and timestamps (the token's project's only)",
        security: [{ bearer: [] }],
        params: AnalysisParams,
        response: { 200: UploadAnalysis, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const { analysis, project } = await findUploadAnalysis(store.db, callerOf(request), request.params.uuid);
      const gate = await storedGateVerdict(store.db, analysis.id);
      const violations = gate?.violations.map(({ rule, threshold, actual, severity }) => ({
        rule,
        threshold,
        actual,
        severity,
      }));
      return view(analysis, project, gate && { status: gate.status, violations: violations! });
    },
  );
}
