import { rule as cRule } from '../c/empty-if-statement.js';
import { cppEditionOf } from './support/from-c.js';

export const rule = cppEditionOf(cRule, 'empty-if-statement');
