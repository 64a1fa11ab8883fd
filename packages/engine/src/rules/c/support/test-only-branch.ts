import type { SyntaxNode } from '../../../parse/parser.js';

/**
 * `REDIS_TEST`, `UNIT_TEST`, `TESTING`, `ENABLE_TESTS`,
 * `BUILD_TESTING`, `TEST_MAIN`: a macro that is defined to build tests.
 */
const TEST_MACRO = /(?:^|_)TEST(?:S|ING)?(?:_|$)/;

/**
 * The macro a conditional's first branch requires: `#ifdef M`,
 * `#if M` or `#if defined(M)`; none for `#ifndef` or an expression.
 */
function requiredMacro(conditional: SyntaxNode): string | undefined {
  if (conditional.type === 'preproc_ifdef')
    return conditional.child(0)?.type === '#ifdef' ? conditional.childForFieldName('name')?.text : undefined;
  const condition = conditional.childForFieldName('condition');
  if (condition?.type === 'identifier') return condition.text;
  if (condition?.type === 'preproc_defined')
    return condition.namedChildren.find((child) => child?.type === 'identifier')?.text;
  return undefined;
}

/**
 * Whether the node is in the first branch of an `#ifdef REDIS_TEST`-style conditional: code compiled only into the
 * test build (redis keeps each file's unit tests at its end that way), which rules skip as they skip test files.
 */
export function isInTestOnlyBranch(node: SyntaxNode): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type !== 'preproc_ifdef' && parent.type !== 'preproc_if') continue;
    const alternative = parent.childForFieldName('alternative');
    if (alternative && child.startIndex >= alternative.startIndex) continue;
    if (TEST_MACRO.test(requiredMacro(parent) ?? '')) return true;
  }
  return false;
}
