import type { RuleSetting } from '../config/schema.js';
import { compileExcludeGlobs, type PathMatcher } from '../walk/exclude-globs.js';
import type { UntrackedFinding } from './types.js';

/**
 * Applies `.plumb.yml` `rules:` (and what `.rubocop.yml` and `.shellcheckrc` add to it): drops findings of rules
 * switched off, or off under the finding's path, and re-rates the others. A key names a rule by its id or as `tool/id`.
 */
export function applyRuleSettings(findings: readonly UntrackedFinding[], settings: Readonly<Record<string, RuleSetting>>): UntrackedFinding[] {
  if (Object.keys(settings).length === 0) return [...findings];
  const excluded = new Map<RuleSetting, PathMatcher>();
  const isExcluded = (setting: RuleSetting, filename: string) => {
    if (typeof setting !== 'object') return false;
    if (!excluded.has(setting)) excluded.set(setting, compileExcludeGlobs(setting.exclude));
    return excluded.get(setting)?.(filename) ?? false;
  };
  const kept: UntrackedFinding[] = [];
  for (const finding of findings) {
    const setting = settings[finding.rule] ?? settings[`${finding.tool}/${finding.rule}`];
    if (setting === 'off' || (setting !== undefined && isExcluded(setting, finding.filename))) continue;
    const severity = typeof setting === 'object' ? setting.severity : setting;
    kept.push(severity === undefined ? finding : { ...finding, severity });
  }
  return kept;
}
