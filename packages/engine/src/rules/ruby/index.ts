import type { Rule } from '../types.js';
import { rule as commandInjection } from './command-injection.js';
import { rule as commandInjectionHotspot } from './command-injection-hotspot.js';
import { rule as debuggerStatement } from './debugger-statement.js';
import { rule as deepNesting } from './deep-nesting.js';
import { rule as emptyRescue } from './empty-rescue.js';
import { rule as evalCall } from './eval.js';
import { rule as evalHotspot } from './eval-hotspot.js';
import { rule as marshalLoad } from './marshal-load.js';
import { rule as nilComparison } from './nil-comparison.js';
import { rule as rescueException } from './rescue-exception.js';
import { rule as tooManyParameters } from './too-many-parameters.js';
import { rule as unreachableCode } from './unreachable-code.js';

/** Built-in rules for ruby: one file per rule, its table test beside it. */
export const RUBY_RULES: readonly Rule[] = [
  commandInjection,
  commandInjectionHotspot,
  debuggerStatement,
  deepNesting,
  emptyRescue,
  evalCall,
  evalHotspot,
  marshalLoad,
  nilComparison,
  rescueException,
  tooManyParameters,
  unreachableCode,
];
