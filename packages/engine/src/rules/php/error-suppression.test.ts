import { testRule } from '../rule-tester.case.js';
import { rule } from './error-suppression.js';

testRule(rule, {
  valid: [
    "<?php $id = $_GET['id'] ?? null;",
    '<?php $data = @file_get_contents($path);',
    '<?php @trigger_error("Method is deprecated", E_USER_DEPRECATED);',
    '<?php if (!@mkdir($dir)) { throw new RuntimeException($dir); }',
    '<?php $email = "a@b.c";',
    '<?php /** @var int $x */ $x = 1;',
    // An optional file: a cache entry not written yet, a localization that may be missing.
    "<?php\n@include_once $cacheFile;\n$types = (array) @include $dir . '/mime.types.php';",
  ],
  invalid: [
    {
      code: "<?php\n$id = @$_GET['id'];",
      errors: [{ line: 2, message: 'The `@` operator hides an undefined variable or key.' }],
    },
    { code: '<?php\nfunction f($row) {\n    return @$row->name . @$undefined;\n}', errors: [{ line: 3 }, { line: 3 }] },
  ],
});
