import { testRule } from '../rule-tester.case.js';
import { rule } from './deep-nesting.js';

testRule(rule, {
  valid: [
    'if a\n  if b\n    while c\n      if d\n        go\n      end\n    end\n  end\nend',
    'if a\n  x\nelsif b\n  y\nelsif c\n  z\nelsif d\n  w\nelsif e\n  v\nend',
    'def f\n  if a\n    if b\n      go\n    end\n  end\nend\ndef g\n  if a\n    if b\n      go\n    end\n  end\nend',
    { code: 'if a\n  if b\n    go\n  end\nend', options: { maxNestingDepth: 2 } },
    // `case` does not nest: a tokenizer's loop over a `case` of token kinds (sinatra's bundled okjson).
    'def lex(s)\n  while s\n    case s\n    when /a/\n      if b\n        while c\n          go if d\n        end\n      end\n    end\n  end\nend',
    // Five levels of `if` and loops are within the default of 5 (revive max-control-nesting).
    'def f\n  while a\n    if b\n      until c\n        if d\n          while e\n            go\n          end\n        end\n      end\n    end\n  end\nend',
  ],
  invalid: [
    {
      code: 'def f\n  while a\n    if b\n      until c\n        if d\n          while e\n            unless g\n              go\n            end\n          end\n        end\n      end\n    end\n  end\nend',
      errors: [{ line: 7, message: 'Code is nested 6 levels deep (more than 5).' }],
    },
    {
      code: 'def f\n  if a\n    if b\n      while c\n        if d\n          go if e\n        end\n      end\n    end\n  end\nend',
      options: { maxNestingDepth: 4 },
      errors: [{ line: 6, message: 'Code is nested 5 levels deep (more than 4).' }],
    },
    {
      code: 'items.each do |i|\n  if a\n    unless b\n      case c\n      when 1\n        for x in y\n          while z\n            if w\n              go\n            end\n          end\n        end\n      end\n    end\n  end\nend',
      options: { maxNestingDepth: 4 },
      errors: [{ line: 8 }],
    },
    {
      code: 'if a\n  if b\n    if c\n      go\n    end\n  end\nend',
      options: { maxNestingDepth: 2 },
      errors: [{ line: 3, message: 'Code is nested 3 levels deep (more than 2).' }],
    },
  ],
});
