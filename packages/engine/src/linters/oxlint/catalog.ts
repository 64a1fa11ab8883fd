import type { RuleMeta } from '../../rules/types.js';
import type { LinterRuleRecord } from '../rule-record.js';
import { oxlintRating, oxlintRuleLanguage } from './ratings.js';
import { oxlintRules } from './listed-rules.js';

let byId: Map<string, LinterRuleRecord> | undefined;

export function oxlintRule(id: string): LinterRuleRecord | undefined {
  byId ??= new Map(oxlintRules().map((rule) => [rule.id, rule]));
  return byId.get(id);
}

let catalog: readonly RuleMeta[] | undefined;

/** oxlint's rules (every plugin, every category) with Plumb's ratings. */
export function oxlintCatalog(): readonly RuleMeta[] {
  catalog ??= oxlintRules().map((rule) => {
    const { category, severity, labels, remediationMinutes } = oxlintRating(rule.id, rule.category);
    return {
      id: rule.id,
      tool: 'oxlint',
      language: oxlintRuleLanguage(rule.id),
      category,
      severity,
      labels,
      remediationMinutes,
      docs: rule.docs,
    };
  });
  return catalog;
}
