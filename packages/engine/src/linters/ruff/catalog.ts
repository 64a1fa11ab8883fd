import type { RuleMeta } from '../../rules/types.js';
import { ruffRating } from './ratings.js';
import { RUFF_RULES } from './rule-list.js';

let catalog: readonly RuleMeta[] | undefined;

/** Ruff's rules (every linter it reimplements, not only the default selection) with Plumb's ratings. */
export function ruffCatalog(): readonly RuleMeta[] {
  catalog ??= RUFF_RULES.map((rule) => {
    const { category, severity, labels, remediationMinutes } = ruffRating(rule.id);
    return { id: rule.id, tool: 'ruff', language: 'python', category, severity, labels, remediationMinutes, docs: rule.docs };
  });
  return catalog;
}
