import { parseClover } from './clover.js';
import { parseCobertura } from './cobertura.js';
import { CoverageError } from './coverage-error.js';
import { DETECTION_HEAD, detectCoverageFormat } from './detect.js';
import { parseJacoco } from './jacoco.js';
import { parseLcov } from './lcov.js';
import {
  COVERAGE_FORMATS,
  DEFAULT_MAX_COVERAGE_BYTES,
  type CoverageFormat,
  type CoverageInput,
  type CoverageReport,
  type ParseCoverageOptions,
} from './model.js';
import { reportText } from './report-text.js';

const PARSERS: Record<CoverageFormat, (chunks: AsyncIterable<string>) => Promise<CoverageReport>> = {
  lcov: parseLcov,
  cobertura: parseCobertura,
  jacoco: parseJacoco,
  clover: parseClover,
};

/**
 * Parses a coverage report as it streams in (lcov, Cobertura, JaCoCo or Clover, detected when `format` is absent),
 * holding one chunk and the report's compact per-line columns, never the whole text. Throws `CoverageError`, naming
 * the problem and its line, for a report too large, of no known format or malformed.
 */
export async function parseCoverage(input: CoverageInput, options: ParseCoverageOptions = {}): Promise<CoverageReport> {
  const { format, maxBytes = DEFAULT_MAX_COVERAGE_BYTES } = options;
  if (format !== undefined && !COVERAGE_FORMATS.includes(format)) {
    throw new CoverageError(`format "${String(format)}" is not one of ${COVERAGE_FORMATS.join(', ')}`);
  }
  if (!(maxBytes > 0)) throw new CoverageError(`maxBytes must be a positive number of bytes, got ${maxBytes}`);
  const text = reportText(input, maxBytes);
  const head: string[] = [];
  for (let length = 0; format === undefined && length < DETECTION_HEAD;) {
    const next = await text.next();
    if (next.done === true) break;
    head.push(next.value);
    length += next.value.length;
  }
  const detected = format ?? detectCoverageFormat(head.join(''));
  if (detected === undefined) {
    await text.return(undefined); // closes the input stream
    throw new CoverageError(undetectedReason(head.join('')));
  }
  return PARSERS[detected](replay(head, text));
}

async function* replay(head: string[], rest: AsyncGenerator<string>): AsyncGenerator<string> {
  yield* head;
  yield* rest;
}

function undetectedReason(head: string): string {
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (start === '') return 'the report is empty';
  if (start.startsWith('<')) {
    return 'it is XML but not Cobertura (<coverage line-rate=…>), JaCoCo (<report>) or Clover (<coverage clover=…>)';
  }
  return 'its format is none of lcov (SF:, DA:, end_of_record), Cobertura, JaCoCo or Clover XML';
}
