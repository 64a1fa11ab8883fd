import type { Finding, Severity } from '../findings/types.js';
import type { AnalysisFunction } from '../model.js';

/** Scrutinizer's rating names, best first (its `quality_distribution` and `nb_operations.*` keys). */
export const SCRUTINIZER_RATINGS = ['very_good', 'good', 'satisfactory', 'pass', 'critical'] as const;
export type ScrutinizerRating = (typeof SCRUTINIZER_RATINGS)[number];

/** How a function's 0–10 score is taken down from 10. */
export interface FunctionRatingOptions {
  /** Cyclomatic complexity a function may have for free. */
  freeComplexity: number;
  /** Points lost per unit of complexity above it. */
  pointsPerComplexity: number;
  /** Length (NLOC) a function may have for free. */
  freeLength: number;
  /** Points lost per line above it. */
  pointsPerLine: number;
  /** Points lost per finding inside the function, by severity. */
  pointsPerFinding: Record<Severity, number>;
}

export const DEFAULT_FUNCTION_RATING: Readonly<FunctionRatingOptions> = {
  freeComplexity: 5,
  pointsPerComplexity: 0.5,
  freeLength: 20,
  pointsPerLine: 0.05,
  pointsPerFinding: { info: 0, low: 0.5, moderate: 1, high: 2, critical: 4 },
};

type RatedInput = Pick<
  AnalysisFunction,
  'filename' | 'functionName' | 'lineStart' | 'lineEnd' | 'complexity' | 'length'
>;
type FindingPlace = Pick<Finding, 'filename' | 'line' | 'severity'>;

/** One function (Scrutinizer's "operation") with its score, rating and weight in the project score. */
export interface RatedFunction {
  filename: string;
  functionName: string;
  lineStart: number;
  score: number;
  rating: ScrutinizerRating;
  weight: number;
}

export type RatingCounts = Record<ScrutinizerRating, number>;

/** Scrutinizer's quality: the score, and the distribution in the shapes its API shows. */
export interface ScrutinizerQuality {
  /** `quality_score` / `scrutinizer.quality`, 0–10. */
  score: number;
  /** `scrutinizer.nb_operations.<rating>`: how many functions have each rating. */
  nbOperations: RatingCounts;
  /** `quality_distribution.weights`: the summed weight (NLOC) of the functions of each rating. */
  weights: RatingCounts;
  /** `scrutinizer.weight.<rating>`: each rating's share of the total weight (they add up to 1). */
  weightShares: RatingCounts;
  functions: RatedFunction[];
}

/** very_good ≥ 8, good ≥ 6, satisfactory ≥ 4, pass ≥ 2, critical below. */
export function scrutinizerRating(score: number): ScrutinizerRating {
  if (score >= 8) return 'very_good';
  if (score >= 6) return 'good';
  if (score >= 4) return 'satisfactory';
  if (score >= 2) return 'pass';
  return 'critical';
}

/**
 * 10 − pointsPerComplexity × max(0, CCN − freeComplexity) − pointsPerLine × max(0, length − freeLength)
 * − the points of each finding inside the function, kept within 0–10.
 */
export function rateFunction(
  fn: Pick<RatedInput, 'complexity' | 'length'>,
  findings: readonly Pick<Finding, 'severity'>[],
  options: FunctionRatingOptions = DEFAULT_FUNCTION_RATING,
): number {
  const complexity = options.pointsPerComplexity * Math.max(0, fn.complexity - options.freeComplexity);
  const length = options.pointsPerLine * Math.max(0, fn.length - options.freeLength);
  const found = findings.reduce((total, finding) => total + options.pointsPerFinding[finding.severity], 0);
  return Math.min(10, Math.max(0, 10 - complexity - length - found));
}

/**
 * Scrutinizer's quality score: the average of every function's score weighted by its length (NLOC, at
 * least 1), so big functions weigh more. A finding counts in the innermost function whose lines hold it.
 * Without functions the score is 10: nothing measured is wrong.
 */
export function scrutinizerQuality(
  functions: readonly RatedInput[],
  findings: readonly FindingPlace[],
  options: Partial<FunctionRatingOptions> = {},
): ScrutinizerQuality {
  const settings = { ...DEFAULT_FUNCTION_RATING, ...options };
  const inFunction = findingsByFunction(functions, findings);
  const rated = functions.map((fn): RatedFunction => {
    const score = rateFunction(fn, inFunction.get(fn) ?? [], settings);
    return {
      filename: fn.filename,
      functionName: fn.functionName,
      lineStart: fn.lineStart,
      score,
      rating: scrutinizerRating(score),
      weight: Math.max(1, fn.length),
    };
  });
  const nbOperations = zeroCounts();
  const weights = zeroCounts();
  for (const fn of rated) {
    nbOperations[fn.rating] += 1;
    weights[fn.rating] += fn.weight;
  }
  const totalWeight = rated.reduce((total, fn) => total + fn.weight, 0);
  const weightShares = zeroCounts();
  for (const rating of SCRUTINIZER_RATINGS) weightShares[rating] = totalWeight > 0 ? weights[rating] / totalWeight : 0;
  const score = totalWeight > 0 ? rated.reduce((total, fn) => total + fn.score * fn.weight, 0) / totalWeight : 10;
  return { score, nbOperations, weights, weightShares, functions: rated };
}

function zeroCounts(): RatingCounts {
  return { very_good: 0, good: 0, satisfactory: 0, pass: 0, critical: 0 };
}

function findingsByFunction(
  functions: readonly RatedInput[],
  findings: readonly FindingPlace[],
): Map<RatedInput, FindingPlace[]> {
  const byFile = new Map<string, RatedInput[]>();
  for (const fn of functions) {
    const list = byFile.get(fn.filename);
    if (list) list.push(fn);
    else byFile.set(fn.filename, [fn]);
  }
  const result = new Map<RatedInput, FindingPlace[]>();
  for (const finding of findings) {
    let innermost: RatedInput | undefined;
    for (const fn of byFile.get(finding.filename) ?? []) {
      if (finding.line < fn.lineStart || finding.line > fn.lineEnd) continue;
      if (!innermost || fn.lineEnd - fn.lineStart < innermost.lineEnd - innermost.lineStart) innermost = fn;
    }
    if (!innermost) continue;
    const list = result.get(innermost);
    if (list) list.push(finding);
    else result.set(innermost, [finding]);
  }
  return result;
}
