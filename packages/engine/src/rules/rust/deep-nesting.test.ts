import { testRule } from '../rule-tester.case.js';
import { rule } from './deep-nesting.js';

testRule(rule, {
  valid: [
    `fn f() {
    if a {
        for x in y {
            while b {
                match c { _ => {} }
            }
        }
    }
}`,
    'fn f() {\n    if a { 1 } else if b { 2 } else if c { 3 } else if d { 4 } else if e { 5 } else { 6 };\n}',
    `fn f() {
    if a {
        if b {
            fn inner() {
                if c {
                    if d { if e {} }
                }
            }
        }
    }
}`,
    { code: 'fn f() {\n    if a {\n        if b {}\n    }\n}', options: { maxNestingDepth: 2 } },
    // `match` does not nest.
    `fn f() {
    loop {
        match t {
            A => match u {
                B => if a {
                    while b {
                        if c {}
                    }
                },
                _ => {}
            },
            _ => {}
        }
    }
}`,
    // Five levels of `if` and loops are within the default of 5 (revive max-control-nesting).
    `fn f() {
  loop {
    if a {
      while b {
        if c {
          for x in y {
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
      code: `fn f() {
  loop {
    if a {
      while b {
        if c {
          for x in y {
            if d {
              g();
            }
          }
        }
      }
    }
  }
}`,
      errors: [{ line: 7, message: 'Code is nested 6 levels deep (more than 5).' }],
    },
    {
      code: `fn f() {
    if a {
        for x in y {
            while b {
                match c {
                    _ => if d {
                        if e { go() }
                    },
                }
            }
        }
    }
}`,
      options: { maxNestingDepth: 4 },
      errors: [{ line: 7, message: 'Code is nested 5 levels deep (more than 4).' }],
    },
    {
      code: `fn f() {
    loop {
        if a {
        } else if b {
            for x in y {
                if c {
                    if d {
                        if e {}
                    }
                }
            }
        }
    }
}`,
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
      code: `fn f() {
    if a {
        if b {
            if c {}
        }
        if d {
            if e {}
        }
    }
}`,
      options: { maxNestingDepth: 2 },
      errors: [{ line: 4 }],
    },
  ],
});
