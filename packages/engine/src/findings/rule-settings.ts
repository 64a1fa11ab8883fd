import type { RuleSetting } from '../config/schema.js';
import { compileExcludeGlobs, type PathMatcher } from '../walk/exclude-globs.js';
import type { UntrackedFinding } from './types.js';

/**
 * Applies `.plumb.yml` `rules:` (and what `.rubocop.yml` and `.shellcheckrc` add to it): drops findings of rules
 * switched off, or off under the finding's path, and of rules off by default (`offByDefault`, as `tool/id`) that no
 * setting switches on; re-rates the others. A key names a rule by its id or as `tool/id`.
 */
export function applyRuleSettings(
  findings: readonly UntrackedFinding[],
  settings: Readonly<Record<string, RuleSetting>>,
  offByDefault: ReadonlySet<string> = new Set(),
): UntrackedFinding[] {
  if (Object.keys(settings).length === 0 && offByDefault.size === 0) return [...findings];
  const excluded = new Map<RuleSetting, PathMatcher>();
  const included = new Map<RuleSetting, PathMatcher>();
  const isExcluded = (setting: RuleSetting, filename: string) => {
    if (typeof setting !== 'object') return false;
    if (!excluded.has(setting)) excluded.set(setting, compileExcludeGlobs(setting.exclude));
    if (setting.only && !included.has(setting)) included.set(setting, compileExcludeGlobs(setting.only));
    const outside = setting.only !== undefined && !(included.get(setting)?.(filename) ?? false);
    return outside || (excluded.get(setting)?.(filename) ?? false);
  };
  const kept: UntrackedFinding[] = [];
  for (const finding of findings) {
    const setting = settings[finding.rule] ?? settings[`${finding.tool}/${finding.rule}`];
    if (setting === undefined) {
      if (!offByDefault.has(`${finding.tool}/${finding.rule}`)) kept.push(finding);
      continue;
    }
    if (setting === 'off' || isExcluded(setting, finding.filename)) continue;
    const severity = typeof setting === 'object' ? setting.severity : setting === 'on' ? undefined : setting;
    kept.push(severity === undefined ? finding : { ...finding, severity });
  }
  return kept;
}
