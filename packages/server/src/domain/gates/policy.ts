import { Invalid } from '../errors.js';

export const RATINGS = ['A', 'B', 'C', 'D', 'E'] as const;
export type Rating = (typeof RATINGS)[number];

/** The gate's thresholds, by CodeStax's names: counts and complexity on new code, percentages, a worst rating. */
export interface GatePolicy {
  new_critical_max: number;
  new_high_max: number;
  duplication_pct_max: number;
  complexity_new_max: number;
  rating_min: Rating;
  new_coverage_min: number;
}

/** What an organization that never saved a policy is held to. */
export const DEFAULT_POLICY: Readonly<GatePolicy> = {
  new_critical_max: 0,
  new_high_max: 2,
  duplication_pct_max: 3.0,
  complexity_new_max: 15,
  rating_min: 'C',
  new_coverage_min: 80.0,
};

type Check = (value: unknown) => boolean;

const count: Check = (value) => Number.isSafeInteger(value) && (value as number) >= 0;
const percent: Check = (value) => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100;

/** Each key's test and what it expects, as a refusal says it. */
const KEYS: Record<keyof GatePolicy, { test: Check; expected: string }> = {
  new_critical_max: { test: count, expected: 'an integer of at least 0' },
  new_high_max: { test: count, expected: 'an integer of at least 0' },
  duplication_pct_max: { test: percent, expected: 'a number from 0 to 100' },
  complexity_new_max: {
    test: (value) => Number.isSafeInteger(value) && (value as number) >= 1,
    expected: 'an integer of at least 1',
  },
  rating_min: {
    test: (value) => typeof value === 'string' && (RATINGS as readonly string[]).includes(value),
    expected: `one of ${RATINGS.join(', ')}`,
  },
  new_coverage_min: { test: percent, expected: 'a number from 0 to 100' },
};

export const POLICY_KEYS = Object.keys(KEYS) as (keyof GatePolicy)[];

/**
 * A whole policy from what a client sent: keys it does not know are dropped, keys it left out (or sent as null) take
 * the default, and a known key of the wrong type or range is Invalid, named as `field.key`.
 */
export function requirePolicy(field: string, value: unknown): GatePolicy {
  if (value === undefined || value === null) return { ...DEFAULT_POLICY };
  if (typeof value !== 'object' || Array.isArray(value)) throw new Invalid(field, 'expected a JSON object');
  const given = value as Record<string, unknown>;
  const policy: Record<string, unknown> = {};
  for (const key of POLICY_KEYS) {
    const item = given[key];
    if (item === undefined || item === null) policy[key] = DEFAULT_POLICY[key];
    else if (KEYS[key].test(item)) policy[key] = item;
    else throw new Invalid(`${field}.${key}`, `expected ${KEYS[key].expected}`);
  }
  return policy as unknown as GatePolicy;
}

/** A stored policy read back: any key missing from an older row takes the default. */
export function storedPolicy(stored: Record<string, unknown>): GatePolicy {
  const policy: Record<string, unknown> = {};
  for (const key of POLICY_KEYS) policy[key] = KEYS[key].test(stored[key]) ? stored[key] : DEFAULT_POLICY[key];
  return policy as unknown as GatePolicy;
}
