import { describeFunctionCases } from '../conformance.case.js';

// Hand-counted from lizard's condition sets (lizard_languages/*.py); see docs/complexity.md.
describeFunctionCases('cpp', [
  {
    name: 'methods named by namespace and class; a lambda counts in its method; catch counts',
    source:
      'namespace n { class A { int m(int a) { auto l = [](int x) { return x ? 1 : 2; }; try { for (auto y : v) ' +
      '{} } catch (E e) {} return 0; } }; }',
    functions: [{ functionName: 'n::A::m', nbParameters: 1, complexity: 4, cognitiveComplexity: 4, nestingDepth: 1 }],
  },
]);

describeFunctionCases('rust', [
  {
    name: 'match counts once (not per arm), every ? counts, closures stay in their function',
    source:
      'fn f(a: i32, b: u8) -> R { let c = |x| x + 1; if a > 0 && b { ' +
      '} else if x { } match v { 1 => a?, _ => {} } loop { break; } }',
    functions: [{ functionName: 'f', nbParameters: 2, complexity: 6, cognitiveComplexity: 5, nestingDepth: 1 }],
  },
]);

describeFunctionCases('ruby', [
  {
    name: 'unless does not count for lizard, rescue and ?: do; blocks nest without counting',
    source: `def f(a, b = 1)
 x = a ? 1 : 2 unless b
 if a then 1 elsif b then 2 else 3 end
 [1].each { |x| x && y }
rescue E
end
`,
    functions: [
      {
        functionName: 'f',
        lineStart: 1,
        lineEnd: 6,
        nbParameters: 2,
        complexity: 6,
        cognitiveComplexity: 8,
        nestingDepth: 2,
      },
    ],
  },
]);

describeFunctionCases('php', [
  {
    name: 'elseif and foreach count, ?: and ?? do not; arrow functions are functions',
    source:
      '<?php function f($a, $b) { $x = $a ?: 1; $y = $a ?? 2; if ($a) {} elseif ($b) {} else if ($c) {} ' +
      'foreach ($a as $v) {} $f = fn($x) => $x && $y; }',
    functions: [
      { functionName: '(anonymous)', nbParameters: 1, complexity: 2, cognitiveComplexity: 1 },
      { functionName: 'f', nbParameters: 2, complexity: 5, cognitiveComplexity: 5 },
    ],
  },
]);

describeFunctionCases('scala', [
  {
    name: 'operators found by their text; every case counts; curried parameter lists add up',
    source:
      'object O { def f(a: Int)(b: Int): Int = { if (a > 0 && b > 1) 1 ' +
      'else if (b) 2 else 3; x match { case 1 => 2; case _ => 3 } } }',
    functions: [{ functionName: 'f', nbParameters: 2, complexity: 6, cognitiveComplexity: 5, nestingDepth: 1 }],
  },
]);

describeFunctionCases('shell', [
  {
    name: 'if counts; a function takes no declared parameters',
    source: 'f() {\n if [ -z "$1" ]; then echo; fi\n}\n',
    functions: [
      {
        functionName: 'f',
        lineStart: 1,
        lineEnd: 3,
        nbParameters: 0,
        complexity: 2,
        cognitiveComplexity: 1,
        nestingDepth: 1,
      },
    ],
  },
]);
