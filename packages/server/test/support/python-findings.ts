/** A Python module where Ruff finds an unused import (F401), a comparison with None (E711), an unused variable. */
export const PYTHON_WITH_FINDINGS = [
  'import os',
  '',
  'def f(x):',
  '    if x == None:',
  '        return eval(x)',
  '    password = 1',
  '',
].join('\n');
