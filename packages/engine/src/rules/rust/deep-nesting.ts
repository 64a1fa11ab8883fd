import { codeNestedTooDeep, deepNestingRule } from '../support/deep-nesting-rule.js';

export const rule = deepNestingRule({
  id: 'rust/deep-nesting',
  equivalents: { clippy: ['excessive_nesting', 'complexity'] },
  language: 'rust',
  // Closures count in their function; code in consts and statics outside any function is measured too.
  scopes: ['function_item', 'impl_item', 'trait_item', 'mod_item', 'source_file'],
  shape: {
    levels: new Set(['if_expression', 'for_expression', 'while_expression', 'loop_expression']),
    boundaries: new Set(),
  },
  message: codeNestedTooDeep,
  help: 'Return early, use `let ... else`, or extract the inner part into a function.',
  docs: {
    whatItFinds:
      '`if` and loops nested deeper than `maxNestingDepth` (5 by default) inside one function; `match` adds no ' +
      'level and `else if` chains stay at one level, and the structure that crosses the limit is reported ' +
      'once; test code is skipped (SonarQube runs its nesting rule on main code only).',
    whyItMatters:
      'Each level of nesting is another condition a reader must hold in ' +
      'mind; deep nesting is where bugs hide and tests miss branches.',
    example: {
      bad: `for f in files {
    if let Ok(t) = read(f) {
        for l in t.lines() {
            if l.starts_with("#") {
                if verbose { println!("{l}"); }
            }
        }
    }
}`,
      good: 'for f in files {\n    let Ok(t) = read(f) else { continue };\n    print_comments(&t, verbose);\n}',
    },
  },
});
