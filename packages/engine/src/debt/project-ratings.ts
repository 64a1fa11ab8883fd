import type { Finding } from '../findings/types.js';
import {
  DEFAULT_MINUTES_PER_LINE,
  DEFAULT_RATING_GRID,
  debtRatio,
  maintainabilityRating,
  type Rating,
  reliabilityRating,
  securityRating,
} from './ratings.js';
import { type DebtInput, debtMinutes, type DebtOptions } from './technical-debt.js';

/** SonarQube's three ratings of a project, with the debt the first is read from. */
export interface ProjectRatings {
  debtMinutes: number;
  debtRatio: number;
  maintainability: Rating;
  reliability: Rating;
  security: Rating;
}

/** The input of `debtMinutes`, its findings with their severity (the open ones: fixed and ignored ones left out). */
export interface RatingInput extends DebtInput {
  findings: readonly Pick<Finding, 'filename' | 'category' | 'remediationMinutes' | 'severity'>[];
}

/**
 * Maintainability from the debt ratio at 30 minutes per code
 * line; reliability and security from the worst open finding.
 */
export function projectRatings(
  input: RatingInput,
  options: Omit<DebtOptions, 'hourlyRate' | 'densityLimit'> = {},
): ProjectRatings {
  const minutes = debtMinutes(input, options).total;
  const codeLines = input.files.reduce((total, file) => total + file.code, 0);
  const ratio = debtRatio(minutes, codeLines, options.minutesPerLine ?? DEFAULT_MINUTES_PER_LINE);
  return {
    debtMinutes: minutes,
    debtRatio: ratio,
    maintainability: maintainabilityRating(ratio, options.grid ?? DEFAULT_RATING_GRID),
    reliability: reliabilityRating(input.findings),
    security: securityRating(input.findings),
  };
}
