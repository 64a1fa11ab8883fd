import { testRule } from '../rule-tester.case.js';
import { rule } from './deep-nesting.js';

testRule(rule, {
  valid: [
    `object A {
  def f() = {
    if (a) {
      for (x <- xs) {
        x match {
          case 1 => if (b) g()
        }
      }
    }
  }
}`,
    'object A {\n  def f() = if (a) 1 else if (b) 2 else if (c) 3 else if (d) 4 else if (e) 5 else 6\n}',
    'object A {\n  def f() = {\n    if (a) {\n      if (b) {\n        g(h(i(j(k(1)))))\n      }\n    }\n  }\n}',
    { code: 'object A {\n  def f() = if (a) { if (b) 1 else 2 } else 3\n}', options: { maxNestingDepth: 2 } },
    // `match` and `try` do not nest.
    `object A {
  def f() = {
    if (a) {
      for (x <- xs) {
        x match {
          case 1 =>
            try {
              if (b) { if (c) g() }
            } finally h()
        }
      }
    }
  }
}`,
    // Five levels of `if` and loops are within the default of 5 (revive max-control-nesting).
    `object A {
  def f() = {
    while (a) {
      if (b) {
        for (x <- xs) {
          if (c) {
            while (d) {
              g()
            }
          }
        }
      }
    }
  }
}`,
  ],
  invalid: [
    {
      code: `object A {
  def f() = {
    while (a) {
      if (b) {
        for (x <- xs) {
          if (c) {
            while (d) {
              if (e) {
                g()
              }
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
      code: `object A {
  def f() = {
    if (a) {
      for (x <- xs) {
        x match {
          case 1 =>
            try {
              while (b) {
                if (c) {
                  if (d) g()
                }
              }
            } finally h()
        }
      }
    }
  }
}`,
      options: { maxNestingDepth: 4 },
      errors: [{ line: 10, message: 'Code is nested 5 levels deep (more than 4).' }],
    },
    {
      code: 'object A {\n  def f() = {\n    while (a) {\n      if (b) {\n        if (c) g()\n      }\n    }\n  }\n}',
      options: { maxNestingDepth: 2 },
      errors: [{ line: 5, message: 'Code is nested 3 levels deep (more than 2).' }],
    },
  ],
});
