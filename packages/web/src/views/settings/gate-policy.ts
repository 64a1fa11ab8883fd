import type { GateConfig, GatePolicy } from '../../api/settings.js';

/** Every key of the gate's policy (CodeStax's names), with its label and how the form asks for it. */
export const POLICY_FIELDS: { key: keyof GatePolicy; label: string; unit?: string }[] = [
  { key: 'new_critical_max', label: 'Critical issues allowed' },
  { key: 'new_high_max', label: 'High issues allowed' },
  { key: 'duplication_pct_max', label: 'Duplication at most', unit: '%' },
  { key: 'complexity_new_max', label: 'Cyclomatic complexity of a new function at most' },
  { key: 'new_coverage_min', label: 'Coverage of new code at least', unit: '%' },
];

export const RATINGS = ['A', 'B', 'C', 'D', 'E'];
export const POLICY_KEYS: (keyof GatePolicy)[] = [...POLICY_FIELDS.map((field) => field.key), 'rating_min'];

export type GateForm = Record<keyof GatePolicy, string> &
  Pick<GateConfig, 'enabled' | 'blockMergeOnFail' | 'appliesToNewCodeOnly'>;

export const formOf = (config: GateConfig): GateForm => ({
  enabled: config.enabled,
  blockMergeOnFail: config.blockMergeOnFail,
  appliesToNewCodeOnly: config.appliesToNewCodeOnly,
  ...(Object.fromEntries(POLICY_KEYS.map((key) => [key, String(config.policy[key])])) as Record<
    keyof GatePolicy,
    string
  >),
});

/** The form as the server takes it: numbers as typed (the server checks each range), the rating as chosen. */
export const configOf = (form: GateForm): Omit<GateConfig, 'version' | 'configured'> => ({
  enabled: form.enabled,
  blockMergeOnFail: form.blockMergeOnFail,
  appliesToNewCodeOnly: form.appliesToNewCodeOnly,
  policy: {
    ...(Object.fromEntries(POLICY_FIELDS.map(({ key }) => [key, Number(form[key])])) as Omit<GatePolicy, 'rating_min'>),
    rating_min: form.rating_min,
  },
});

/** The policy key a refusal of the server names (`policy.new_high_max: expected …`), to mark its field. */
export const refusedKey = (message: string | undefined): string | undefined =>
  message?.match(/^policy\.([a-z_]+):/)?.[1];
