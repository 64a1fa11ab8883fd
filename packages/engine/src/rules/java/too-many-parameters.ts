import type { SyntaxNode } from '../../parse/parser.js';
import { codeChildrenOf, countChildrenOfType } from '../support/syntax.js';
import { tooManyParametersRule } from '../support/too-many-parameters-rule.js';

const PARAMETER_TYPES = new Set(['formal_parameter', 'spread_parameter']);

function modifierTexts(method: SyntaxNode): string[] {
  const modifiers = method.namedChildren.find((child) => child?.type === 'modifiers');
  return modifiers?.children.flatMap((child) => (child ? [child.text] : [])) ?? [];
}

const DEPRECATED = /^@(?:java\.lang\.)?Deprecated\b/;

/**
 * Argument checks a constructor may make before it stores its
 * arguments (`checkNotNull`, `requireNonNull`, `checkPositive`).
 */
const ARGUMENT_CHECK = /^(?:check|require|validate)[A-Z]/;

/**
 * `this.x = x`, `x = checkNotNull(x, "x")`, `super(a, b)` or an
 * argument check: a statement that only stores or checks an argument.
 */
function storesOrChecks(statement: SyntaxNode): boolean {
  if (statement.type === 'explicit_constructor_invocation') return true;
  if (statement.type !== 'expression_statement') return false;
  const expression = statement.namedChildren[0];
  if (expression?.type === 'assignment_expression')
    return ['field_access', 'identifier'].includes(expression.childForFieldName('left')?.type ?? '');
  return (
    expression?.type === 'method_invocation' && ARGUMENT_CHECK.test(expression.childForFieldName('name')?.text ?? '')
  );
}

const TYPE_DECLARATIONS = new Set([
  'class_declaration',
  'record_declaration',
  'enum_declaration',
  'interface_declaration',
  'annotation_type_declaration',
]);
const INTERFACE_BODIES = new Set(['interface_body', 'annotation_type_body']);

/**
 * Whether a declaration is visible outside its package: `public` or
 * `protected`, or a member of an interface that is not `private`.
 */
function declaredVisible(declaration: SyntaxNode): boolean {
  const modifiers = modifierTexts(declaration);
  if (modifiers.includes('public') || modifiers.includes('protected')) return true;
  return (
    declaration.type !== 'constructor_declaration' &&
    !modifiers.includes('private') &&
    INTERFACE_BODIES.has(declaration.parent?.type ?? '')
  );
}

/**
 * Whether code outside the package can call this method or constructor: it and every type around it are visible there.
 * An enum's constructor, a local or anonymous class's members and
 * private or package-private ones are the class's or the package's own.
 */
function isPublished(member: SyntaxNode): boolean {
  if (!declaredVisible(member)) return false;
  for (let node = member.parent; node; node = node.parent) {
    if (node.type === 'block' || node.type === 'object_creation_expression') return false;
    if (node.type === 'enum_declaration' && member.type === 'constructor_declaration') return false;
    if (TYPE_DECLARATIONS.has(node.type) && !declaredVisible(node)) return false;
  }
  return true;
}

/**
 * Overrides take the signature of the method they override; `native` methods that of the C function or system call
 * behind them; a constructor that only stores (and checks) its
 * arguments is a record spelled out, whose parameters are its fields.
 */
function signatureIsImposed(method: SyntaxNode): boolean {
  const modifiers = modifierTexts(method);
  if (modifiers.includes('@Override') || modifiers.includes('native')) return true;
  // A deprecated member is kept only so that callers still compile: its signature is frozen until it is removed.
  if (modifiers.some((modifier) => DEPRECATED.test(modifier))) return true;
  // An unpublished member's callers are its own class or package,
  // which change with it; the rule is about the API others call.
  if (!isPublished(method)) return true;
  if (method.type !== 'constructor_declaration') return false;
  const statements = codeChildrenOf(method.childForFieldName('body') ?? method);
  return statements.length > 0 && statements.every(storesOrChecks);
}

export const rule = tooManyParametersRule({
  id: 'java/too-many-parameters',
  equivalents: { sonar: ['S107'], pmd: ['ExcessiveParameterList'] },
  language: 'java',
  functionTypes: ['method_declaration', 'constructor_declaration'],
  countParameters: (method) => countChildrenOfType(method.childForFieldName('parameters'), PARAMETER_TYPES),
  signatureIsImposed,
  unnamed: 'method',
  help: 'Group related parameters into an object, or split the method.',
  docs: {
    whatItFinds:
      'A method or constructor declaring more parameters than the configured maximum (8 by default; Checkstyle ' +
      'ParameterNumber, PMD ExcessiveParameterList). Skipped: overrides and `native` methods, whose signature ' +
      'is set elsewhere; `@Deprecated` methods and constructors, kept unchanged for compatibility until they ' +
      'are removed; constructors that only store (and check) their arguments, records spelled out; methods and ' +
      'constructors that code outside the package cannot call (private or package-private, members of a type ' +
      'that is not itself visible outside its package or of a local or anonymous class, and the constructors ' +
      'of an enum): their callers are the class or package itself, which change with them in one commit, and ' +
      'an unpublished constructor is reached through the static factories or the builder of the class, the ' +
      'remedy Effective Java item 2 gives (IntelliJ ConstructorWithTooManyParameters has an option to ignore ' +
      'constructors by visibility); test code. SonarQube S107 also reports private methods; Plumb reports the ' +
      'parameter lists that callers outside the package have to get right, because over eight hand-checked ' +
      'samples 15 of the 18 reports maintainers rejected were on internal ones (docs/finding-precision.md).',
    whyItMatters:
      'Long parameter lists are hard to call correctly (arguments of the same type are easily swapped) and ' +
      'usually mean the method does too much or a concept is missing.',
    example: {
      bad:
        'void book(String name, String email, String phone, LocalDate from, ' +
        'LocalDate to, int adults, int children, boolean breakfast) { }',
      good: 'void book(Guest guest, Stay stay) { }',
    },
  },
});
