import { testRule } from '../rule-tester.case.js';
import { rule } from './extract-hotspot.js';

testRule(rule, {
  valid: [
    '<?php $zip->extract($dir);',
    '<?php Archive::extract($f);',
    '<?php extractData($x);',
    "<?php $name = $_POST['name'];",
    // A template renderer: the variables are the template's, which the function then includes.
    "<?php\nfunction render($vars) {\n    extract($vars, EXTR_SKIP);\n    include 't.php';\n}",
    '<?php\ncall_user_func(function () {\n    extract(func_get_arg(1));\n    require func_get_arg(0);\n}, $t, $v);',
  ],
  invalid: [
    {
      code: '<?php\nextract($_POST);',
      errors: [{ line: 2, message: '`extract()` creates variables from array keys.' }],
    },
    // An include before the extract, or none at all, is no template handed its variables.
    {
      code: "<?php\nfunction save() {\n    include 'db.php';\n    extract($_POST);\n    store($name);\n}",
      errors: [{ line: 4 }],
    },
    { code: '<?php\n\\extract($row);', errors: [{ line: 2 }] },
  ],
});
