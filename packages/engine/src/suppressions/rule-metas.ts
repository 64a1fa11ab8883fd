import { BUILT_IN_RULES } from '../rules/index.js';
import type { RuleMeta } from '../rules/types.js';
import { SECRET_RULES } from '../secrets/index.js';

let metas: ReadonlyMap<string, RuleMeta> | undefined;

/** The meta of one of Plumb's built-in or secret rules, whose `equivalents` suppressions are matched against. */
export function plumbRuleMeta(id: string): RuleMeta | undefined {
  metas ??= new Map(
    [...Object.values(BUILT_IN_RULES).flatMap((rules) => rules.map((rule) => rule.meta)), ...SECRET_RULES].map(
      (meta) => [meta.id, meta],
    ),
  );
  return metas.get(id);
}
