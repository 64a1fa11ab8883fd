import { testRule } from '../rule-tester.case.js';
import { rule } from './deep-nesting.js';

testRule(rule, {
  valid: [
    `<?php function f() {
    if ($a) {
        foreach ($xs as $x) {
            while ($b) {
                switch ($c) { case 1: break; }
            }
        }
    }
}`,
    '<?php if ($a) {} else if ($b) {} else if ($c) {} else if ($d) {} else if ($e) {} elseif ($f) {}',
    `<?php if ($a) {
    if ($b) {
        $f = function () {
            if ($c) { if ($d) { if ($e) {} } }
        };
    }
}`,
    { code: '<?php if ($a) { if ($b) {} }', options: { maxNestingDepth: 2 } },
    // `switch` and `try` do not nest.
    `<?php function f() {
    if ($a) {
        foreach ($xs as $x) {
            switch ($c) {
                case 1:
                    try {
                        while ($b) {
                            if ($d) { g(); }
                        }
                    } catch (E $e) {}
            }
        }
    }
}`,
    // Five levels of `if` and loops are within the default of 5 (revive max-control-nesting).
    `<?php
function f() {
    foreach ($xs as $x) {
      if ($a) {
        while ($b) {
          if ($c) {
            for (;;) {
              g();
            }
          }
        }
      }
    }
}`,
  ],
  invalid: [
    {
      code: `<?php
function f() {
    foreach ($xs as $x) {
      if ($a) {
        while ($b) {
          if ($c) {
            for (;;) {
              if ($d) {
                g();
              }
            }
          }
        }
      }
    }
}`,
      errors: [{ line: 8, message: 'Code is nested 6 levels deep (more than 5).' }],
    },
    {
      code: `<?php
function f() {
    if ($a) {
        foreach ($xs as $x) {
            while ($b) {
                try {
                    if ($c) {
                        if ($d) { g(); }
                    }
                } catch (E $e) {}
            }
        }
    }
}`,
      options: { maxNestingDepth: 4 },
      errors: [{ line: 8, message: 'Code is nested 5 levels deep (more than 4).' }],
    },
    {
      code: '<?php\nif ($a) {\n    if ($b) {\n        for (;;) {}\n    }\n}',
      options: { maxNestingDepth: 2 },
      errors: [{ line: 4, message: 'Code is nested 3 levels deep (more than 2).' }],
    },
  ],
});
