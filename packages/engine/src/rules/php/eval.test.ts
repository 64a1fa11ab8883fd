import { testRule } from '../rule-tester.case.js';
import { rule } from './eval.js';

testRule(rule, {
  valid: [
    '<?php $parser->eval($expr);',
    '<?php evaluate($code);',
    '<?php // eval($code);',
    '<?php Expr::eval($x);',
    // Behind a strict regex check: the code can only be arithmetic.
    `<?php
function calc($expr) {
    if (!preg_match('/^[0-9+*\\/() .-]+$/', $expr)) {
        throw new InvalidArgumentException('bad expression');
    }
    return eval('return ' . $expr . ';');
}`,
    '<?php\nif (preg_match(\'~\\A\\d+\\z~\', $n)) { $v = eval("return $n;"); }',
    "<?php\nif (preg_match('/^[a-z_]+$/D', $name) === 1 && $enabled) { eval('$x = ' . $name . '();'); }",
  ],
  invalid: [
    // A pattern that is not anchored, admits any character, or works per line checks nothing.
    {
      code: "<?php\nif (preg_match('/[0-9]+/', $n)) { eval('return ' . $n . ';'); }",
      errors: [{ line: 2 }],
    },
    {
      code: "<?php\nif (preg_match('/^.+$/', $n)) { eval('return ' . $n . ';'); }",
      errors: [{ line: 2 }],
    },
    {
      code: "<?php\nif (preg_match('/^\\d+$/m', $n)) { eval('return ' . $n . ';'); }",
      errors: [{ line: 2 }],
    },
    {
      code: "<?php\nif (preg_match('/^\\d+|x$/', $n)) { eval('return ' . $n . ';'); }",
      errors: [{ line: 2 }],
    },
    // The check is of another variable, is negated the wrong way, or the variable changes after it.
    {
      code: "<?php\nif (preg_match('/^\\d+$/', $a)) { eval('return ' . $a . $b . ';'); }",
      errors: [{ line: 2 }],
    },
    {
      code: "<?php\nif (!preg_match('/^\\d+$/', $n)) { eval('return ' . $n . ';'); }",
      errors: [{ line: 2 }],
    },
    {
      code: "<?php\nif (!preg_match('/^\\d+$/', $n)) { throw new E(); }\n$n = $_GET['n'];\neval('return ' . $n . ';');",
      errors: [{ line: 4 }],
    },
    {
      code: "<?php\nif (!preg_match('/^\\d+$/', $n)) { log('bad'); }\neval('return ' . $n . ';');",
      errors: [{ line: 3 }],
    },
    { code: '<?php\n$v = eval($code);', errors: [{ line: 2, message: '`eval()` runs a string as PHP code.' }] },
    { code: '<?php\nfunction f() {\n    return EVAL("return 1;");\n}', errors: [{ line: 3 }] },
    { code: "<html>\n<?php eval('$x = ' . $_GET['v'] . ';'); ?>\n</html>", errors: [{ line: 2 }] },
  ],
});
