import { rule as cRule } from '../c/unbounded-string-copy.js';
import { cppEditionOf } from './support/from-c.js';

export const rule = cppEditionOf(cRule, 'unbounded-string-copy', {
  example: {
    bad: 'char path[PATH_MAX];\nstd::strcpy(path, dir);\nstd::strcat(path, name);',
    good: 'std::string path = std::string(dir) + "/" + name;',
  },
});
