import type { LanguageId } from '../../languages/registry.js';
import { severityFromSonar } from '../../findings/sonar-severity.js';
import type { Rating } from '../rule-record.js';
import { OXLINT_SONAR_EQUIVALENTS } from './sonar-equivalents.js';

/**
 * oxlint's rule categories on Plumb's scale, for rules SonarQube has no equivalent of: correctness is a bug
 * (moderate, SonarQube's Major, which 35 of the 60 correctness rules it has rate), style a nit.
 */
const BY_OXLINT_CATEGORY: Readonly<Record<string, Rating>> = {
  correctness: { category: 'Error_Prone', severity: 'moderate', labels: ['bug'], remediationMinutes: 10 },
  suspicious: { category: 'Error_Prone', severity: 'moderate', labels: ['bug'], remediationMinutes: 10 },
  perf: { category: 'Performance', severity: 'moderate', labels: ['performance'], remediationMinutes: 10 },
  pedantic: { category: 'Best_Practice', severity: 'low', labels: ['best-practice'], remediationMinutes: 5 },
  restriction: { category: 'Best_Practice', severity: 'low', labels: ['best-practice'], remediationMinutes: 5 },
  style: { category: 'Code_Style', severity: 'low', labels: ['coding-style'], remediationMinutes: 2 },
  nursery: { category: 'Best_Practice', severity: 'info', labels: ['best-practice'], remediationMinutes: 5 },
};

const UNKNOWN: Rating = { category: 'Unknown', severity: 'low', labels: [], remediationMinutes: 5 };

// Rules whose finding is an injection or XSS risk whatever oxlint's category says.
const SECURITY_RULES = new Set([
  'eslint/no-eval',
  'eslint/no-implied-eval',
  'eslint/no-new-func',
  'eslint/no-script-url',
  'react/no-danger',
  'react/jsx-no-script-url',
  'react/jsx-no-target-blank',
]);

/** The rating of oxlint's category, with SonarQube's severity where SonarJS runs the same rule. */
export function oxlintRating(ruleId: string, oxlintCategory: string | undefined): Rating {
  const family = (oxlintCategory && BY_OXLINT_CATEGORY[oxlintCategory]) || UNKNOWN;
  const sonar = OXLINT_SONAR_EQUIVALENTS.of(ruleId);
  const base = sonar ? { ...family, severity: severityFromSonar(sonar.severity) } : family;
  if (SECURITY_RULES.has(ruleId))
    return { ...base, category: 'Security', severity: sonar ? base.severity : 'high', labels: ['security'] };
  if (ruleId.startsWith('jsdoc/')) return { ...base, category: 'Documentation', labels: ['documentation'] };
  if (ruleId.startsWith('jsx-a11y/')) return { ...base, category: 'Best_Practice', labels: ['accessibility'] };
  return base;
}

/** The language a rule is listed under: TypeScript-only rules under TypeScript, every other under JavaScript. */
export function oxlintRuleLanguage(ruleId: string): LanguageId {
  return ruleId.startsWith('typescript/') ? 'typescript' : 'javascript';
}
