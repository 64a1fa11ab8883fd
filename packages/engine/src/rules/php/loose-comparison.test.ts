import { testRule } from '../rule-tester.case.js';
import { rule } from './loose-comparison.js';

testRule(rule, {
  valid: [
    '<?php if ($x === null) {}',
    '<?php if ($a == $b) {}',
    '<?php if ($x !== false) {}',
    '<?php $y = $x ?? null;',
    '<?php if ($n == 0) {}',
  ],
  invalid: [
    {
      code: '<?php\nif ($count == null) {\n    return;\n}',
      errors: [{ line: 2, message: 'Loose comparison `== null` also matches other falsy or truthy values.' }],
    },
    {
      code: '<?php\n$ok = FALSE != $r;\n$no = $r <> NULL;',
      errors: [
        { line: 2, message: 'Loose comparison `!= false` also matches other falsy or truthy values.' },
        { line: 3 },
      ],
    },
    {
      code: '<?php\nfunction f($a) {\n    return $a == true && $a->x == false;\n}',
      errors: [{ line: 3 }, { line: 3 }],
    },
  ],
});
