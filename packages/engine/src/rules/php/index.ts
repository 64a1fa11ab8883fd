import type { Rule } from '../types.js';
import { rule as commandInjection } from './command-injection.js';
import { rule as commandInjectionHotspot } from './command-injection-hotspot.js';
import { rule as debugOutput } from './debug-output.js';
import { rule as deepNesting } from './deep-nesting.js';
import { rule as emptyCatch } from './empty-catch.js';
import { rule as errorSuppression } from './error-suppression.js';
import { rule as evalCall } from './eval.js';
import { rule as evalHotspot } from './eval-hotspot.js';
import { rule as extract } from './extract.js';
import { rule as extractHotspot } from './extract-hotspot.js';
import { rule as looseComparison } from './loose-comparison.js';
import { rule as tooManyParameters } from './too-many-parameters.js';
import { rule as unreachableCode } from './unreachable-code.js';
import { rule as unserialize } from './unserialize.js';
import { rule as unserializeHotspot } from './unserialize-hotspot.js';

/** Built-in rules for php: one file per rule, its table test beside it. */
export const PHP_RULES: readonly Rule[] = [
  commandInjection,
  commandInjectionHotspot,
  debugOutput,
  deepNesting,
  emptyCatch,
  errorSuppression,
  evalCall,
  evalHotspot,
  extract,
  extractHotspot,
  looseComparison,
  tooManyParameters,
  unreachableCode,
  unserialize,
  unserializeHotspot,
];
