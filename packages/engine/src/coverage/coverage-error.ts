import { FORMAT_NAMES, type CoverageFormat } from './model.js';

/** A coverage report Plumb cannot read: too large, of no known format, or malformed; the message says where. */
export class CoverageError extends Error {
  constructor(
    /** What is wrong, without the place. */
    readonly detail: string,
    /** The 1-based line of the report where it was found, when known. */
    readonly line?: number,
    readonly format?: CoverageFormat,
  ) {
    const what = format === undefined ? 'coverage report' : `${FORMAT_NAMES[format]} report`;
    super(line === undefined ? `${what}: ${detail}` : `${what}, line ${line}: ${detail}`);
    this.name = 'CoverageError';
  }

  /** The same problem, placed at a line of a report of a known format. */
  at(line: number | undefined, format: CoverageFormat): CoverageError {
    return new CoverageError(this.detail, this.line ?? line, this.format ?? format);
  }
}
