import { controlFlowNestedTooDeep, deepNestingRule } from '../support/deep-nesting-rule.js';

export const rule = deepNestingRule({
  id: 'java/deep-nesting',
  equivalents: { sonar: ['S134'], pmd: ['AvoidDeeplyNestedIfStmts'] },
  language: 'java',
  scopes: ['method_declaration', 'constructor_declaration', 'compact_constructor_declaration'],
  shape: {
    levels: new Set(['if_statement', 'for_statement', 'enhanced_for_statement', 'while_statement', 'do_statement']),
    // Methods of anonymous and local classes are measured on their own; lambdas count in their method.
    boundaries: new Set(['class_body', 'interface_body', 'enum_body']),
  },
  message: controlFlowNestedTooDeep,
  help: 'Return early, invert conditions, or extract the inner block into a method.',
  docs: {
    whatItFinds:
      '`if` and loops nested deeper than the configured maximum (5 by default) inside one method; `switch` and ' +
      '`try` add no level (a dispatch is one decision, as an else-if chain is, and `try` adds no condition); ' +
      'reported once per method, at the first statement too deep (Checkstyle NestedIfDepth, NestedForDepth); ' +
      'test code is skipped (SonarQube runs its nesting rule on main code only). The default sets of Java linters ' +
      'leave it off too: SonarQube (Sonar way), Checkstyle (sun_checks, google_checks), PMD (quickstart).',
    whyItMatters:
      'Each level of nesting adds a condition the reader must hold in mind; ' +
      'deeply nested code is where bugs hide and is the hardest to test.',
    example: {
      bad:
        'for (Order o : orders) { if (o.isOpen()) { for (Line l : o.lines()) { if (l.isLate()) { if ' +
        '(l.canRetry()) { retry(l); } } } } }',
      good: 'for (Order o : openOrders()) { lateLines(o).stream().filter(Line::canRetry).forEach(this::retry); }',
    },
  },
});
