import type { Rule } from '../types.js';
import { rule as backticks } from './backticks.js';
import { rule as cdWithoutExit } from './cd-without-exit.js';
import { rule as deepNesting } from './deep-nesting.js';
import { rule as forOverLs } from './for-over-ls.js';
import { rule as posixDoubleEquals } from './posix-double-equals.js';
import { rule as readWithoutR } from './read-without-r.js';
import { rule as rmUnguardedVariable } from './rm-unguarded-variable.js';
import { rule as unquotedTestOperand } from './unquoted-test-operand.js';
import { rule as unreachableCode } from './unreachable-code.js';

/** Built-in rules for shell: one file per rule, its table test beside it. */
export const SHELL_RULES: readonly Rule[] = [
  backticks,
  cdWithoutExit,
  deepNesting,
  forOverLs,
  posixDoubleEquals,
  readWithoutR,
  rmUnguardedVariable,
  unquotedTestOperand,
  unreachableCode,
];
