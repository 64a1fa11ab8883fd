import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

const PLACEHOLDERS = new Set(['todo', 'unimplemented']);

/**
 * `unimplemented!()` as the whole body of a method of a trait implementation: the trait asks for the method and this
 * type does not support it, as Java's `UnsupportedOperationException` says (serde's doc-only `Error` impls). `todo!()`
 * says the work is pending, and is still reported.
 */
function unsupportedTraitMethod(node: SyntaxNode, name: string): boolean {
  if (name !== 'unimplemented') return false;
  const statement = node.parent?.type === 'expression_statement' ? node.parent : node;
  const body = statement.parent;
  const impl = body?.parent?.parent?.parent;
  return (
    body?.type === 'block' &&
    body.namedChildren.filter((child) => child?.type !== 'line_comment' && child?.type !== 'block_comment').length ===
      1 &&
    body.parent?.type === 'function_item' &&
    impl?.type === 'impl_item' &&
    impl.childForFieldName('trait') !== null
  );
}

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
    // Clippy's restriction group, which projects opt into: on only where the project's Cargo lints enable it.
    enabledByDefault: false,
    // A test's stub (a trait method it never calls) fails that test if reached; nothing ships with it.
    appliesToTests: false,
    docs: {
      whatItFinds:
        '`todo!()` and `unimplemented!()` left in main code (Clippy `todo`, `unimplemented`); a test stub that ' +
        'the test never calls, and an example program, are left alone, and so is `unimplemented!()` as the whole ' +
        'body of a trait method the type does not support.',
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
        if (!name || !PLACEHOLDERS.has(name) || unsupportedTraitMethod(node, name)) return;
        context.report({
          node,
          message: `\`${name}!()\` panics when this code is reached.`,
          help: 'Finish the implementation, or return an error the caller can handle.',
        });
      },
    };
  },
};
