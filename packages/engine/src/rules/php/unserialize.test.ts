import { testRule } from '../rule-tester.case.js';
import { rule } from './unserialize.js';

testRule(rule, {
  valid: [
    "<?php $x = unserialize($s, ['allowed_classes' => false]);",
    "<?php $x = unserialize('a:0:{}');",
    '<?php $x = json_decode($s, true);',
    '<?php $x = $serializer->unserialize($s);',
  ],
  invalid: [
    {
      code: "<?php\n$cart = unserialize($_COOKIE['cart']);",
      errors: [{ line: 2, message: '`unserialize()` without `allowed_classes` can instantiate any class.' }],
    },
    { code: '<?php\nfunction load($f) {\n    return \\unserialize(file_get_contents($f));\n}', errors: [{ line: 3 }] },
    { code: '<?php\n$o = unserialize(base64_decode($token));', errors: [{ line: 2 }] },
  ],
});
