import { testRule } from '../rule-tester.case.js';
import { rule } from './unserialize-hotspot.js';

testRule(rule, {
  valid: [
    "<?php $x = unserialize($s, ['allowed_classes' => false]);",
    "<?php $x = unserialize('a:0:{}');",
    '<?php $x = json_decode($s, true);',
    '<?php $x = $serializer->unserialize($s);',
    // A deep copy reads back what it just wrote; Serializable::unserialize gets the outer call's payload.
    '<?php\nclass Book {\n    public function __clone() { $this->pages = unserialize(serialize($this->pages)); }\n}',
    '<?php\nclass Frames implements Serializable {\n    public function unserialize($data) {\n' +
      '        $this->frames = unserialize($data);\n    }\n}',
  ],
  invalid: [
    {
      code: "<?php\n$cart = unserialize($_COOKIE['cart']);",
      errors: [{ line: 2, message: '`unserialize()` without `allowed_classes` can instantiate any class.' }],
    },
    { code: '<?php\nfunction load($f) {\n    return \\unserialize(file_get_contents($f));\n}', errors: [{ line: 3 }] },
    { code: '<?php\n$o = unserialize(base64_decode($token));', errors: [{ line: 2 }] },
    // Any other method, even one that serializes elsewhere or is named `unserialize`, is still reported.
    {
      code:
        '<?php\nclass Cache {\n    protected function unserialize($data) {\n' +
        '        return @unserialize($data);\n    }\n}',
      errors: [{ line: 4 }],
    },
    {
      code:
        '<?php\nclass Cache {\n    public function load($key) {\n' +
        '        return unserialize($this->read($key));\n    }\n}',
      errors: [{ line: 4 }],
    },
  ],
});
