import { testRule } from '../rule-tester.case.js';
import { rule } from './error-suppression.js';

testRule(rule, {
  valid: [
    '<?php $data = file_get_contents($path);',
    '<?php @trigger_error("Method is deprecated", E_USER_DEPRECATED);',
    '<?php $email = "a@b.c";',
    '<?php /** @var int $x */ $x = 1;',
  ],
  invalid: [
    { code: '<?php\n$data = @file_get_contents($path);', errors: [{ line: 2, message: 'The `@` operator silences every error of this expression.' }] },
    { code: '<?php\nif (!@mkdir($dir)) {\n    @unlink($lock);\n}', errors: [{ line: 2 }, { line: 3 }] },
    { code: '<?php\n$v = @$arr[\'key\'];', errors: [{ line: 2 }] },
  ],
});
