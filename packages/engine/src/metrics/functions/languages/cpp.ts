import { setOf, type FunctionSpec } from '../spec.js';
import { cSpec } from './c.js';

/** C++ as lizard's CLikeReader reads it: C plus `catch`; lambdas belong to the function around them. */
export const cppSpec: FunctionSpec = {
  ...cSpec,
  ccnTokens: new Map([...cSpec.ccnTokens, ['catch', 1]]),
  nesting: new Set([...cSpec.nesting, 'for_range_loop', 'catch_clause']),
  nestingOnly: setOf('lambda_expression'),
  misparsedKeywords: setOf('identifier', 'type_identifier', 'field_identifier'),
};
