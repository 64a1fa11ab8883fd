import type { SyntaxNode } from '../../parse/parser.js';
import { countChildrenOfType } from '../support/syntax.js';
import { tooManyParametersRule } from '../support/too-many-parameters-rule.js';

const PARAMETERS = new Set(['parameter', 'self_parameter', 'variadic_parameter']);

/** A trait impl or an `extern` function has its signature fixed elsewhere, so Clippy leaves it alone too. */
function signatureIsImposed(fn: SyntaxNode): boolean {
  if (
    fn.namedChildren.some(
      (child) =>
        child?.type === 'function_modifiers' &&
        child.namedChildren.some((modifier) => modifier?.type === 'extern_modifier'),
    )
  )
    return true;
  const impl = fn.parent?.parent;
  return impl?.type === 'impl_item' && impl.childForFieldName('trait') !== null;
}

export const rule = tooManyParametersRule({
  id: 'rust/too-many-parameters',
  equivalents: { clippy: ['too_many_arguments', 'complexity'] },
  language: 'rust',
  functionTypes: ['function_item'],
  countParameters: (fn) => countChildrenOfType(fn.childForFieldName('parameters'), PARAMETERS),
  signatureIsImposed,
  noun: 'Function',
  unnamed: '',
  help: 'Group related parameters into a struct, or split the function.',
  docs: {
    whatItFinds:
      'A function with more parameters than `maxParameters` (8 by default), `self` included; trait ' +
      'implementations and `extern` functions are skipped (Clippy `too_many_arguments`).',
    whyItMatters:
      'A long parameter list is hard to call correctly (arguments of the same type swap silently) and usually ' +
      'means some of them belong together in a struct.',
    example: {
      bad: 'fn draw(x: f32, y: f32, w: f32, h: f32, r: u8, g: u8, b: u8, alpha: u8) {}',
      good: 'fn draw(rect: Rect, color: Rgba) {}',
    },
  },
});
