import { rule as cRule } from '../c/memset-swapped-arguments.js';
import { cppEditionOf } from './support/from-c.js';

export const rule = cppEditionOf(cRule, 'memset-swapped-arguments');
