import type { SyntaxNode } from '../../parse/parser.js';
import { isRubyTestFile } from '../support/files.js';
import type { SinkInputs } from '../support/security-hotspot.js';
import { outsideInputSentence, outsideOrigin } from './support/outside-input.js';
import type { Rule } from '../types.js';

/** `eval` as Kernel's: called bare, on `Kernel` or on a `binding`. */
function isKernelEval(call: SyntaxNode): boolean {
  if (call.childForFieldName('method')?.text !== 'eval') return false;
  const receiver = call.childForFieldName('receiver');
  return receiver === null || receiver.text === 'binding' || receiver.text === 'Kernel' || receiver.text === '::Kernel';
}

/** A string with no `#{}` in it is code the author wrote, not code built at run time. */
function isPlainString(node: SyntaxNode | null | undefined): boolean {
  return node?.type === 'string' && !node.namedChildren.some((child) => child?.type === 'interpolation');
}

/** The rule for outside input (`outside`), or its opt-in hotspot twin for any code (`any`). */
export const evalRule = (inputs: SinkInputs): Rule => ({
  meta: {
    id: 'ruby/eval',
    tool: 'plumb',
    language: 'ruby',
    category: 'Security',
    // A test evaluates its own code, with no input from users.
    appliesToTests: false,
    severity: 'high',
    labels: ['security'],
    remediationMinutes: 30,
    equivalents: { rubocop: 'Security/Eval' },
    docs: {
      whatItFinds:
        '`eval` (bare, `Kernel.eval` or `binding.eval`) on a string built at run time; a plain string literal, ' +
        'and test and spec files, are left alone.' +
        outsideInputSentence(inputs),
      whyItMatters:
        'Evaluating a dynamic string runs whatever code ends up in it: one unchecked input turns into remote ' +
        'code execution. It also defeats every static tool.',
      example: {
        bad: 'value = eval("settings.#{params[:key]}")',
        good: 'value = settings.public_send(ALLOWED_KEYS.fetch(params[:key]))',
      },
    },
  },
  create(context) {
    if (isRubyTestFile(context.filename)) return {};
    return {
      call(node) {
        if (!isKernelEval(node)) return;
        const code = node.childForFieldName('arguments')?.namedChildren[0];
        if (!code || isPlainString(code) || (inputs === 'outside' && !outsideOrigin(code))) return;
        context.report({
          node,
          message: '`eval` runs a string built at run time as Ruby code.',
          help:
            'Call the method directly, with `public_send` over an ' +
            'allow-list, or use a block form instead of a string.',
        });
      },
    };
  },
});

export const rule = evalRule('outside');
