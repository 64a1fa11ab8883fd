import {
  maintainabilityRating,
  type AnalysisResultSummary,
  type ParseCoverage,
  type ProjectRatings,
  type Rating,
} from '@plumb/engine';
import type { Executor } from '../../store/index.js';
import type { OrganizationAccess } from '../access/index.js';
import { RATINGS } from '../gates/index.js';
import { completedAnalysis } from './completed.js';

/** Duplicated lines per code line bounding A, B, C and D; above the last, E. */
export const DUPLICATION_GRID: readonly [number, number, number, number] = [0.03, 0.05, 0.1, 0.2];

/** The ratings of one completed analysis, and what they were read from. */
export interface AnalysisRatings {
  analysisId: number;
  /** The worst of maintainability, reliability, security and duplication. */
  quality: Rating;
  maintainability: Rating;
  reliability: Rating;
  security: Rating;
  /** Null: no coverage is known for an analysis until coverage reports can be uploaded. */
  coverage: Rating | null;
  duplication: Rating;
  debtMinutes: number;
  /** Null for an analysis stored before parse coverage was kept. */
  parsing: { percent: number; parsed: number; skipped: number } | null;
  /** The engine's version and each bundled linter's. */
  toolVersions: Record<string, string>;
}

const worst = (ratings: readonly Rating[]): Rating =>
  RATINGS[Math.max(...ratings.map((rating) => RATINGS.indexOf(rating)))] ?? 'E';

/** The organization's analysis's ratings, read from its stored results; one still running is a Conflict. */
export async function analysisRatings(db: Executor, access: OrganizationAccess, id: number): Promise<AnalysisRatings> {
  const { analysis, index } = await completedAnalysis(db, access, id);
  const ratings = index.ratings as ProjectRatings;
  const summary = index.summary as AnalysisResultSummary;
  const parsing = index.parsing as ParseCoverage | null;
  const duplication = maintainabilityRating(summary.duplicated_linesPerSloc ?? 0, DUPLICATION_GRID);
  return {
    analysisId: analysis.id,
    quality: worst([ratings.maintainability, ratings.reliability, ratings.security, duplication]),
    maintainability: ratings.maintainability,
    reliability: ratings.reliability,
    security: ratings.security,
    coverage: null,
    duplication,
    debtMinutes: ratings.debtMinutes,
    parsing: parsing
      ? { percent: parsing.percent, parsed: parsing.parsed, skipped: parsing.files - parsing.parsed }
      : null,
    toolVersions: {
      ...(analysis.engineVersion ? { plumb: analysis.engineVersion } : {}),
      ...(analysis.linterVersions ?? {}),
    },
  };
}
