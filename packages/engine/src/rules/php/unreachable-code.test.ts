import { testRule } from '../rule-tester.case.js';
import { rule } from './unreachable-code.js';

testRule(rule, {
  valid: [
    '<?php function f($a) {\n    if ($a) {\n        return 1;\n    }\n    return 2;\n}',
    '<?php switch ($a) {\n    case 1:\n        f();\n        break;\n    case 2:\n        g();\n}',
    '<?php function f() {\n    return 1;\n    // old code\n}',
    '<?php function f() {\n    return g();\n    function g() { return 1; }\n}',
    '<?php $x = $y ?? throw new E();\nf();',
    '<?php if ($done) { exit; } ?>\n<p>page</p>',
  ],
  invalid: [
    {
      code: '<?php\nfunction save($u) {\n    return false;\n    persist($u);\n}',
      errors: [{ line: 4, message: 'Unreachable code: the statement before it always leaves this block.' }],
    },
    { code: '<?php\nswitch ($a) {\n    case 1:\n        break;\n        f();\n}', errors: [{ line: 5 }] },
    { code: '<?php\nfunction f() {\n    throw new LogicException();\n    $x = 1;\n}', errors: [{ line: 4 }] },
    {
      code: `<?php
if ($bad) {
    die("bad");
    log_it();
}
foreach ($xs as $x) {
    continue;
    use_it($x);
}`,
      errors: [{ line: 4 }, { line: 8 }],
    },
    { code: '<?php\nif ($bad) {\n    exit(1);\n    cleanup();\n}', errors: [{ line: 4 }] },
  ],
});
