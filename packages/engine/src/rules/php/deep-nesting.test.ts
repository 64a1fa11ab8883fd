import { testRule } from '../rule-tester.case.js';
import { rule } from './deep-nesting.js';

testRule(rule, {
  valid: [
    '<?php function f() {\n    if ($a) {\n        foreach ($xs as $x) {\n            while ($b) {\n                switch ($c) { case 1: break; }\n            }\n        }\n    }\n}',
    '<?php if ($a) {} else if ($b) {} else if ($c) {} else if ($d) {} else if ($e) {} elseif ($f) {}',
    '<?php if ($a) {\n    if ($b) {\n        $f = function () {\n            if ($c) { if ($d) { if ($e) {} } }\n        };\n    }\n}',
    { code: '<?php if ($a) { if ($b) {} }', options: { maxNestingDepth: 2 } },
    // `switch` and `try` do not nest.
    '<?php function f() {\n    if ($a) {\n        foreach ($xs as $x) {\n            switch ($c) {\n                case 1:\n                    try {\n                        while ($b) {\n                            if ($d) { g(); }\n                        }\n                    } catch (E $e) {}\n            }\n        }\n    }\n}',
    // Five levels of `if` and loops are within the default of 5 (revive max-control-nesting).
    '<?php\nfunction f() {\n    foreach ($xs as $x) {\n      if ($a) {\n        while ($b) {\n          if ($c) {\n            for (;;) {\n              g();\n            }\n          }\n        }\n      }\n    }\n}',
  ],
  invalid: [
    {
      code: '<?php\nfunction f() {\n    foreach ($xs as $x) {\n      if ($a) {\n        while ($b) {\n          if ($c) {\n            for (;;) {\n              if ($d) {\n                g();\n              }\n            }\n          }\n        }\n      }\n    }\n}',
      errors: [{ line: 8, message: 'Code is nested 6 levels deep (more than 5).' }],
    },
    {
      code: '<?php\nfunction f() {\n    if ($a) {\n        foreach ($xs as $x) {\n            while ($b) {\n                try {\n                    if ($c) {\n                        if ($d) { g(); }\n                    }\n                } catch (E $e) {}\n            }\n        }\n    }\n}',
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
