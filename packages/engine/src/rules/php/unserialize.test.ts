import { testRule } from '../rule-tester.case.js';
import { rule } from './unserialize.js';

testRule(rule, {
  valid: [
    "<?php $x = unserialize($_COOKIE['cart'], ['allowed_classes' => false]);",
    // The program's own data: a parameter, a cache file, its own serialized object with the class renamed.
    '<?php\nfunction load($f) {\n    return \\unserialize(file_get_contents($f));\n}',
    '<?php\nfunction copyAs($o, $class) {\n' +
      '    return unserialize(str_replace(get_class($o), $class, serialize($o)));\n}',
    '<?php\n$o = unserialize(base64_decode($token));',
    // The session is the server's own store, not the request.
    "<?php\nif (!empty($_SESSION['prefs'])) {\n    $prefs = unserialize($_SESSION['prefs']);\n}",
  ],
  invalid: [
    {
      code: "<?php\n$cart = unserialize($_COOKIE['cart']);",
      errors: [{ line: 2, message: '`unserialize()` without `allowed_classes` can instantiate any class.' }],
    },
    { code: "<?php\n$raw = base64_decode($_POST['state']);\n$o = unserialize($raw);", errors: [{ line: 3 }] },
    { code: "<?php\n$o = unserialize(filter_input(INPUT_GET, 'o'));", errors: [{ line: 2 }] },
  ],
});
