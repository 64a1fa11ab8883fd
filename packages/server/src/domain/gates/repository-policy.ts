import { parse } from 'yaml';
import { Invalid } from '../errors.js';
import { POLICY_KEYS, RATINGS, requirePolicy, type GatePolicy } from './policy.js';

/** Keys a repository may only lower (maxima) or raise (minima); `rating_min` may only be made stricter. */
const MINIMA: readonly (keyof GatePolicy)[] = ['new_coverage_min'];

/**
 * The organization's policy tightened by the `gate:` section of the repository's `.plumb.yml`: each key there
 * counts only when it is stricter than the organization's, so a repository can raise its bar, never lower it. A
 * section with a key of the wrong type is ignored whole (the engine, which reserves the section, does not check it).
 */
export function tightenedPolicy(policy: GatePolicy, section: Record<string, unknown>): GatePolicy {
  let given: GatePolicy;
  try {
    given = requirePolicy('gate', { ...policy, ...section });
  } catch (error) {
    if (error instanceof Invalid) return policy;
    throw error;
  }
  const tightened = { ...policy } as Record<keyof GatePolicy, number | string>;
  for (const key of POLICY_KEYS) {
    if (section[key] === undefined || section[key] === null) continue;
    if (key === 'rating_min')
      tightened.rating_min = RATINGS[Math.min(RATINGS.indexOf(policy.rating_min), RATINGS.indexOf(given.rating_min))]!;
    else if (MINIMA.includes(key)) tightened[key] = Math.max(policy[key] as number, given[key] as number);
    else tightened[key] = Math.min(policy[key] as number, given[key] as number);
  }
  return tightened as unknown as GatePolicy;
}

/** The `gate:` section of a configuration's YAML, when it has one. */
export function gateSection(configYaml: string | null | undefined): Record<string, unknown> | undefined {
  if (!configYaml) return undefined;
  let document: unknown;
  try {
    document = parse(configYaml);
  } catch {
    return undefined; // The engine refused such a file before any analysis could run with it.
  }
  const gate = (document as { gate?: unknown } | null)?.gate;
  return gate && typeof gate === 'object' && !Array.isArray(gate) ? (gate as Record<string, unknown>) : undefined;
}
