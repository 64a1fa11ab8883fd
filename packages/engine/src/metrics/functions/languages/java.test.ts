import { describeFunctionCases, lines } from '../conformance.case.js';

// Expected CCN and parameters are lizard's own output on this source (`python3 lizard.py T.java`).
describeFunctionCases('java', [
  {
    name:
      'constructors and methods, wildcards that are no decisions, ' +
      'lambdas counted in their method, abstract methods skipped',
    source: lines(
      'class A {',
      '  A(int x) { this.x = x > 0 ? x : 0; }',
      '  int m(java.util.List<?> xs, String... rest) {',
      '    outer:',
      '    for (Object o : xs) {',
      '      for (int i = 0; i < 3; i++) {',
      '        if (o == null && i > 0 || i < 0) continue outer;',
      '      }',
      '    }',
      '    try { run(() -> { if (x) return; }); } catch (RuntimeException e) { } finally { }',
      '    switch (x) { case 1 -> a(); case 2 -> b(); default -> c(); }',
      '    do { x--; } while (x > 0);',
      '    if (x == 1) { } else if (x == 2) { } else { }',
      '    return 0;',
      '  }',
      '  abstract void n();',
      '}',
    ),
    functions: [
      { functionName: 'A::A', lineStart: 2, nbParameters: 1, complexity: 2, cognitiveComplexity: 1, nestingDepth: 1 },
      // cognitive: for 1, for 2, if 3, `&& ||` 2, `continue outer` 1,
      // catch 1, if in lambda 2, switch 1, do 1, if 1, else if 1, else 1
      {
        functionName: 'A::m',
        lineStart: 3,
        lineEnd: 15,
        nbParameters: 2,
        complexity: 13,
        cognitiveComplexity: 17,
        nestingDepth: 3,
      },
    ],
  },
]);
