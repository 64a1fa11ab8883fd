import { testRule } from '../rule-tester.case.js';
import { rule } from './too-many-parameters.js';

testRule(rule, {
  valid: [
    '<?php function f($a, $b, $c, $d, $e, $f, $g) {}',
    `<?php class Dto {
    public function __construct(
        public int $a, public int $b, public int $c, public int $d,
        public int $e, public int $f, public int $g, public int $h,
    ) {}
}`,
    '<?php interface I { public function f($a, $b); }',
    { code: '<?php function f($a, $b) {}', options: { maxParameters: 2 } },
    // Eight parameters are within the default of 8 (revive argument-limit).
    '<?php function f($a, $b, $c, $d, $e, $f, $g, $h) {}',
  ],
  invalid: [
    {
      code: '<?php function f($a, $b, $c, $d, $e, $f, $g, $h, $i) {}',
      errors: [{ line: 1, message: 'Function `f` has 9 parameters (more than 8).' }],
    },
    {
      code: '<?php\nfunction ship($a, $b, $c, $d, $e, $f, $g, $h) {}',
      options: { maxParameters: 7 },
      errors: [{ line: 2, message: 'Function `ship` has 8 parameters (more than 7).' }],
    },
    {
      code: '<?php\nclass A {\n    public function m(int $a, $b, $c, $d, $e, $f, $g, ...$rest): void {}\n}',
      options: { maxParameters: 7 },
      errors: [{ line: 3 }],
    },
    {
      code: '<?php\n$f = function ($a, $b, $c) {};',
      options: { maxParameters: 2 },
      errors: [{ line: 2, message: 'Function `closure` has 3 parameters (more than 2).' }],
    },
  ],
});
