import { describeFunctionCases, lines } from '../conformance.case.js';

// Expected CCN and parameters are lizard's own output on this source (lizard 1.17, `python3 lizard.py t.py`).
describeFunctionCases('python', [
  {
    name:
      'if/elif/for/while/except/finally/and/or/case and ' +
      'comprehension clauses count; lambdas stay in their function',
    source: lines(
      'def f(a, b=1, *args, c, **kw):',
      '    """Docstring lines are',
      '    not code for lizard."""',
      '    if a and b or c:',
      '        pass',
      '    elif b:',
      '        pass',
      '    else:',
      '        pass',
      '    for x in [y for y in a if y]:',
      '        while x:',
      '            x = 1 if a else 2',
      '    try:',
      '        pass',
      '    except E:',
      '        pass',
      '    finally:',
      '        pass',
      '    match a:',
      '        case 1:',
      '            pass',
      '        case _:',
      '            pass',
      '    g = lambda v: v or a',
      '    def inner(p, /, q):',
      '        return p',
      '    return g',
    ),
    functions: [
      // cognitive: if 1, `and … or` 2, elif 1, else 1, for 1, while
      // 2, `x if c else y` 3, except 1, match 1, lambda's `or` 1
      {
        functionName: 'f',
        lineStart: 1,
        lineEnd: 27,
        length: 25,
        nbParameters: 5,
        complexity: 15,
        cognitiveComplexity: 14,
        nestingDepth: 3,
      },
      { functionName: 'inner', lineStart: 25, lineEnd: 26, nbParameters: 2, complexity: 1, cognitiveComplexity: 0 },
    ],
  },
]);
