/** The coverage report formats Plumb reads. */
export const COVERAGE_FORMATS = ['lcov', 'cobertura', 'jacoco', 'clover'] as const;
export type CoverageFormat = (typeof COVERAGE_FORMATS)[number];

/** How each format is named in messages. */
export const FORMAT_NAMES: Record<CoverageFormat, string> = {
  lcov: 'lcov',
  cobertura: 'Cobertura',
  jacoco: 'JaCoCo',
  clover: 'Clover',
};

export interface CoverageTotals {
  /** Lines the report lists (executable lines). */
  lines: number;
  /** Of those, lines hit at least once. */
  coveredLines: number;
  branches: number;
  coveredBranches: number;
}

/**
 * One file's coverage in columns (typed arrays keep a 25 MB report in bounded memory): entry `i` is line
 * `lines[i]`, hit `hits[i]` times, with `branches[i]` branches of which `coveredBranches[i]` were taken.
 * Lines ascend and appear once.
 */
export interface FileCoverage {
  /** The path as the report wrote it (JaCoCo: `package/SourceFile.java`); map it with `mapCoveragePaths`. */
  path: string;
  /**
   * JaCoCo's `<group>` names, outer to inner, joined by `/`: the module of a multi-module report
   * (`jacoco:report-aggregate`). Files of one path in two modules stay apart. Absent for the other formats.
   */
  module?: string;
  lines: Uint32Array;
  hits: Float64Array;
  branches: Uint32Array;
  coveredBranches: Uint32Array;
  totals: CoverageTotals;
}

export interface CoverageReport {
  format: CoverageFormat;
  /** Sorted by path. */
  files: FileCoverage[];
  /** Cobertura's `<sources>`: the roots its file names are relative to; empty for the other formats. */
  sourceRoots: string[];
  totals: CoverageTotals;
}

/** A report as it arrives: a Node Readable, a web stream's reader, or any (async) iterable of chunks. */
export type CoverageInput = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

export interface ParseCoverageOptions {
  /** The format; detected from the first bytes when absent. */
  format?: CoverageFormat;
  /** Refuse a report larger than this many bytes (default `DEFAULT_MAX_COVERAGE_BYTES`, 25 MiB). */
  maxBytes?: number;
}

export const DEFAULT_MAX_COVERAGE_BYTES = 25 * 1024 * 1024;
