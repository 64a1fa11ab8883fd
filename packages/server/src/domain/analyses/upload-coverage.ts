import type { CoverageFormat } from '@plumb/engine';
import { readCoverageReports, requireCoverageFormat, type MappedCoverage } from '../coverage/index.js';
import { Invalid } from '../errors.js';

/** A coverage report sent with an upload (`plumb scan --coverage FILE`): its text, and its format when given. */
export interface UploadedCoverage {
  format?: CoverageFormat;
  report: string;
}

/** Reports one upload may carry: each is up to 25 MiB, and the whole upload is capped by its own limits. */
const MAX_UPLOADED_REPORTS = 20;

/** Checks an upload's `coverage` (absent: none): an array of `{format?, report}`, the first bad field named. */
export function checkUploadedCoverage(value: unknown): UploadedCoverage[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > MAX_UPLOADED_REPORTS)
    throw new Invalid('coverage', `an array of at most ${MAX_UPLOADED_REPORTS} reports {"format"?, "report"}`);
  return value.map((item: unknown, index) => {
    const field = `coverage[${index}]`;
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      throw new Invalid(field, 'an object {"format"?, "report"}');
    const { format, report } = item as Record<string, unknown>;
    if (typeof report !== 'string' || report === '') throw new Invalid(`${field}.report`, 'the text of the report');
    if (format === undefined) return { report };
    if (typeof format !== 'string') throw new Invalid(`${field}.format`, 'a string');
    return { format: requireCoverageFormat(`${field}.format`, format), report };
  });
}

/** Bytes per chunk the engine reads: it counts bytes against its 25 MiB cap, and never holds the report twice. */
const CHUNK_BYTES = 256 * 1024;

function* chunksOf(text: string): Generator<Buffer> {
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES) yield bytes.subarray(at, at + CHUNK_BYTES);
}

/** Parses an upload's reports and maps them onto the files of its result; Invalid names `coverage[i]`. */
export function readUploadedCoverage(
  reports: readonly UploadedCoverage[],
  files: readonly { filename: string }[],
): Promise<MappedCoverage> {
  return readCoverageReports(
    reports.map((report, index) => ({
      input: chunksOf(report.report),
      field: `coverage[${index}]`,
      ...(report.format && { format: report.format }),
    })),
    files.map((file) => file.filename),
  );
}
