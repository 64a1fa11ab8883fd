import type { RuleMeta } from '../../rules/types.js';
import type { LinterRuleRecord } from '../rule-record.js';
import { oxlintRating, oxlintRuleLanguage } from './ratings.js';
import { OXLINT_RULES } from './rule-list.js';

const byId = new Map<string, LinterRuleRecord>(OXLINT_RULES.map((rule) => [rule.id, rule]));

export function oxlintRule(id: string): LinterRuleRecord | undefined {
  return byId.get(id);
}

let catalog: readonly RuleMeta[] | undefined;

/** oxlint's rules (every plugin, every category) with Plumb's ratings. */
export function oxlintCatalog(): readonly RuleMeta[] {
  catalog ??= OXLINT_RULES.map((rule) => {
    const { category, severity, labels, remediationMinutes } = oxlintRating(rule.id, rule.category);
    return { id: rule.id, tool: 'oxlint', language: oxlintRuleLanguage(rule.id), category, severity, labels, remediationMinutes, docs: rule.docs };
  });
  return catalog;
}
