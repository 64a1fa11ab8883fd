import { testRule } from '../rule-tester.case.js';
import { rule } from './eval.js';

testRule(rule, {
  valid: [
    "<?php eval('return 1;');",
    // A parameter, a property or a file the program reads is not outside input by itself.
    '<?php\nfunction mix($trait) {\n    return eval("return new class() extends Base {use $trait;};");\n}',
    '<?php\nclass P {\n    function load() {\n        eval("?>" . file_get_contents($this->file));\n    }\n}',
    // Outside input that a strict pattern admitted.
    "<?php\n$n = $_GET['n'];\nif (preg_match('/^\\d+$/', $n)) { eval('return ' . $n . ';'); }",
  ],
  invalid: [
    {
      code: "<?php\n$value = eval('return $config->' . $_GET['key'] . ';');",
      errors: [{ line: 2, message: '`eval()` runs a string as PHP code.' }],
    },
    { code: '<?php\n$code = file_get_contents("php://input");\neval($code);', errors: [{ line: 3 }] },
    {
      code:
        "<?php\nfunction calc($request) {\n    $expr = trim($request->get('expr'));\n" +
        '    return eval("return $expr;");\n}',
      errors: [{ line: 4 }],
    },
    {
      code: "<?php\n$n = $_GET['n'];\nif (preg_match('/[0-9]+/', $n)) { eval('return ' . $n . ';'); }",
      errors: [{ line: 3 }],
    },
  ],
});
