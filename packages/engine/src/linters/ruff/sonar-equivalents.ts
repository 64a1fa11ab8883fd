import type { SonarEquivalent, SonarSeverity } from '../../findings/sonar-severity.js';

/**
 * Ruff rules that check what a SonarQube Python rule checks, with that rule's key and default severity
 * (SonarSource/rspec `rules/<key>/python/metadata.json`). Matched by what each rule reports, rule by rule: Ruff's
 * codes name the flake8 and pylint checks, Sonar's keys their own.
 */
const EQUIVALENTS: readonly [ruffCode: string, sonarKey: string, severity: SonarSeverity][] = [
  ['ARG001', 'S1172', 'Major'],
  ['ARG002', 'S1172', 'Major'],
  ['ARG003', 'S1172', 'Major'],
  ['ARG004', 'S1172', 'Major'],
  ['ARG005', 'S1172', 'Major'],
  ['B012', 'S1143', 'Critical'],
  ['B018', 'S905', 'Major'],
  ['C901', 'S1541', 'Critical'],
  ['E501', 'S103', 'Major'],
  ['E701', 'S122', 'Major'],
  ['E702', 'S122', 'Major'],
  ['ERA001', 'S125', 'Major'],
  ['F401', 'S1128', 'Minor'],
  ['F403', 'S2208', 'Critical'],
  ['F541', 'S3457', 'Major'],
  ['F632', 'S5795', 'Major'],
  ['F701', 'S1716', 'Critical'],
  ['F702', 'S1716', 'Critical'],
  ['F704', 'S2711', 'Blocker'],
  ['F706', 'S2711', 'Blocker'],
  ['F821', 'S3827', 'Blocker'],
  ['F841', 'S1481', 'Minor'],
  ['FIX001', 'S1134', 'Major'],
  ['FIX002', 'S1135', 'Info'],
  ['N801', 'S101', 'Minor'],
  ['N802', 'S1542', 'Major'],
  ['N803', 'S117', 'Minor'],
  ['N806', 'S117', 'Minor'],
  ['PIE790', 'S2772', 'Minor'],
  ['PLR0911', 'S1142', 'Major'],
  ['PLR0913', 'S107', 'Major'],
  ['PLR0915', 'S138', 'Major'],
  ['PLW0127', 'S1656', 'Major'],
  ['S102', 'S1523', 'Critical'],
  ['S105', 'S2068', 'Blocker'],
  ['S106', 'S2068', 'Blocker'],
  ['S107', 'S2068', 'Blocker'],
  ['S108', 'S5443', 'Critical'],
  ['S201', 'S4507', 'Minor'],
  ['S307', 'S1523', 'Critical'],
  ['S311', 'S2245', 'Critical'],
  ['S324', 'S4790', 'Critical'],
  ['S501', 'S4830', 'Critical'],
  ['S502', 'S4423', 'Critical'],
  ['S503', 'S4423', 'Critical'],
  ['S504', 'S4423', 'Critical'],
  ['S608', 'S2077', 'Major'],
  ['SIM102', 'S1066', 'Major'],
  ['SIM114', 'S1871', 'Major'],
  ['TRY203', 'S2737', 'Minor'],
  ['W291', 'S1131', 'Minor'],
  ['W293', 'S1131', 'Minor'],
];

const BY_CODE = new Map(EQUIVALENTS.map(([code, key, severity]) => [code, { key, severity }]));

export function ruffSonarEquivalent(code: string): SonarEquivalent | undefined {
  return BY_CODE.get(code);
}

/** Every Ruff rule with a SonarQube equivalent, by code, for the table in docs/linters.md. */
export function ruffSonarEquivalents(): readonly (readonly [string, SonarEquivalent])[] {
  return [...BY_CODE];
}
