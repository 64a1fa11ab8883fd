import { testRule } from '../rule-tester.case.js';
import { rule } from './deep-nesting.js';

testRule(rule, {
  valid: [
    'fn f() {\n    if a {\n        for x in y {\n            while b {\n                match c { _ => {} }\n            }\n        }\n    }\n}',
    'fn f() {\n    if a { 1 } else if b { 2 } else if c { 3 } else if d { 4 } else if e { 5 } else { 6 };\n}',
    'fn f() {\n    if a {\n        if b {\n            fn inner() {\n                if c {\n                    if d { if e {} }\n                }\n            }\n        }\n    }\n}',
    { code: 'fn f() {\n    if a {\n        if b {}\n    }\n}', options: { maxNestingDepth: 2 } },
    // `match` does not nest.
    'fn f() {\n    loop {\n        match t {\n            A => match u {\n                B => if a {\n                    while b {\n                        if c {}\n                    }\n                },\n                _ => {}\n            },\n            _ => {}\n        }\n    }\n}',
    // Five levels of `if` and loops are within the default of 5 (revive max-control-nesting).
    'fn f() {\n  loop {\n    if a {\n      while b {\n        if c {\n          for x in y {\n            g();\n          }\n        }\n      }\n    }\n  }\n}',
  ],
  invalid: [
    {
      code: 'fn f() {\n  loop {\n    if a {\n      while b {\n        if c {\n          for x in y {\n            if d {\n              g();\n            }\n          }\n        }\n      }\n    }\n  }\n}',
      errors: [{ line: 7, message: 'Code is nested 6 levels deep (more than 5).' }],
    },
    {
      code: 'fn f() {\n    if a {\n        for x in y {\n            while b {\n                match c {\n                    _ => if d {\n                        if e { go() }\n                    },\n                }\n            }\n        }\n    }\n}',
      options: { maxNestingDepth: 4 },
      errors: [{ line: 7, message: 'Code is nested 5 levels deep (more than 4).' }],
    },
    {
      code: 'fn f() {\n    loop {\n        if a {\n        } else if b {\n            for x in y {\n                if c {\n                    if d {\n                        if e {}\n                    }\n                }\n            }\n        }\n    }\n}',
      options: { maxNestingDepth: 4 },
      errors: [{ line: 7 }],
    },
    {
      code: 'fn f() {\n    if a {\n        if b {\n            if c {}\n        }\n    }\n}',
      options: { maxNestingDepth: 2 },
      errors: [{ line: 4, message: 'Code is nested 3 levels deep (more than 2).' }],
    },
    // Reported once per function, at the first structure too deep, as in Java, Go and C.
    {
      code: 'fn f() {\n    if a {\n        if b {\n            if c {}\n        }\n        if d {\n            if e {}\n        }\n    }\n}',
      options: { maxNestingDepth: 2 },
      errors: [{ line: 4 }],
    },
  ],
});
