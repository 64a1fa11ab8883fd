import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';
import { quotedCode } from '../support/quoted-code.js';

// Class types are the ones that slice and copy; `catch (int code)` is fine by value.
const CLASS_TYPES = new Set(['type_identifier', 'qualified_identifier', 'template_type']);

function caughtParameter(clause: SyntaxNode): SyntaxNode | undefined {
  return (
    clause.childForFieldName('parameters')?.namedChildren.find((child) => child?.type === 'parameter_declaration') ??
    undefined
  );
}

export const rule: Rule = {
  meta: {
    id: 'cpp/catch-by-value',
    equivalents: { clangTidy: ['misc-throw-by-value-catch-by-reference', 'cert-err09-cpp', 'cert-err61-cpp'] },
    tool: 'plumb',
    language: 'cpp',
    category: 'Error_Prone',
    severity: 'moderate',
    labels: ['bug', 'error-handling'],
    remediationMinutes: 5,
    docs: {
      whatItFinds:
        'An exception of class type caught by value, `catch (std::exception e)` (clang-tidy ' +
        'misc-throw-by-value-catch-by-reference, C++ Core Guidelines E.15, CERT ERR61-CPP).',
      whyItMatters:
        'Catching by value copies the exception and slices it to the caught type: a derived exception loses ' +
        'its type and its overridden `what()`, and rethrowing `e` throws the sliced copy.',
      example: {
        bad: 'try { load(); } catch (std::exception e) { log(e.what()); }',
        good: 'try { load(); } catch (const std::exception& e) { log(e.what()); }',
      },
    },
  },
  create(context) {
    return {
      catch_clause(node) {
        const parameter = caughtParameter(node);
        const type = parameter?.childForFieldName('type');
        if (!parameter || !type || !CLASS_TYPES.has(type.type)) return;
        const declarator = parameter.childForFieldName('declarator');
        if (declarator && declarator.type !== 'identifier') return;
        context.report({
          node: parameter,
          message: `Exception \`${quotedCode(type.text)}\` is caught by value, which copies and slices it.`,
          help: `Catch by reference to const: \`catch (const ${type.text}& ${declarator?.text ?? 'e'})\`.`,
        });
      },
    };
  },
};
