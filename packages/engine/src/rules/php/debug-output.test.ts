import { testRule } from '../rule-tester.case.js';
import { rule } from './debug-output.js';

testRule(rule, {
  valid: [
    '<?php $s = print_r($x, true);',
    '<?php error_log(var_export($x, true));',
    '<?php $dumper->var_dump($x);',
    // Captured into a string by an output buffer, or inside a function whose job is to dump.
    '<?php\nfunction render($vars) {\n    ob_start();\n    var_dump($vars);\n    return ob_get_clean();\n}',
    '<?php\nclass Handler {\n    protected function dump($var) {\n        var_dump($var);\n    }\n}',
    '<?php // var_dump($x);',
    '<?php echo json_encode($x);',
    '<?php if ($this->do_debug >= self::DEBUG_SERVER) {\n    foreach ($errors as $e) {\n        print_r($e);\n    }\n}',
    // The CLI's own operation or option asks for the dump.
    `<?php
foreach ($operations as $operation) {
    if ('dump' === $operation) {
        echo $dumper->dump($stmts);
    } elseif ('var-dump' === $operation) {
        var_dump($stmts);
    }
}`,
    "<?php\nswitch ($format) {\n    case 'dump':\n        var_dump($result);\n        break;\n}",
  ],
  invalid: [
    // Only the branch on the dump option is its output: the other branches are not.
    {
      code: "<?php\nif ('var-dump' === $op) {\n    echo 'x';\n} elseif ('json' === $op) {\n    var_dump($stmts);\n}",
      errors: [{ line: 5 }],
    },
    // A buffer started after the dump, or never read back, does not capture it.
    {
      code: '<?php\nfunction f($x) {\n    var_dump($x);\n    ob_start();\n    return ob_get_clean();\n}',
      errors: [{ line: 3 }],
    },
    {
      code: '<?php\nvar_dump($order);\nreturn $order;',
      errors: [{ line: 2, message: 'Debug output `var_dump()` left in the code.' }],
    },
    {
      code: '<?php\nfunction f($x) {\n    print_r($x);\n    var_export($x, false);\n}',
      errors: [{ line: 3 }, { line: 4 }],
    },
    {
      code: '<?php\nclass C {\n    public function show($r) {\n        dd($r);\n    }\n}',
      errors: [{ line: 4, message: 'Debug output `dd()` left in the code.' }],
    },
  ],
});
