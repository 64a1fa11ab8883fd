import { severityFromSonar } from '../../findings/sonar-severity.js';
import type { Rating } from '../rule-record.js';
import { selectorCovers } from './matching.js';
import { RUFF_SONAR_EQUIVALENTS } from './sonar-equivalents.js';

const rate = (
  category: Rating['category'],
  severity: Rating['severity'],
  labels: string[],
  remediationMinutes: number,
): Rating => ({ category, severity, labels, remediationMinutes });

const BUG = rate('Error_Prone', 'moderate', ['bug'], 10);
const STYLE = rate('Code_Style', 'low', ['coding-style'], 2);
const PRACTICE = rate('Best_Practice', 'low', ['best-practice'], 5);

/** Ruff's rule families by code prefix, on Plumb's scale; the longest matching prefix wins. */
const BY_PREFIX: readonly [prefix: string, rating: Rating][] = [
  ['F', BUG],
  ['F8', rate('Error_Prone', 'high', ['bug'], 10)], // undefined names, redefinitions: fail at run time
  ['E', STYLE],
  ['E7', rate('Code_Style', 'low', ['coding-style'], 5)],
  ['E9', rate('Error_Prone', 'high', ['bug'], 10)],
  ['W', STYLE],
  ['W6', rate('Error_Prone', 'moderate', ['bug'], 5)],
  ['B', BUG],
  ['S', rate('Security', 'high', ['security'], 15)],
  ['PERF', rate('Performance', 'moderate', ['performance'], 10)],
  ['D', rate('Documentation', 'info', ['documentation'], 5)],
  ['DOC', rate('Documentation', 'info', ['documentation'], 5)],
  ['C90', rate('Design', 'moderate', ['complexity'], 30)],
  ['PLR', rate('Design', 'low', ['complexity'], 15)],
  ['PLE', rate('Error_Prone', 'high', ['bug'], 10)],
  ['PLW', BUG],
  ['PLC', STYLE],
  ['N', STYLE],
  ['I', STYLE],
  ['Q', STYLE],
  ['COM', STYLE],
  ['ISC', STYLE],
  ['ANN', rate('Code_Style', 'low', ['coding-style'], 5)],
  ['UP', PRACTICE],
  ['SIM', PRACTICE],
  ['C4', PRACTICE],
  ['RET', PRACTICE],
  ['ARG', rate('Best_Practice', 'low', ['unused-code'], 5)],
  ['ERA', rate('Best_Practice', 'low', ['unused-code'], 2)],
  ['T10', rate('Best_Practice', 'moderate', ['best-practice'], 2)],
  ['T20', rate('Best_Practice', 'low', ['best-practice'], 2)],
  ['BLE', BUG],
  ['TRY', PRACTICE],
  ['ASYNC', BUG],
  ['DTZ', BUG],
  ['PGH', PRACTICE],
  ['PT', PRACTICE],
  ['RUF', PRACTICE],
  ['FURB', PRACTICE],
  ['PTH', PRACTICE],
  ['TC', rate('Performance', 'low', ['performance'], 5)],
];

const SORTED = [...BY_PREFIX].sort((a, b) => b[0].length - a[0].length);

/**
 * The rating of the code's family, with SonarQube's severity where it has the same rule. A family with no entry
 * above is a best practice: most of Ruff's plugins (flake8-*) are.
 */
export function ruffRating(code: string): Rating {
  const family = SORTED.find(([prefix]) => selectorCovers(prefix, code))?.[1] ?? PRACTICE;
  const sonar = RUFF_SONAR_EQUIVALENTS.of(code);
  return sonar ? { ...family, severity: severityFromSonar(sonar.severity) } : family;
}
