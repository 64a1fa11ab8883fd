import { describeFunctionCases, lines } from '../conformance.case.js';

describeFunctionCases('javascript', [
  {
    name: 'declarations, expressions, arrows and methods are functions; nested ones count on their own',
    source: lines(
      'function outer(a, b) {', //
      '  const inner = (x) => x && a;', // arrow: CCN 2, cognitive 1
      '  return [1].map(function (y) { return y ? 1 : 0; });', // expression: CCN 2, cognitive 1
      '}', //
      'class A {', //
      '  m(x) { if (x) { return 1; } return 2; }', //
      '}',
      'const g = y => y;',
    ),
    functions: [
      { functionName: 'outer', lineStart: 1, lineEnd: 4, nbParameters: 2, complexity: 1, cognitiveComplexity: 0 },
      { functionName: 'inner', lineStart: 2, nbParameters: 1, complexity: 2, cognitiveComplexity: 1 },
      {
        functionName: '(anonymous)',
        lineStart: 3,
        nbParameters: 1,
        complexity: 2,
        cognitiveComplexity: 1,
        nestingDepth: 1,
      },
      { functionName: 'm', lineStart: 6, nbParameters: 1, complexity: 2, cognitiveComplexity: 1 },
      { functionName: 'g', lineStart: 8, nbParameters: 1, complexity: 1 },
    ],
  },
  {
    name: 'every decision point, with labelled jumps and else-if chains',
    source: lines(
      'function f(a, b) {',
      '  outer: for (const k in a) {', // CCN for; cognitive 1
      '    for (;;) { if (k) continue outer; }', // CCN for, if; cognitive 2 + 3 + labelled jump 1
      '  }',
      '  if (a) {} else if (b) {} else {}', // CCN 2; cognitive 1 + 1 + 1
      '  try { a(); } catch (e) { while (b) {} }', // CCN catch, while; cognitive 1 + 2
      '  do {} while (a);', // CCN while; cognitive 1
      '  switch (a) { case 1: case 2: break; default: }', // CCN 2; cognitive 1
      '  return a || b && a;', // CCN 2; cognitive 2
      '}',
    ),
    functions: [{ complexity: 13, cognitiveComplexity: 17, nestingDepth: 3 }],
  },
  {
    name: "question marks as lizard's tokenizer sees them: `a ?? b` is two, `x?.y` none, `f()?.y` one",
    source: lines(
      'function f(a, b, x) {',
      '  const c = a ?? b;',
      '  const d = x?.y;',
      '  const e = f()?.y;',
      '  a ||= b;',
      '  return c ? d : e;',
      '}',
    ),
    functions: [{ complexity: 6, cognitiveComplexity: 2 }],
  },
  {
    name: 'nothing inside a template literal counts, as lizard reads it as one token',
    source: lines('function f(a) {', '  return `${a ? 1 : 2} ${a && a}`;', '}'),
    functions: [{ complexity: 1 }],
  },
]);

describeFunctionCases('typescript', [
  {
    name: 'optional parameters and types are no decisions; signatures without a body are no functions',
    source: lines(
      'interface I { m(x?: number): void; }',
      'abstract class A {',
      '  abstract n(): void;',
      '  m(x?: number, y: string | undefined = undefined): number { return x ? 1 : 2; }',
      '}',
    ),
    functions: [{ functionName: 'm', lineStart: 4, nbParameters: 2, complexity: 2, cognitiveComplexity: 1 }],
  },
]);
