import type { FunctionSpec } from './spec.js';

/** Whether the walker has anything to do on a node of this type beyond noting it as its children's parent type. */
function concerns(spec: FunctionSpec, type: string): boolean {
  const tables = [
    spec.functions,
    spec.ccnTokens,
    spec.ccnTokenParents,
    spec.directives,
    spec.directiveLines,
    spec.misparsedKeywords,
    spec.textTokens,
    spec.opaque,
    spec.comments,
    spec.nesting,
    spec.ifTypes,
    spec.flat,
    spec.labeledJumps,
    spec.nestingOnly,
    spec.logicalOperators,
    spec.nonCodeCandidates,
  ];
  return type === spec.elseKeyword || tables.some((table) => table?.has(type));
}

const built = new WeakMap<FunctionSpec, WeakMap<readonly (string | null)[], Uint8Array>>();

/**
 * Per grammar type id, 1 where a node of that type concerns the walker (see `concerns`) and 0 where it does not, so
 * most nodes cost one array read instead of a dozen lookups by name. Built once per spec and grammar.
 */
export function concernedTypes(spec: FunctionSpec, typeNames: readonly (string | null)[]): Uint8Array {
  let bySpec = built.get(spec);
  if (!bySpec) built.set(spec, (bySpec = new WeakMap()));
  let table = bySpec.get(typeNames);
  if (!table) {
    table = Uint8Array.from(typeNames, (type) => (type === null || concerns(spec, type) ? 1 : 0));
    bySpec.set(typeNames, table);
  }
  return table;
}
