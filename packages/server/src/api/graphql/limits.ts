import {
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { CodigaError } from './errors.js';

/** The deepest nesting of fields a document may ask for (introspection's own fields aside). */
export const MAX_DEPTH = 10;

/**
 * The most a document may cost: each field counts 1, and a list field's selection counts once per item its
 * `howmany` asks for, so `projects(howmany: 100) { lastAnalysis { violations(howmany: 100) { line } } }` costs
 * 10,201 and a thousand projects with a thousand violations each is refused before any query runs.
 */
export const MAX_COST = 50_000;

/** Root fields outside Plumb that always answer nothing: what they select costs nothing (the IDEs ask 10,000 rules). */
const ALWAYS_EMPTY = new Set(['ruleSet', 'ruleSetsForClient']);

interface Walk {
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  variables: Readonly<Record<string, unknown>>;
}

/** A field's `howmany` (a literal or a variable), or 1 for a field without one. */
function itemsOf(field: FieldNode, walk: Walk): number {
  const argument = field.arguments?.find((arg) => arg.name.value === 'howmany');
  if (!argument) return 1;
  const value: ValueNode = argument.value;
  const number =
    value.kind === Kind.INT ? Number(value.value) : value.kind === Kind.VARIABLE ? walk.variables[value.name.value] : 1;
  return typeof number === 'number' && Number.isFinite(number) ? Math.max(1, number) : 1;
}

/** The fields of a selection set, fragments spread in place. */
function fieldsOf(selectionSet: SelectionSetNode, walk: Walk, seen = new Set<string>()): FieldNode[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf(selection.selectionSet, walk, seen);
    const name = selection.name.value;
    const fragment = walk.fragments.get(name);
    if (!fragment || seen.has(name)) return [];
    return fieldsOf(fragment.selectionSet, walk, new Set([...seen, name]));
  });
}

/** Depth and cost of a selection set; introspection (`__schema`, `__type`) counts as one field. */
function measure(selectionSet: SelectionSetNode, walk: Walk): { depth: number; cost: number } {
  let depth = 0;
  let cost = 0;
  for (const field of fieldsOf(selectionSet, walk)) {
    const inner =
      field.selectionSet && !field.name.value.startsWith('__') && !ALWAYS_EMPTY.has(field.name.value)
        ? measure(field.selectionSet, walk)
        : { depth: 0, cost: 0 };
    depth = Math.max(depth, 1 + inner.depth);
    cost += 1 + itemsOf(field, walk) * inner.cost;
  }
  return { depth, cost };
}

/** Refuses, before any resolver runs, an operation nested deeper than MAX_DEPTH or costing more than MAX_COST. */
export function enforceLimits(document: DocumentNode, variables: Record<string, unknown> | undefined): void {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const walk: Walk = { fragments, variables: variables ?? {} };
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const { depth, cost } = measure(definition.selectionSet, walk);
    if (depth > MAX_DEPTH)
      throw new CodigaError(
        'DEPTH_LIMIT_EXCEEDED',
        `the query nests ${depth} levels of fields; at most ${MAX_DEPTH} are served`,
        400,
      );
    if (cost > MAX_COST)
      throw new CodigaError(
        'COST_LIMIT_EXCEEDED',
        `the query costs ${cost} (each field 1, a list's fields once per item its howmany asks for); ` +
          `at most ${MAX_COST} is served: ask for fewer items or fields`,
        400,
      );
  }
}
