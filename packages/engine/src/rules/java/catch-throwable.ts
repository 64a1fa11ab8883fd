import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

const TOO_BROAD = new Set(['Throwable', 'Error', 'java.lang.Throwable', 'java.lang.Error']);
/** Reflective lookups that probe for an optional class or method: their failure is a `LinkageError` as often as an exception. */
const REFLECTIVE_PROBES = new Set(['forName', 'loadClass', 'getMethod', 'getDeclaredMethod', 'getField', 'getDeclaredField', 'getConstructor', 'getDeclaredConstructor', 'findClass', 'findVirtual', 'findStatic']);
const LITERALS = new Set(['true', 'false', 'null_literal', 'decimal_integer_literal', 'string_literal', 'character_literal', 'decimal_floating_point_literal']);

/** A fallback value: a literal, a constant name, or an empty collection (`Collections.emptySet()`, `List.of()`). */
function isFallbackValue(value: SyntaxNode | null): boolean {
  if (!value) return true;
  if (LITERALS.has(value.type) || value.type === 'identifier' || value.type === 'field_access') return true;
  if (value.type !== 'method_invocation') return false;
  const name = value.childForFieldName('name')?.text ?? '';
  return /^empty/.test(name) || (name === 'of' && value.childForFieldName('arguments')?.namedChildCount === 0);
}

/** A catch body that only records that the feature is missing: assigns fallback values, returns one, or does nothing. */
function onlyFallsBack(body: SyntaxNode): boolean {
  return body.namedChildren.every((statement) => {
    if (!statement || statement.type === 'line_comment' || statement.type === 'block_comment') return true;
    if (statement.type === 'return_statement') return isFallbackValue(statement.namedChildren[0] ?? null);
    const assignment = statement.type === 'expression_statement' ? statement.namedChildren[0] : null;
    return assignment?.type === 'assignment_expression' && isFallbackValue(assignment.childForFieldName('right'));
  });
}

/** `MethodHandle`'s signature-polymorphic calls: `invokeExact` and `invokeWithArguments` belong to it alone. */
const METHOD_HANDLE_ONLY = new Set(['invokeExact', 'invokeWithArguments']);
const METHOD_HANDLE_TYPES = new Set(['MethodHandle', 'java.lang.invoke.MethodHandle']);

/** Names of the fields and variables the file declares as `MethodHandle`. */
function methodHandleNames(root: SyntaxNode): Set<string> {
  const names = new Set<string>();
  for (const declaration of root.descendantsOfType(['field_declaration', 'local_variable_declaration', 'formal_parameter'])) {
    if (!declaration || !METHOD_HANDLE_TYPES.has(declaration.childForFieldName('type')?.text ?? '')) continue;
    const declarators = declaration.type === 'formal_parameter' ? [declaration] : declaration.childrenForFieldName('declarator');
    for (const declarator of declarators) {
      const name = declarator?.childForFieldName('name')?.text;
      if (name) names.add(name);
    }
  }
  return names;
}

/** Whether the `try` calls a `MethodHandle`, whose `invoke*` methods declare `throws Throwable`: nothing narrower compiles. */
function invokesMethodHandle(catchClause: SyntaxNode): boolean {
  const calls = catchClause.parent?.childForFieldName('body')?.descendantsOfType('method_invocation') ?? [];
  let handles: Set<string> | undefined;
  return calls.some((call) => {
    const name = call?.childForFieldName('name')?.text ?? '';
    if (METHOD_HANDLE_ONLY.has(name)) return true;
    if (name !== 'invoke') return false;
    handles ??= methodHandleNames(catchClause.tree.rootNode);
    return handles.has(call?.childForFieldName('object')?.text.replace(/^this\./, '') ?? '');
  });
}

/** Whether the `try` of this catch probes for an optional class or method by reflection. */
function probesReflectively(catchClause: SyntaxNode): boolean {
  const tryBody = catchClause.parent?.childForFieldName('body');
  return tryBody?.descendantsOfType('method_invocation').some((call) => REFLECTIVE_PROBES.has(call?.childForFieldName('name')?.text ?? '')) ?? false;
}

export const rule: Rule = {
  meta: {
    id: 'java/catch-throwable',
    tool: 'plumb',
    language: 'java',
    category: 'Error_Prone',
    severity: 'moderate',
    labels: ['bug', 'error-handling'],
    remediationMinutes: 10,
    docs: {
      whatItFinds: 'A catch clause for `Throwable` or `Error` that neither uses nor rethrows what it caught (PMD AvoidCatchingThrowable); catch-alls that log, store or rethrow the throwable are left alone, and so are those around a reflective probe for an optional class or method (`Class.forName`, `getMethod`, `getDeclaredMethod`) that only set a fallback value or return one, and those around a `MethodHandle` call (`invoke`, `invokeExact`, `invokeWithArguments` declare `throws Throwable`, so nothing narrower compiles).',
      whyItMatters: '`Error`s such as `OutOfMemoryError`, `StackOverflowError` and `AssertionError` mean the JVM or the program is in a state it cannot recover from; catching them hides the failure and carries on in that state.',
      example: {
        bad: 'try { return parse(text); } catch (Throwable t) { return null; }',
        good: 'try { return parse(text); } catch (ParseException e) { return null; }',
      },
    },
  },
  create(context) {
    return {
      catch_clause(node) {
        const caught = node.descendantsOfType('catch_type')[0];
        if (!caught) return;
        const broad = caught.namedChildren.find((type) => type !== null && TOO_BROAD.has(type.text));
        if (!broad) return;
        const body = node.childForFieldName('body');
        const name = node.descendantsOfType('catch_formal_parameter')[0]?.childForFieldName('name')?.text;
        // Handing the throwable on (rethrown, logged, stored for another thread) is how catch-alls are meant to be used.
        if (!body || !name || body.descendantsOfType('identifier').some((identifier) => identifier?.text === name)) return;
        if (body.descendantsOfType('throw_statement').length > 0) return;
        // A reflective probe for an optional feature (netty's ProtobufDecoder) fails with `NoSuchMethodError` or `LinkageError` too.
        if (probesReflectively(node) && onlyFallsBack(body)) return;
        if (invokesMethodHandle(node)) return;
        context.report({
          node: broad,
          message: `\`${broad.text}\` is caught and discarded, hiding errors the program cannot recover from.`,
          help: 'Catch `Exception` (or the specific exceptions thrown); if everything must be caught, log or rethrow it.',
        });
      },
    };
  },
};
