import { rule as cRule } from '../c/format-string-not-literal.js';
import { cppEditionOf } from './support/from-c.js';

export const rule = cppEditionOf(cRule, 'format-string-not-literal', {
  example: { bad: 'std::printf(message.c_str());', good: 'std::printf("%s", message.c_str());' },
});
