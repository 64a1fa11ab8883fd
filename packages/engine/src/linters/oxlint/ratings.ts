import type { LanguageId } from '../../languages/registry.js';
import type { Rating } from '../rule-record.js';

/** oxlint's rule categories on Plumb's scale: correctness is a bug, style a nit. */
const BY_OXLINT_CATEGORY: Readonly<Record<string, Rating>> = {
  correctness: { category: 'Error_Prone', severity: 'high', labels: ['bug'], remediationMinutes: 10 },
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

export function oxlintRating(ruleId: string, oxlintCategory: string | undefined): Rating {
  const base = (oxlintCategory && BY_OXLINT_CATEGORY[oxlintCategory]) || UNKNOWN;
  if (SECURITY_RULES.has(ruleId)) return { ...base, category: 'Security', severity: 'high', labels: ['security'] };
  if (ruleId.startsWith('jsdoc/')) return { ...base, category: 'Documentation', labels: ['documentation'] };
  if (ruleId.startsWith('jsx-a11y/')) return { ...base, category: 'Best_Practice', labels: ['accessibility'] };
  return base;
}

/** The language a rule is listed under: TypeScript-only rules under TypeScript, every other under JavaScript. */
export function oxlintRuleLanguage(ruleId: string): LanguageId {
  return ruleId.startsWith('typescript/') ? 'typescript' : 'javascript';
}
