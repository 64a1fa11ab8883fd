import type { Rule } from '../types.js';

const PLACEHOLDERS = new Set(['todo', 'unimplemented']);

export const rule: Rule = {
  meta: {
    id: 'rust/todo-macro',
    equivalents: { clippy: ['todo', 'unimplemented', 'restriction'] },
    tool: 'plumb',
    language: 'rust',
    category: 'Error_Prone',
    severity: 'moderate',
    labels: ['bug'],
    remediationMinutes: 30,
    // A test's stub (a trait method it never calls) fails that test if reached; nothing ships with it.
    appliesToTests: false,
    docs: {
      whatItFinds:
        '`todo!()` and `unimplemented!()` left in main code (Clippy `todo`, `unimplemented`); a test stub that ' +
        'the test never calls, and an example program, are left alone.',
      whyItMatters:
        'Both compile fine and panic when reached: an unfinished ' +
        'path ships as a crash waiting for the input that takes it.',
      example: {
        bad: 'fn parse(s: &str) -> Config {\n    todo!()\n}',
        good: 'fn parse(s: &str) -> Result<Config, ParseError> {\n    toml::from_str(s).map_err(ParseError::from)\n}',
      },
    },
  },
  create(context) {
    return {
      macro_invocation(node) {
        const macro = node.childForFieldName('macro');
        const name = macro?.type === 'scoped_identifier' ? macro.childForFieldName('name')?.text : macro?.text;
        if (!name || !PLACEHOLDERS.has(name)) return;
        context.report({
          node,
          message: `\`${name}!()\` panics when this code is reached.`,
          help: 'Finish the implementation, or return an error the caller can handle.',
        });
      },
    };
  },
};
