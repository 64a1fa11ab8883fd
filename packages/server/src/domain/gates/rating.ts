import { maintainabilityRating, type AnalysisResultSummary, type ProjectRatings, type Rating } from '@plumb/engine';
import { RATINGS } from './policy.js';

/** Duplicated lines per code line bounding A, B, C and D; above the last, E. */
export const DUPLICATION_GRID: readonly [number, number, number, number] = [0.03, 0.05, 0.1, 0.2];

export const worstRating = (ratings: readonly Rating[]): Rating =>
  RATINGS[Math.max(...ratings.map((rating) => RATINGS.indexOf(rating)))] ?? 'E';

/** An analysis's duplication rating and its quality rating: the worst of maintainability, reliability, security
 * and duplication (CodeStax's `quality_rating`). */
export function qualityRatings(ratings: ProjectRatings, summary: AnalysisResultSummary) {
  const duplication = maintainabilityRating(summary.duplicated_linesPerSloc ?? 0, DUPLICATION_GRID);
  return {
    duplication,
    quality: worstRating([ratings.maintainability, ratings.reliability, ratings.security, duplication]),
  };
}

/** Line coverage (0 to 1) bounding A, B, C and D from below, as SonarQube rates coverage; below the last, E. */
export const COVERAGE_GRID: readonly [number, number, number, number] = [0.8, 0.7, 0.5, 0.3];

/** An analysis's coverage rating from its overall line coverage; null without coverage (or no executable line). */
export function coverageRating(lineCoverage: number | null): Rating | null {
  if (lineCoverage === null) return null;
  const step = COVERAGE_GRID.findIndex((floor) => lineCoverage >= floor);
  return RATINGS[step === -1 ? 4 : step]!;
}
