import type { SonarEquivalent, SonarSeverity } from '../findings/sonar-severity.js';

/**
 * Built-in rules that check what a SonarQube rule of the same language checks, with that rule's key and default
 * severity (SonarSource/rspec `rules/<key>/<language>/metadata.json`; C and C++ are its `cfamily`). Each rule's
 * `severity` is SonarQube's on Plumb's scale (`severityFromSonar`), which `sonar-equivalents.test.ts` checks.
 */
const EQUIVALENTS: readonly [ruleId: string, sonarKey: string, severity: SonarSeverity][] = [
  ['c/assignment-in-condition', 'S1121', 'Major'],
  ['c/deep-nesting', 'S134', 'Critical'],
  ['c/empty-if-statement', 'S108', 'Major'],
  ['c/format-string-not-literal', 'S5281', 'Critical'],
  ['c/gets-call', 'S1081', 'Critical'],
  ['c/scanf-unbounded-string', 'S1079', 'Critical'],
  ['c/sizeof-pointer', 'S3135', 'Major'],
  ['c/switch-fallthrough', 'S128', 'Blocker'],
  ['c/too-many-parameters', 'S107', 'Major'],
  ['c/unbounded-string-copy', 'S5801', 'Major'],
  ['c/unreachable-code', 'S1763', 'Major'],
  ['cpp/assignment-in-condition', 'S1121', 'Major'],
  ['cpp/catch-by-value', 'S1044', 'Major'],
  ['cpp/deep-nesting', 'S134', 'Critical'],
  ['cpp/empty-catch-block', 'S108', 'Major'],
  ['cpp/empty-if-statement', 'S108', 'Major'],
  ['cpp/format-string-not-literal', 'S5281', 'Critical'],
  ['cpp/switch-fallthrough', 'S128', 'Blocker'],
  ['cpp/too-many-parameters', 'S107', 'Major'],
  ['cpp/unbounded-string-copy', 'S5801', 'Major'],
  ['cpp/unreachable-code', 'S1763', 'Major'],
  ['cpp/using-namespace-in-header', 'S1003', 'Critical'],
  ['go/deep-nesting', 'S134', 'Critical'],
  ['go/self-assignment', 'S1656', 'Major'],
  ['go/shell-command-injection', 'S2076', 'Blocker'],
  ['go/too-many-parameters', 'S107', 'Major'],
  ['go/unreachable-code', 'S1763', 'Major'],
  ['java/boxed-primitive-constructor', 'S2129', 'Major'],
  ['java/catch-throwable', 'S1181', 'Major'],
  ['java/deep-nesting', 'S134', 'Critical'],
  ['java/empty-catch-block', 'S108', 'Major'],
  ['java/empty-if-statement', 'S108', 'Major'],
  ['java/print-stack-trace', 'S1148', 'Minor'],
  ['java/return-in-finally', 'S1143', 'Critical'],
  ['java/self-assignment', 'S1656', 'Major'],
  ['java/string-reference-comparison', 'S4973', 'Major'],
  ['java/system-out-print', 'S106', 'Major'],
  ['java/too-many-parameters', 'S107', 'Major'],
  ['php/command-injection', 'S2076', 'Blocker'],
  ['php/debug-output', 'S4507', 'Minor'],
  ['php/deep-nesting', 'S134', 'Critical'],
  ['php/empty-catch', 'S108', 'Major'],
  ['php/eval', 'S1523', 'Critical'],
  ['php/too-many-parameters', 'S107', 'Major'],
  ['php/unreachable-code', 'S1763', 'Major'],
  ['php/unserialize', 'S4508', 'Critical'],
  ['ruby/deep-nesting', 'S134', 'Critical'],
  ['ruby/empty-rescue', 'S108', 'Major'],
  ['ruby/too-many-parameters', 'S107', 'Major'],
  ['ruby/unreachable-code', 'S1763', 'Major'],
  ['rust/too-many-parameters', 'S107', 'Major'],
  ['scala/boolean-comparison', 'S1125', 'Minor'],
  ['scala/deep-nesting', 'S134', 'Critical'],
  ['scala/empty-catch-case', 'S108', 'Major'],
  ['scala/too-many-parameters', 'S107', 'Major'],
  ['shell/backticks', 'S7689', 'Minor'],
  ['shell/unquoted-test-operand', 'S6570', 'Major'],
];

const BY_RULE = new Map(EQUIVALENTS.map(([rule, key, severity]) => [rule, { key, severity }]));

export function builtInSonarEquivalent(ruleId: string): SonarEquivalent | undefined {
  return BY_RULE.get(ruleId);
}

/** Every built-in rule with a SonarQube equivalent, by rule id, for the table in docs/rules.md. */
export function builtInSonarEquivalents(): readonly (readonly [string, SonarEquivalent])[] {
  return [...BY_RULE];
}
