import type { SyntaxNode } from '../../parse/parser.js';
import { namedChildrenOf } from '../support/syntax.js';
import type { Rule } from '../types.js';

// Test helpers conventionally take the testing handle first.
const ALLOWED_BEFORE_CONTEXT = new Set(['*testing.T', '*testing.B', '*testing.F', 'testing.TB']);

export const rule: Rule = {
  meta: {
    id: 'go/context-not-first',
    equivalents: { golangci: ['revive'] },
    tool: 'plumb',
    language: 'go',
    category: 'Code_Style',
    severity: 'low',
    labels: ['coding-style'],
    remediationMinutes: 5,
    // Off by default, as revive is not among golangci-lint's default linters: maintainers accepted none of 2.
    enabledByDefault: false,
    docs: {
      whatItFinds:
        'A function whose `context.Context` parameter is not the first one (revive context-as-argument, Go ' +
        'Code Review Comments); a `*testing.T` before it is allowed.',
      whyItMatters:
        'Every Go API takes the context first; a function that breaks the convention is easy to call wrongly ' +
        'and stands out in every call chain.',
      example: {
        bad: 'func Fetch(url string, ctx context.Context) ([]byte, error)',
        good: 'func Fetch(ctx context.Context, url string) ([]byte, error)',
      },
    },
  },
  create(context) {
    const check = (node: SyntaxNode) => {
      const declarations = namedChildrenOf(node.childForFieldName('parameters') ?? node).filter(
        (child) => child.type === 'parameter_declaration',
      );
      const index = declarations.findIndex(
        (declaration) => declaration.childForFieldName('type')?.text === 'context.Context',
      );
      if (index <= 0) return;
      if (
        declarations
          .slice(0, index)
          .every((declaration) => ALLOWED_BEFORE_CONTEXT.has(declaration.childForFieldName('type')?.text ?? ''))
      )
        return;
      const name = node.childForFieldName('name')?.text ?? 'func';
      context.report({
        node: declarations[index]!,
        message: `\`${name}\` takes \`context.Context\` after other parameters.`,
        help: 'Make `ctx context.Context` the first parameter.',
      });
    };
    return { function_declaration: check, method_declaration: check };
  },
};
