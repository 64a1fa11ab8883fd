import { testRule } from '../rule-tester.case.js';
import { rule } from './extract.js';

testRule(rule, {
  valid: [
    '<?php $zip->extract($dir);',
    '<?php Archive::extract($f);',
    '<?php extractData($x);',
    "<?php $name = $_POST['name'];",
  ],
  invalid: [
    {
      code: '<?php\nextract($_POST);',
      errors: [{ line: 2, message: '`extract()` creates variables from array keys.' }],
    },
    {
      code: "<?php\nfunction render($vars) {\n    extract($vars, EXTR_SKIP);\n    include 't.php';\n}",
      errors: [{ line: 3 }],
    },
    { code: '<?php\n\\extract($row);', errors: [{ line: 2 }] },
  ],
});
