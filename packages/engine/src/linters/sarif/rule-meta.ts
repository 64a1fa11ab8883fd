import type { Severity, ViolationCategory } from '../../findings/types.js';
import type { RuleMeta } from '../../rules/types.js';
import type { SarifLevel, SarifRule } from './model.js';

/** SARIF's own default when neither the result nor the rule gives a level. */
export const DEFAULT_LEVEL: SarifLevel = 'warning';
const LEVEL_SEVERITY: Record<SarifLevel, Severity> = { error: 'high', warning: 'moderate', note: 'low', none: 'info' };
/** Minutes to fix by severity, for tools that say nothing of effort. */
const REMEDIATION_MINUTES: Record<Severity, number> = { info: 2, low: 5, moderate: 10, high: 20, critical: 30 };
const CATEGORY_LABELS: Partial<Record<ViolationCategory, string>> = {
  Security: 'security',
  Error_Prone: 'bug',
  Code_Style: 'coding-style',
  Best_Practice: 'best-practice',
  Design: 'design',
  Performance: 'performance',
  Documentation: 'documentation',
};

/** Tag words, in order of precedence, and the category they stand for. */
const TAG_CATEGORIES: readonly (readonly [RegExp, ViolationCategory])[] = [
  [/^(?:security|vulnerability|external\/cwe\b|cwe-\d|owasp)/, 'Security'],
  [/^(?:correctness|bug|reliability|error[-_ ]?prone|suspicious|problem)$/, 'Error_Prone'],
  [/^safety$/, 'Safety'],
  [/^(?:performance|perf|efficiency)$/, 'Performance'],
  [/^(?:style|formatting|convention|readability|naming|code[-_ ]?style|stylistic)$/, 'Code_Style'],
  [/^(?:design|complexity|architecture)$/, 'Design'],
  [/^(?:documentation|docs|comments?)$/, 'Documentation'],
  [/^(?:deployment|configuration|iac|infrastructure)$/, 'Deployment'],
  [/^(?:maintainability|best[-_ ]?practices?|pedantic|idiom)$/, 'Best_Practice'],
];

/** `properties["security-severity"]`, a CVSS-like score from 0 to 10, on GitHub's scale. */
export function securitySeverity(properties: Record<string, unknown>): Severity | undefined {
  const raw = properties['security-severity'];
  const score = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
  if (!Number.isFinite(score)) return undefined;
  return score >= 9 ? 'critical' : score >= 7 ? 'high' : score >= 4 ? 'moderate' : score > 0 ? 'low' : 'info';
}

export function levelSeverity(level: SarifLevel): Severity {
  return LEVEL_SEVERITY[level];
}

/** The category from the rule's tags and `properties.category`; a security severity alone makes it Security. */
export function categoryOf(rule: SarifRule | undefined): ViolationCategory {
  if (!rule) return 'Unknown';
  const category = rule.properties.category;
  const words = [...rule.tags, ...(typeof category === 'string' ? [category] : [])].map((tag) =>
    tag.trim().toLowerCase(),
  );
  for (const [pattern, mapped] of TAG_CATEGORIES) if (words.some((word) => pattern.test(word))) return mapped;
  return securitySeverity(rule.properties) === undefined ? 'Unknown' : 'Security';
}

export function remediationMinutes(severity: Severity): number {
  return REMEDIATION_MINUTES[severity];
}

/** A rule descriptor as a catalog entry of the tool that reported it. */
export function toRuleMeta(rule: SarifRule, tool: string): RuleMeta {
  const category = categoryOf(rule);
  const severity = securitySeverity(rule.properties) ?? levelSeverity(rule.level ?? DEFAULT_LEVEL);
  const label = CATEGORY_LABELS[category];
  const summary = rule.shortDescription ?? rule.fullDescription ?? rule.name ?? rule.id;
  const more = [
    rule.fullDescription !== summary ? rule.fullDescription : undefined,
    rule.help,
    rule.helpUri && `See ${rule.helpUri}`,
  ].filter((part): part is string => !!part);
  return {
    id: rule.id,
    tool,
    language: 'any',
    category,
    severity,
    labels: label === undefined ? [] : [label],
    remediationMinutes: remediationMinutes(severity),
    docs: { whatItFinds: summary, whyItMatters: more.join('\n\n'), example: { bad: '', good: '' } },
  };
}
