import type { Finding, ViolationCategory } from '../findings/types.js';
import type { FunctionThresholds } from '../metrics/functions/index.js';
import type { AnalysisFunction, Duplicate, FileSummary } from '../model.js';
import {
  DEFAULT_RATING_GRID,
  debtRatio,
  DEFAULT_MINUTES_PER_LINE,
  maintainabilityRating,
  type Rating,
} from './ratings.js';
import {
  complexFunctionMinutes,
  DEFAULT_REMEDIATION_COSTS,
  duplicateMinutes,
  findingMinutes,
  functionThresholds,
  longFunctionMinutes,
  type RemediationCosts,
} from './remediation.js';

/** Codiga's ProjectStatus: the grade of the code quality score, A best. */
export type ProjectStatus = Rating;

/** Codiga's CodeDensity: one file (and function) with its measure. */
export interface CodeDensity {
  filename: string | null;
  function: string | null;
  metric: number;
}

/** Codiga's TechnicalDebtType. */
export interface TechnicalDebtType {
  score: number | null;
  grade: ProjectStatus | null;
  fixingViolationsHours: number;
  fixingDuplicatesHours: number;
  fixingComplexityHours: number;
  fixingReadabilityHours: number;
  fixingViolationsCost: number;
  fixingDuplicatesCost: number;
  fixingComplexityCost: number;
  fixingReadabilityCost: number;
  violationsDensity: CodeDensity[];
  duplicatesDensity: CodeDensity[];
  complexFunctions: CodeDensity[];
  longFunctions: CodeDensity[];
}

/** What the debt is computed from: the open findings and the analysis' duplicates, functions and files. */
export interface DebtInput {
  findings: readonly Pick<Finding, 'filename' | 'category' | 'remediationMinutes'>[];
  duplicates: readonly Pick<Duplicate, 'lineCount' | 'occurrences'>[];
  functions: readonly Pick<AnalysisFunction, 'filename' | 'functionName' | 'complexity' | 'length'>[];
  files: readonly Pick<FileSummary, 'filename' | 'code' | 'duplicatedLines'>[];
}

export interface DebtOptions {
  /** Cost of one developer hour, in the currency the user reads; 50 by default. */
  hourlyRate?: number;
  costs?: Partial<RemediationCosts>;
  thresholds?: Partial<FunctionThresholds>;
  /** How many entries each CodeDensity list keeps, worst first; 10 by default. */
  densityLimit?: number;
  minutesPerLine?: number;
  grid?: readonly [number, number, number, number];
}

export const DEFAULT_HOURLY_RATE = 50;
const DEFAULT_DENSITY_LIMIT = 10;

/** Findings whose fix makes code easier to read rather than more correct: they count as readability debt. */
export const READABILITY_CATEGORIES: readonly ViolationCategory[] = ['Code_Style', 'Documentation'];

/** Debt minutes by kind; the four kinds never overlap, so `total` is their sum. */
export interface DebtMinutes {
  violations: number;
  duplicates: number;
  complexity: number;
  readability: number;
  total: number;
}

/**
 * violations: findings outside READABILITY_CATEGORIES; duplicates: every clone; complexity: complex
 * functions; readability: long functions plus Code_Style and Documentation findings.
 */
export function debtMinutes(input: DebtInput, options: Pick<DebtOptions, 'costs' | 'thresholds'> = {}): DebtMinutes {
  const costs = { ...DEFAULT_REMEDIATION_COSTS, ...options.costs };
  const thresholds = functionThresholds(options.thresholds);
  let violations = 0;
  let readability = 0;
  for (const finding of input.findings) {
    if (READABILITY_CATEGORIES.includes(finding.category)) readability += findingMinutes(finding);
    else violations += findingMinutes(finding);
  }
  const duplicates = sum(input.duplicates.map((duplicate) => duplicateMinutes(duplicate, costs)));
  const complexity = sum(input.functions.map((fn) => complexFunctionMinutes(fn, costs, thresholds.complexity)));
  readability += sum(input.functions.map((fn) => longFunctionMinutes(fn, costs, thresholds.length)));
  return { violations, duplicates, complexity, readability, total: violations + duplicates + complexity + readability };
}

/**
 * Codiga's TechnicalDebtType: hours (minutes ÷ 60) and cost (hours × hourly rate) per kind, both rounded to
 * cents; the files and functions with the most of each kind; and the score and grade from the debt ratio
 * (see `qualityScoreFromRatio`). Score and grade are null for a project without code lines.
 */
export function technicalDebt(input: DebtInput, options: DebtOptions = {}): TechnicalDebtType {
  const minutes = debtMinutes(input, options);
  const rate = options.hourlyRate ?? DEFAULT_HOURLY_RATE;
  const limit = options.densityLimit ?? DEFAULT_DENSITY_LIMIT;
  const thresholds = functionThresholds(options.thresholds);
  const codeLines = sum(input.files.map((file) => file.code));
  const grid = options.grid ?? DEFAULT_RATING_GRID;
  const ratio = debtRatio(minutes.total, codeLines, options.minutesPerLine ?? DEFAULT_MINUTES_PER_LINE);
  const hours = (kind: number) => round2(kind / 60);
  const cost = (kind: number) => round2((kind / 60) * rate);

  const violationsByFile = new Map<string, number>();
  for (const finding of input.findings)
    violationsByFile.set(finding.filename, (violationsByFile.get(finding.filename) ?? 0) + 1);
  const violationsDensity = input.files
    .filter((file) => file.code > 0 && violationsByFile.has(file.filename))
    .map((file) => ({
      filename: file.filename,
      function: null,
      metric: ((violationsByFile.get(file.filename) ?? 0) * 1000) / file.code,
    }));
  const duplicatesDensity = input.files
    .filter((file) => file.code > 0 && file.duplicatedLines > 0)
    .map((file) => ({ filename: file.filename, function: null, metric: (file.duplicatedLines * 100) / file.code }));
  const complexFunctions = input.functions
    .filter((fn) => fn.complexity > thresholds.complexity)
    .map((fn) => ({ filename: fn.filename, function: fn.functionName, metric: fn.complexity }));
  const longFunctions = input.functions
    .filter((fn) => fn.length > thresholds.length)
    .map((fn) => ({ filename: fn.filename, function: fn.functionName, metric: fn.length }));

  const score = codeLines > 0 ? qualityScoreFromRatio(ratio, grid) : null;
  return {
    score,
    grade: codeLines > 0 ? maintainabilityRating(ratio, grid) : null,
    fixingViolationsHours: hours(minutes.violations),
    fixingDuplicatesHours: hours(minutes.duplicates),
    fixingComplexityHours: hours(minutes.complexity),
    fixingReadabilityHours: hours(minutes.readability),
    fixingViolationsCost: cost(minutes.violations),
    fixingDuplicatesCost: cost(minutes.duplicates),
    fixingComplexityCost: cost(minutes.complexity),
    fixingReadabilityCost: cost(minutes.readability),
    violationsDensity: worst(violationsDensity, limit),
    duplicatesDensity: worst(duplicatesDensity, limit),
    complexFunctions: worst(complexFunctions, limit),
    longFunctions: worst(longFunctions, limit),
  };
}

/**
 * The code quality score, 0–100, from the debt ratio: each grade of the grid owns a band of 20 points
 * (A 80–100, B 60–79, C 40–59, D 20–39, E 0–19) and the score falls linearly across the band's ratios,
 * E's band ending at twice the D bound (100% by default). Rounded down, so the score's band is the grade.
 */
export function qualityScoreFromRatio(
  ratio: number,
  grid: readonly [number, number, number, number] = DEFAULT_RATING_GRID,
): number {
  const lows = [0, ...grid];
  const highs = [...grid, grid[3] * 2];
  const within = grid.findIndex((bound) => ratio <= bound);
  const index = within < 0 ? 4 : within;
  const low = lows[index] ?? 0;
  const high = highs[index] ?? 1;
  const top = 100 - 20 * index;
  const raw = Math.floor(top - (20 * (ratio - low)) / (high - low) + 1e-9);
  const floor = top - 20;
  const ceiling = index === 0 ? 100 : top - 1;
  return Math.min(ceiling, Math.max(floor, raw));
}

function worst(entries: CodeDensity[], limit: number): CodeDensity[] {
  return entries
    .sort(
      (a, b) =>
        b.metric - a.metric ||
        compare(a.filename ?? '', b.filename ?? '') ||
        compare(a.function ?? '', b.function ?? ''),
    )
    .slice(0, limit);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
