import type { Rule } from '../types.js';
import { rule as contextNotFirst } from './context-not-first.js';
import { rule as deepNesting } from './deep-nesting.js';
import { rule as deferInLoop } from './defer-in-loop.js';
import { rule as emptyErrorCheck } from './empty-error-check.js';
import { rule as errorNotLastResult } from './error-not-last-result.js';
import { rule as errorStringStyle } from './error-string-style.js';
import { rule as selfAssignment } from './self-assignment.js';
import { rule as shellCommandInjection } from './shell-command-injection.js';
import { rule as tooManyParameters } from './too-many-parameters.js';
import { rule as unreachableCode } from './unreachable-code.js';

/** Built-in rules for go: one file per rule, its table test beside it. */
export const GO_RULES: readonly Rule[] = [
  emptyErrorCheck,
  unreachableCode,
  deferInLoop,
  selfAssignment,
  shellCommandInjection,
  errorStringStyle,
  errorNotLastResult,
  contextNotFirst,
  tooManyParameters,
  deepNesting,
];
