import { describeFunctionCases, lines } from '../conformance.case.js';

describeFunctionCases('c', [
  {
    name: 'straight-line function: CCN 1, no cognitive complexity, NLOC without comments and blank lines',
    source: lines('/* header */', 'static int', 'add(int a, int b)', '{', '  // sum', '', '  return a + b;', '}'),
    functions: [
      {
        functionName: 'add',
        lineStart: 3,
        lineEnd: 8,
        length: 4,
        nbParameters: 2,
        complexity: 1,
        cognitiveComplexity: 0,
        nestingDepth: 0,
      },
    ],
  },
  {
    name: 'void and variadic parameters do not count, as in lizard',
    source: lines('void none(void) {}', 'int log_it(const char *fmt, ...) { return 0; }'),
    functions: [
      { functionName: 'none', nbParameters: 0 },
      { functionName: 'log_it', nbParameters: 1 },
    ],
  },
  {
    name: 'if, else if, else, &&, ||, for, while, do-while, case, ?: and goto',
    source: lines(
      'int f(int a, int b) {', //
      '  if (a && b || a) a = 1;', // CCN if + && + ||; cognitive if 1 + sequence && then || 2
      '  else if (b) a = 2;', // CCN if; cognitive else-if 1
      '  else a = 3;', // cognitive else 1
      '  for (;;) {', // CCN for; cognitive 1
      '    while (a) {', // CCN while; cognitive 1 + 1 nesting
      '      a = b ? 1 : 2;', // CCN ?; cognitive 1 + 2 nesting
      '    }', //
      '  }', //
      '  do { a--; } while (a);', // CCN while; cognitive 1
      '  switch (a) { case 1: break; case 2: break; default: goto out; }', // CCN 2 cases; cognitive switch 1, goto 1
      'out:', //
      '  return a;', //
      '}',
    ),
    functions: [{ complexity: 11, cognitiveComplexity: 14, nestingDepth: 3 }],
  },
  {
    name: '#if, #ifdef and #elif count once each, whatever their condition holds; #ifndef does not count',
    source: lines(
      'int f(void) {',
      '#if defined(A) && defined(B)',
      '  return 1;',
      '#elif C || D',
      '  return 2;',
      '#endif',
      '#ifdef E',
      '#endif',
      '#ifndef F',
      '#endif',
      '  return 0;',
      '}',
    ),
    functions: [{ complexity: 4, cognitiveComplexity: 0, length: 5 }],
  },
  {
    name: 'lizard uncounts an && followed by an assignment before any of ;{}) (its rvalue-reference rule)',
    source: lines('int f(int *p, int *q) {', '  while (p && (q = next(p)) != 0) p++;', '  return p && q;', '}'),
    functions: [{ complexity: 3 }],
  },
  {
    name: 'keywords that error recovery turns into identifiers still count (a macro without semicolon)',
    source: lines(
      'int f(int v) {',
      '  GET_VALUE(v)',
      '',
      '  if (v & P && v < 0) { x(); }',
      '  else if (v) { y(); } else { z(); }',
      '  return v;',
      '}',
    ),
    functions: [{ functionName: 'f', complexity: 4 }],
  },
]);
