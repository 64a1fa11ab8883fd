import { describeFunctionCases, lines } from '../conformance.case.js';

// Expected CCN and parameters are lizard's own output on this source (`python3 lizard.py t.go`).
describeFunctionCases('go', [
  {
    name: 'methods and func literals; every case of switch and select counts, default does not',
    source: lines(
      'package p',
      '',
      'func (r *T) M(a, b int, c string) int {',
      '\tif a > 0 && b > 0 || c == "" {',
      '\t\treturn 1',
      '\t} else if a < 0 {',
      '\t\treturn 2',
      '\t} else {',
      '\t\treturn 3',
      '\t}',
      '\tfor i := 0; i < a; i++ {',
      '\t\tswitch i {',
      '\t\tcase 1, 2:',
      '\t\tdefault:',
      '\t\t}',
      '\t}',
      '\tselect {',
      '\tcase <-ch:',
      '\tcase v := <-ch2:',
      '\t\t_ = v',
      '\t}',
      '\tf := func(x int) bool { return x > 0 || x < -1 }',
      '\tgoto end',
      'end:',
      '\treturn 0',
      '}',
    ),
    functions: [
      // cognitive: if 1, `&& ||` 2, else if 1, else 1, for 1, switch 2, select 1, goto 1
      {
        functionName: 'M',
        lineStart: 3,
        lineEnd: 26,
        nbParameters: 3,
        complexity: 9,
        cognitiveComplexity: 10,
        nestingDepth: 2,
      },
      { functionName: '(anonymous)', lineStart: 22, nbParameters: 1, complexity: 2, cognitiveComplexity: 1 },
    ],
  },
]);
