import { testRule } from '../rule-tester.case.js';
import { rule } from './extract.js';

testRule(rule, {
  valid: [
    // The caller's own options array, documented as extracted: not outside input by itself.
    '<?php\nfunction forHumans($syntax = null) {\n    if (is_array($syntax)) {\n        extract($syntax);\n    }\n}',
    '<?php\\extract($row);',
    // A template renderer handed request data still includes the template that reads it.
    "<?php\nfunction render() {\n    extract($_GET, EXTR_SKIP);\n    include 't.php';\n}",
  ],
  invalid: [
    {
      code: '<?php\nextract($_POST);',
      errors: [{ line: 2, message: '`extract()` creates variables from array keys.' }],
    },
    { code: '<?php\n$vars = $request->query->all();\nextract($vars);', errors: [{ line: 3 }] },
  ],
});
