import { compareSeverity, type Finding, type Severity, type ViolationCategory } from '../findings/types.js';

/** A SonarQube-model rating, A best; also the values of Codiga's ProjectStatus grade. */
export const RATINGS = ['A', 'B', 'C', 'D', 'E'] as const;
export type Rating = (typeof RATINGS)[number];

/** Upper bounds of the debt ratio for A, B, C and D; above the last, E (SonarQube's default grid). */
export const DEFAULT_RATING_GRID: readonly [number, number, number, number] = [0.05, 0.1, 0.2, 0.5];

/** Minutes it takes to write one line of code: the denominator of the debt ratio (SonarQube's default). */
export const DEFAULT_MINUTES_PER_LINE = 30;

/** Categories whose findings are bugs in the making: the reliability rating reads them. */
export const RELIABILITY_CATEGORIES: readonly ViolationCategory[] = ['Error_Prone', 'Safety'];
/** Categories whose findings are vulnerabilities: the security rating reads them. */
export const SECURITY_CATEGORIES: readonly ViolationCategory[] = ['Security'];

/** debt minutes ÷ (code lines × minutes per line); 0 for a project without code. */
export function debtRatio(
  debtMinutes: number,
  codeLines: number,
  minutesPerLine: number = DEFAULT_MINUTES_PER_LINE,
): number {
  return codeLines > 0 ? debtMinutes / (codeLines * minutesPerLine) : 0;
}

/** A when the ratio is ≤ 5%, B ≤ 10%, C ≤ 20%, D ≤ 50%, else E (with the default grid). */
export function maintainabilityRating(
  ratio: number,
  grid: readonly [number, number, number, number] = DEFAULT_RATING_GRID,
): Rating {
  const index = grid.findIndex((bound) => ratio <= bound);
  return RATINGS[index < 0 ? 4 : index] ?? 'E';
}

/** A for no finding or an info one, B low, C moderate, D high, E critical (Sonar: minor B … blocker E). */
export function ratingForSeverity(worst: Severity | null): Rating {
  const bySeverity: Record<Severity, Rating> = { info: 'A', low: 'B', moderate: 'C', high: 'D', critical: 'E' };
  return worst === null ? 'A' : bySeverity[worst];
}

/** The most severe of the findings in those categories, or null when there is none. */
export function worstSeverity(
  findings: readonly Pick<Finding, 'category' | 'severity'>[],
  categories: readonly ViolationCategory[],
): Severity | null {
  let worst: Severity | null = null;
  for (const finding of findings) {
    if (!categories.includes(finding.category)) continue;
    if (worst === null || compareSeverity(finding.severity, worst) > 0) worst = finding.severity;
  }
  return worst;
}

/** From the worst open Error_Prone or Safety finding. */
export function reliabilityRating(openFindings: readonly Pick<Finding, 'category' | 'severity'>[]): Rating {
  return ratingForSeverity(worstSeverity(openFindings, RELIABILITY_CATEGORIES));
}

/** From the worst open Security finding. */
export function securityRating(openFindings: readonly Pick<Finding, 'category' | 'severity'>[]): Rating {
  return ratingForSeverity(worstSeverity(openFindings, SECURITY_CATEGORIES));
}
