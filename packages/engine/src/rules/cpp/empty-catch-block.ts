import type { SyntaxNode } from '../../parse/parser.js';
import { followedByHandler, isDeliberateCatchName } from '../support/deliberate-catch.js';
import { isTestFile } from '../support/files.js';
import { codeChildrenOf } from '../support/syntax.js';
import type { Rule } from '../types.js';

/**
 * What `std::stoi`, `std::stod`... and `boost::lexical_cast` throw when the text is not a number, and `.at()` when
 * the key is missing: caught and dropped, the value keeps its default, the parse-or-default idiom.
 */
const CONVERSION_FAILURES = /^(?:const\s+)?(?:std::|boost::)?(?:invalid_argument|out_of_range|bad_lexical_cast)\b/;

const EXITS = new Set(['return_statement', 'throw_statement', 'break_statement', 'continue_statement']);
const FLOW = {
  blocks: new Set(['compound_statement']),
  loops: new Set(['while_statement', 'do_statement', 'for_statement', 'for_range_loop']),
  functions: new Set(['function_definition', 'lambda_expression']),
};

/** In a destructor, which must not throw: `try { close(); } catch (...) {}` is best-effort clean-up (C++ Core E.16). */
function inDestructor(node: SyntaxNode): boolean {
  for (let scope = node.parent; scope; scope = scope.parent) {
    if (scope.type === 'lambda_expression') return false;
    if (scope.type === 'function_definition')
      return scope.childForFieldName('declarator')?.descendantsOfType('destructor_name').length !== 0;
  }
  return false;
}

/**
 * A swallow that says it is deliberate: a conversion failure, a variable named `ignored` or `unused…`, or a `try`
 * that always returns, so the code after it is the handler (`try { return std::stod(s); } catch (...) {} return 0;`).
 */
function isDeliberate(clause: SyntaxNode): boolean {
  const parameter = clause.childForFieldName('parameters')?.namedChildren.find((child) => child !== null);
  const declarator = parameter?.childForFieldName('declarator');
  const name = declarator?.descendantsOfType('identifier').at(-1)?.text ?? declarator?.text;
  if (CONVERSION_FAILURES.test(parameter?.text ?? '') || isDeliberateCatchName(name)) return true;
  if (inDestructor(clause)) return true;
  const tryStatement = clause.parent;
  const last = codeChildrenOf(tryStatement?.childForFieldName('body') ?? clause).at(-1);
  return tryStatement !== null && last !== undefined && EXITS.has(last.type) && followedByHandler(tryStatement, FLOW);
}

export const rule: Rule = {
  meta: {
    id: 'cpp/empty-catch-block',
    equivalents: { clangTidy: ['bugprone-empty-catch'] },
    tool: 'plumb',
    language: 'cpp',
    category: 'Error_Prone',
    // In a test an empty catch after a failing assertion is how an expected exception is asserted.
    appliesToTests: false,
    severity: 'moderate',
    labels: ['bug', 'error-handling'],
    remediationMinutes: 10,
    docs: {
      whatItFinds:
        'A catch block with nothing in it, not even a comment saying why the exception may be ignored ' +
        '(clang-tidy bugprone-empty-catch). Test and fuzzing sources are skipped, and so are swallows that say ' +
        'they are deliberate: a failed conversion or lookup (`std::invalid_argument`, `std::out_of_range`, ' +
        '`boost::bad_lexical_cast`: the value keeps its default), a variable named `ignored` or `unused…`, and a ' +
        '`try` that always returns, whose handler is the code after it.',
      whyItMatters:
        'A swallowed exception hides a failure: the program goes on in a broken state and nobody learns why.',
      example: {
        bad: 'try { save(); } catch (const std::exception&) { }',
        good: 'try { save(); } catch (const std::exception& e) { log_error("save failed: ", e.what()); throw; }',
      },
    },
  },
  create(context) {
    // Tests expect exceptions and fuzzers ignore them on purpose.
    if (isTestFile(context.filename)) return {};
    return {
      catch_clause(node) {
        // A comment inside the block says swallowing is deliberate.
        if ((node.childForFieldName('body')?.namedChildCount ?? 1) > 0 || isDeliberate(node)) return;
        context.report({
          node,
          lineEnd: node.startPosition.row + 1,
          message: 'Empty catch block swallows the exception.',
          help: 'Handle, log or rethrow it; if ignoring it is deliberate, say why in a comment inside the block.',
        });
      },
    };
  },
};
