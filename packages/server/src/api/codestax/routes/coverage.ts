import multipart from '@fastify/multipart';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { findOrganizationAnalysis } from '../../../domain/analyses/index.js';
import { coverageOf, requireCoverageFormat, storeCoverage } from '../../../domain/coverage/index.js';
import { Invalid, NotFound } from '../../../domain/errors.js';
import type { Store } from '../../../store/index.js';
import { callerOf, organizationAccessOf } from '../caller.js';
import {
  CoverageResponse,
  CoverageUploadResponse,
  ERROR_RESPONSES,
  OrganizationHeaders,
  ScanParams,
  SECURITY,
} from '../schemas.js';

/** CodeStax's cap on a coverage upload. */
const MAX_REPORT_BYTES = 25 * 1024 * 1024;

const percent = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part / whole) * 10_000) / 100;

/** POST /quality/coverage/upload (multipart: scan_id, report_format?, file) and GET /quality/coverage/:scan_id. */
export async function coverageRoutes(parent: FastifyInstance, { store }: { store: Store }): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  await app.register(multipart, { limits: { fileSize: MAX_REPORT_BYTES, files: 1, fields: 8, parts: 9 } });
  const preHandler = organizationAccessOf(store);

  app.post(
    '/coverage/upload',
    {
      preHandler,
      schema: {
        tags: ['codestax'],
        operationId: 'codestaxUploadCoverage',
        summary: "Upload an lcov, Cobertura, JaCoCo or Clover report (multipart) for a completed scan's files",
        description:
          'multipart/form-data: `scan_id` (required), `report_format` (lcov, cobertura, jacoco, clover; detected ' +
          'from the content when absent), `file` (required, at most 25 MB). Replaces the scan’s earlier coverage.',
        security: SECURITY,
        headers: OrganizationHeaders,
        response: { 200: CoverageUploadResponse, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const form = await readUploadForm(request);
      const { analysis } = await findOrganizationAnalysis(store.db, callerOf(request), form.scanId);
      const summary = await storeCoverage(store.db, analysis, form.report, {
        field: 'file',
        ...(form.format && { format: requireCoverageFormat('report_format', form.format) }),
      });
      const stored = await coverageOf(store.db, analysis.id);
      return {
        scan_id: analysis.id,
        records_persisted: stored?.files.length ?? 0,
        unmatched_files: summary.unmatched.map((file) => ({ path: file.reportPath, reason: file.reason })),
      };
    },
  );

  app.get(
    '/coverage/:scan_id',
    {
      preHandler,
      schema: {
        tags: ['codestax'],
        operationId: 'codestaxGetCoverage',
        summary: "A scan's coverage per file; 404 when none was uploaded",
        security: SECURITY,
        headers: OrganizationHeaders,
        params: ScanParams,
        response: { 200: CoverageResponse, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const { analysis } = await findOrganizationAnalysis(store.db, callerOf(request), request.params.scan_id);
      const coverage = await coverageOf(store.db, analysis.id);
      if (!coverage) throw new NotFound('coverage of the scan');
      return {
        scan_id: analysis.id,
        file_count: coverage.files.length,
        lines_total: coverage.totals.lines,
        lines_covered: coverage.totals.coveredLines,
        coverage_pct: percent(coverage.totals.coveredLines, coverage.totals.lines),
        files: coverage.files.map((file) => ({
          file_path: file.filename,
          lines_total: file.totals.lines,
          lines_covered: file.totals.coveredLines,
          lines_missed: file.totals.lines - file.totals.coveredLines,
          coverage_pct: percent(file.totals.coveredLines, file.totals.lines),
          report_format: file.format,
        })),
      };
    },
  );
}

interface UploadForm {
  scanId: number;
  format?: string;
  /** The report's chunks: held (at most 25 MB) so that fields sent after it are read before the scan is looked up. */
  report: Buffer[];
}

/** The upload's fields and its report, in whatever order the parts came. */
async function readUploadForm(request: FastifyRequest): Promise<UploadForm> {
  if (!request.isMultipart()) throw new Invalid('body', 'a multipart/form-data body with scan_id and file');
  const fields = new Map<string, string>();
  let report: Buffer[] | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        fields.set(part.fieldname, String(part.value));
        continue;
      }
      if (part.fieldname !== 'file') throw new Invalid(part.fieldname, 'no such file field: the report goes in file');
      if (report) throw new Invalid('file', 'one report per upload');
      const chunks: Buffer[] = [];
      for await (const chunk of part.file) chunks.push(chunk as Buffer);
      report = chunks;
    }
  } catch (error) {
    throw uploadError(error);
  }
  const scanText = fields.get('scan_id');
  if (scanText === undefined) throw new Invalid('scan_id', 'the scan id, a positive integer (required)');
  if (!/^[1-9][0-9]{0,15}$/.test(scanText.trim())) throw new Invalid('scan_id', 'a positive integer');
  if (!report) throw new Invalid('file', 'the coverage report (required)');
  const format = fields.get('report_format')?.trim();
  return { scanId: Number(scanText.trim()), ...(format && { format }), report };
}

/** The multipart plugin's refusals as CodeStax's 400s. */
function uploadError(error: unknown): unknown {
  const code = (error as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return new Invalid('file', 'a report of at most 25 MB');
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT')
    return new Invalid('body', 'scan_id, report_format and one file');
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE' || code === 'FST_MULTIPART_INVALID_CONTENT_TYPE')
    return new Invalid('body', 'a multipart/form-data body with scan_id and file');
  return error;
}
