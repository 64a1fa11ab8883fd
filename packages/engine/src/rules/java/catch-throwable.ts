import type { SyntaxNode } from '../../parse/parser.js';
import { hasTrailingComment } from '../support/deliberate-catch.js';
import type { Rule } from '../types.js';
import { quotedCode } from '../support/quoted-code.js';
import { REFLECTIVE_PROBES } from '../support/reflective-probes.js';

const TOO_BROAD = new Set(['Throwable', 'Error', 'java.lang.Throwable', 'java.lang.Error']);
const LITERALS = new Set([
  'true',
  'false',
  'null_literal',
  'decimal_integer_literal',
  'string_literal',
  'character_literal',
  'decimal_floating_point_literal',
]);

/** A fallback value: a literal, a constant name, or an empty collection (`Collections.emptySet()`, `List.of()`). */
function isFallbackValue(value: SyntaxNode | null): boolean {
  if (!value) return true;
  if (LITERALS.has(value.type) || value.type === 'identifier' || value.type === 'field_access') return true;
  if (value.type !== 'method_invocation') return false;
  const name = value.childForFieldName('name')?.text ?? '';
  return /^empty/.test(name) || (name === 'of' && value.childForFieldName('arguments')?.namedChildCount === 0);
}

/**
 * A catch body that only records that the feature is missing: assigns fallback values, returns one, or does nothing.
 */
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
  for (const declaration of root.descendantsOfType([
    'field_declaration',
    'local_variable_declaration',
    'formal_parameter',
  ])) {
    if (!declaration || !METHOD_HANDLE_TYPES.has(declaration.childForFieldName('type')?.text ?? '')) continue;
    const declarators =
      declaration.type === 'formal_parameter' ? [declaration] : declaration.childrenForFieldName('declarator');
    for (const declarator of declarators) {
      const name = declarator?.childForFieldName('name')?.text;
      if (name) names.add(name);
    }
  }
  return names;
}

/**
 * Whether the `try` calls a `MethodHandle`, whose `invoke*`
 * methods declare `throws Throwable`: nothing narrower compiles.
 */
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

/**
 * Names that declare a caught exception deliberately ignored: IntelliJ's `ignore`/`ignored` (its catch inspections
 * skip them), PMD EmptyCatchBlock's `expected`, and Java 22's unnamed `_`.
 */
const IGNORED_NAMES = new Set(['ignore', 'ignored', 'expected', '_']);

/**
 * Whether the catch declares itself deliberate: an ignored name,
 * and a body that only falls back or gives its reason in a comment.
 */
function ignoresDeliberately(name: string, body: SyntaxNode): boolean {
  if (!IGNORED_NAMES.has(name)) return false;
  return (
    onlyFallsBack(body) ||
    body.namedChildren.some((child) => child?.type === 'line_comment' || child?.type === 'block_comment')
  );
}

/** Calls that wait and throw `InterruptedException`: a catch-all around them also swallows the interrupt. */
const INTERRUPTIBLE = new Set(['sleep', 'join', 'wait', 'await', 'take', 'acquire']);

/**
 * A body of comments only, none a to-do (`catch (Throwable t) { // ignore }`): the author says the swallow is meant,
 * as PMD EmptyCatchBlock's `allowCommentedBlocks` reads it; unless the `try` waits, where the interrupt is lost too.
 */
function ignoresWithComment(catchClause: SyntaxNode, body: SyntaxNode): boolean {
  const children = body.namedChildren.filter((child) => child !== null);
  if (
    children.length === 0 ||
    !children.every((child) => child.type === 'line_comment' || child.type === 'block_comment')
  )
    return false;
  if (children.some((comment) => /\b(?:TODO|FIXME|XXX)\b/.test(comment.text))) return false;
  const calls = catchClause.parent?.childForFieldName('body')?.descendantsOfType('method_invocation') ?? [];
  return !calls.some((call) => INTERRUPTIBLE.has(call?.childForFieldName('name')?.text ?? ''));
}

/** Whether an earlier clause of the same `try` catches `Error`, so that this catch-all never receives one. */
function errorsCaughtBefore(catchClause: SyntaxNode): boolean {
  for (let sibling = catchClause.previousNamedSibling; sibling; sibling = sibling.previousNamedSibling) {
    if (sibling.type !== 'catch_clause') continue;
    const types = sibling.descendantsOfType('catch_type')[0]?.namedChildren ?? [];
    if (types.some((type) => type?.text === 'Error' || type?.text === 'java.lang.Error')) return true;
  }
  return false;
}

/** Nodes that start code of their own: a catch inside one of these does not run while its class initializes. */
const BODY_BOUNDARIES = new Set(['method_declaration', 'constructor_declaration', 'lambda_expression', 'class_body']);

/**
 * Whether the catch runs while its class initializes (`static { }`): an `Error` escaping there fails the class for
 * good, every later use throwing `NoClassDefFoundError`, so a catch-all is how an optional capability stays optional.
 */
function inStaticInitializer(catchClause: SyntaxNode): boolean {
  for (let node = catchClause.parent; node; node = node.parent) {
    if (node.type === 'static_initializer') return true;
    if (BODY_BOUNDARIES.has(node.type)) return false;
  }
  return false;
}

/** Whether the `try` of this catch probes for an optional class or method by reflection. */
function probesReflectively(catchClause: SyntaxNode): boolean {
  const tryBody = catchClause.parent?.childForFieldName('body');
  return (
    tryBody
      ?.descendantsOfType('method_invocation')
      .some((call) => REFLECTIVE_PROBES.has(call?.childForFieldName('name')?.text ?? '')) ?? false
  );
}

export const rule: Rule = {
  meta: {
    id: 'java/catch-throwable',
    equivalents: { sonar: ['S1181'], pmd: ['AvoidCatchingThrowable'] },
    tool: 'plumb',
    language: 'java',
    category: 'Error_Prone',
    // A test catches what it makes the code throw, to assert on it.
    appliesToTests: false,
    severity: 'moderate',
    labels: ['bug', 'error-handling'],
    remediationMinutes: 10,
    // Off by default: maintainers accepted none of 3 on untuned repositories (deliberate boundaries and probes).
    enabledByDefault: false,
    docs: {
      whatItFinds:
        'A catch clause for `Throwable` or `Error` that neither uses nor rethrows what it caught (PMD ' +
        'AvoidCatchingThrowable); catch-alls that log, store or rethrow the throwable are left alone, ' +
        'and so are those around a reflective probe for an optional class or method (`Class.forName`, ' +
        '`getMethod`, `getDeclaredMethod`, `getDeclaredMethods`...) that only set a fallback value or return ' +
        'one, those around a ' +
        '`MethodHandle` call (`invoke`, `invokeExact`, `invokeWithArguments` declare `throws Throwable`, ' +
        'so nothing narrower compiles), a `Throwable` catch after a clause that catches `Error` (it ' +
        'receives no `Error`), and catch-alls that declare themselves deliberate: the parameter is named ' +
        '`ignore`, `ignored`, `expected` or `_` (the convention IntelliJ and PMD EmptyCatchBlock read as ' +
        'an exception ignored on purpose) and the body only falls back to a default value or gives its ' +
        'reason in a comment, or a comment follows the block on its line, or the body is only a comment (not ' +
        'a to-do) and the `try` waits on nothing interruptible (`sleep`, `join`, `wait`, `take`...: swallowing ' +
        'the interrupt stays reported); and catch-alls in a static ' +
        'initializer (`static { }`), where an `Error` ' +
        'that escapes fails the class for good (every later use throws `NoClassDefFoundError`), so ' +
        'catching everything is how a class keeps an optional capability optional.',
      whyItMatters:
        '`Error`s such as `OutOfMemoryError`, `StackOverflowError` and ' +
        '`AssertionError` mean the JVM or the program is in a state it cannot ' +
        'recover from; catching them hides the failure and carries on in that state.',
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
        // Handing the throwable on (rethrown, logged, stored for
        // another thread) is how catch-alls are meant to be used.
        if (!body || !name || body.descendantsOfType('identifier').some((identifier) => identifier?.text === name))
          return;
        if (body.descendantsOfType('throw_statement').length > 0) return;
        // A reflective probe for an optional feature (netty's ProtobufDecoder)
        // fails with `NoSuchMethodError` or `LinkageError` too.
        if (probesReflectively(node) && onlyFallsBack(body)) return;
        if (invokesMethodHandle(node)) return;
        // Named as ignored and doing nothing else, or saying why (netty's
        // `catch (Throwable ignored) { return Collections.emptySet(); }`).
        if (ignoresDeliberately(name, body)) return;
        // A comment after the block on its line says why (`catch (Throwable ex) { return "old"; } // no VERSION`).
        if (hasTrailingComment(body, context.source)) return;
        // `catch (Throwable t) { // ignore }`: a best-effort rollback or an optional backend's probe, said so.
        if (ignoresWithComment(node, body)) return;
        // netty's `EmptyByteBuf` and `OpenSsl` probe `Unsafe` and the native library while their class initializes.
        if (inStaticInitializer(node)) return;
        // `catch (Error e) { throw e; } catch (Throwable t)`: what reaches the catch-all is an exception.
        if (broad.text.endsWith('Throwable') && errorsCaughtBefore(node)) return;
        context.report({
          node: broad,
          message:
            `\`${quotedCode(broad.text)}\` is caught and discarded, ` +
            'hiding errors the program cannot recover from.',
          help:
            'Catch `Exception` (or the specific exceptions thrown); ' +
            'if everything must be caught, log or rethrow it.',
        });
      },
    };
  },
};
