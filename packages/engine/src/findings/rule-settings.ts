import type { RuleSetting } from '../config/schema.js';
import type { UntrackedFinding } from './types.js';

/** Applies `.plumb.yml` `rules:`: drops findings of rules switched off and re-rates the others. A key names a rule by its id or as `tool/id`. */
export function applyRuleSettings(findings: readonly UntrackedFinding[], settings: Readonly<Record<string, RuleSetting>>): UntrackedFinding[] {
  if (Object.keys(settings).length === 0) return [...findings];
  const kept: UntrackedFinding[] = [];
  for (const finding of findings) {
    const setting = settings[finding.rule] ?? settings[`${finding.tool}/${finding.rule}`];
    if (setting === 'off') continue;
    kept.push(setting === undefined ? finding : { ...finding, severity: setting });
  }
  return kept;
}
