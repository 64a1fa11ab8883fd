import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'rust/dbg-macro',
    equivalents: { clippy: ['dbg_macro', 'restriction'] },
    tool: 'plumb',
    language: 'rust',
    category: 'Best_Practice',
    severity: 'moderate',
    labels: ['coding-style'],
    remediationMinutes: 2,
    // Clippy's restriction group, which projects opt into: on only where the project's Cargo lints enable it.
    enabledByDefault: false,
    docs: {
      whatItFinds: '`dbg!()` left in the code (Clippy `dbg_macro`).',
      whyItMatters:
        '`dbg!` is a debugging aid: it writes file, line and value to stderr ' +
        'in every build, release included, cluttering the output users see.',
      example: { bad: 'let total = dbg!(price * quantity);', good: 'let total = price * quantity;' },
    },
  },
  create(context) {
    return {
      macro_invocation(node) {
        const macro = node.childForFieldName('macro');
        const name = macro?.type === 'scoped_identifier' ? macro.childForFieldName('name')?.text : macro?.text;
        if (name !== 'dbg') return;
        context.report({
          node,
          message: '`dbg!` debugging output left in the code.',
          help: 'Remove it, or log through `tracing`/`log` at debug level.',
        });
      },
    };
  },
};
