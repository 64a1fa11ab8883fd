import type { AnalysisResultSummary, ParseCoverage, ProjectRatings, Rating } from '@plumb/engine';
import type { Executor } from '../../store/index.js';
import type { OrganizationAccess } from '../access/index.js';
import { coverageRating, qualityRatings } from '../gates/index.js';
import { completedAnalysis } from './completed.js';

/** The ratings of one completed analysis, and what they were read from. */
export interface AnalysisRatings {
  analysisId: number;
  /** The worst of maintainability, reliability, security and duplication. */
  quality: Rating;
  maintainability: Rating;
  reliability: Rating;
  security: Rating;
  /** From the overall line coverage (A ≥ 80%, B ≥ 70%, C ≥ 50%, D ≥ 30%, else E); null without coverage. */
  coverage: Rating | null;
  duplication: Rating;
  debtMinutes: number;
  /** Null for an analysis stored before parse coverage was kept. */
  parsing: { percent: number; parsed: number; skipped: number } | null;
  /** The engine's version and each bundled linter's. */
  toolVersions: Record<string, string>;
}

/** The organization's analysis's ratings, read from its stored results; one still running is a Conflict. */
export async function analysisRatings(db: Executor, access: OrganizationAccess, id: number): Promise<AnalysisRatings> {
  const { analysis, index } = await completedAnalysis(db, access, id);
  const ratings = index.ratings as ProjectRatings;
  const summary = index.summary as AnalysisResultSummary;
  const parsing = index.parsing as ParseCoverage | null;
  const { quality, duplication } = qualityRatings(ratings, summary);
  return {
    analysisId: analysis.id,
    quality,
    maintainability: ratings.maintainability,
    reliability: ratings.reliability,
    security: ratings.security,
    coverage: coverageRating(index.testCoverage),
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
