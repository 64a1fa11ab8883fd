import { testRule } from '../rule-tester.case.js';
import { rule } from './deep-nesting.js';

testRule(rule, {
  valid: [
    'if a\n  if b\n    while c\n      if d\n        go\n      end\n    end\n  end\nend',
    'if a\n  x\nelsif b\n  y\nelsif c\n  z\nelsif d\n  w\nelsif e\n  v\nend',
    'def f\n  if a\n    if b\n      go\n    end\n  end\nend\ndef g\n  if a\n    if b\n      go\n    end\n  end\nend',
    { code: 'if a\n  if b\n    go\n  end\nend', options: { maxNestingDepth: 2 } },
    // `case` does not nest: a tokenizer's loop over a `case` of token kinds (sinatra's bundled okjson).
    `def lex(s)
  while s
    case s
    when /a/
      if b
        while c
          go if d
        end
      end
    end
  end
end`,
    // Five levels of `if` and loops are within the default of 5 (revive max-control-nesting).
    `def f
  while a
    if b
      until c
        if d
          while e
            go
          end
        end
      end
    end
  end
end`,
  ],
  invalid: [
    {
      code: `def f
  while a
    if b
      until c
        if d
          while e
            unless g
              go
            end
          end
        end
      end
    end
  end
end`,
      errors: [{ line: 7, message: 'Code is nested 6 levels deep (more than 5).' }],
    },
    {
      code: `def f
  if a
    if b
      while c
        if d
          go if e
        end
      end
    end
  end
end`,
      options: { maxNestingDepth: 4 },
      errors: [{ line: 6, message: 'Code is nested 5 levels deep (more than 4).' }],
    },
    {
      code: `items.each do |i|
  if a
    unless b
      case c
      when 1
        for x in y
          while z
            if w
              go
            end
          end
        end
      end
    end
  end
end`,
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
