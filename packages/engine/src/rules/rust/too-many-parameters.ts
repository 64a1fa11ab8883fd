import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

const PARAMETERS = new Set(['parameter', 'self_parameter', 'variadic_parameter']);

/** A trait impl or an `extern` function has its signature fixed elsewhere, so Clippy leaves it alone too. */
function signatureIsImposed(fn: SyntaxNode): boolean {
  if (fn.namedChildren.some((child) => child?.type === 'function_modifiers' && child.namedChildren.some((modifier) => modifier?.type === 'extern_modifier'))) return true;
  const impl = fn.parent?.parent;
  return impl?.type === 'impl_item' && impl.childForFieldName('trait') !== null;
}

export const rule: Rule = {
  meta: {
    id: 'rust/too-many-parameters',
    tool: 'plumb',
    language: 'rust',
    category: 'Design',
    severity: 'moderate',
    labels: ['complexity'],
    remediationMinutes: 20,
    docs: {
      whatItFinds: 'A function with more parameters than `maxParameters` (7 by default), `self` included; trait implementations and `extern` functions are skipped (Clippy `too_many_arguments`).',
      whyItMatters: 'A long parameter list is hard to call correctly (arguments of the same type swap silently) and usually means some of them belong together in a struct.',
      example: {
        bad: 'fn draw(x: f32, y: f32, w: f32, h: f32, r: u8, g: u8, b: u8, alpha: u8) {}',
        good: 'fn draw(rect: Rect, color: Rgba) {}',
      },
    },
  },
  create(context) {
    return {
      function_item(node) {
        const count = (node.childForFieldName('parameters')?.namedChildren ?? []).filter((child) => child !== null && PARAMETERS.has(child.type)).length;
        if (count <= context.options.maxParameters || signatureIsImposed(node)) return;
        const name = node.childForFieldName('name');
        context.report({ node: name ?? node, message: `Function \`${name?.text ?? ''}\` has ${count} parameters (more than ${context.options.maxParameters}).`, help: 'Group related parameters into a struct, or split the function.' });
      },
    };
  },
};
