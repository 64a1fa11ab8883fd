import type { UntrackedFinding } from '../findings/types.js';
import type { RuleMeta } from '../rules/types.js';
import { appliesToTests } from './applies-to-tests.js';
import type { CodeRole } from './code-role.js';
import type { LineRange } from './rust-test-items.js';

/** Where test code is: whole files by their role, and test items inside files of main code. */
export interface TestCodePlaces {
  roleOf(filename: string): CodeRole;
  /** Test items inside main files (Rust's `#[cfg(test)] mod tests`), by filename. */
  testRanges: ReadonlyMap<string, readonly LineRange[]>;
}

/** Whether a finding sits in test code: a test file, or a test item of a main file. */
export function isInTestCode(finding: Pick<UntrackedFinding, 'filename' | 'line'>, places: TestCodePlaces): boolean {
  if (places.roleOf(finding.filename) === 'test') return true;
  const ranges = places.testRanges.get(finding.filename) ?? [];
  return ranges.some((range) => range.line <= finding.line && finding.line <= range.lineEnd);
}

/**
 * Drops the findings in test code of rules that do not apply to tests (`appliesToTests`), as SonarQube scopes them;
 * a linter's finding stays when the repository's own configuration of that linter chose what runs on the file.
 */
export function dropFindingsOutOfScopeInTests(
  findings: readonly UntrackedFinding[],
  places: TestCodePlaces,
  ruleOf: (finding: UntrackedFinding) => Pick<RuleMeta, 'id' | 'tool' | 'category' | 'appliesToTests'>,
  chosenByProject: (finding: UntrackedFinding) => boolean = () => false,
): UntrackedFinding[] {
  return findings.filter(
    (finding) => !isInTestCode(finding, places) || chosenByProject(finding) || appliesToTests(ruleOf(finding)),
  );
}
