import type { SyntaxNode } from '../../../parse/parser.js';
import type { SinkInputs } from '../../support/security-hotspot.js';
import { namedChildrenOf } from '../../support/syntax.js';
import { leaves } from './control-flow.js';

/**
 * What a variable may hold at a point of its function: only values that cannot carry text from outside (`clean`),
 * possibly such text (`tainted`), or nothing because no path reaches the point (`unreachable`).
 */
type Taint = 'clean' | 'tainted' | 'unreachable';

function join(left: Taint, right: Taint): Taint {
  if (left === 'unreachable') return right;
  if (right === 'unreachable') return left;
  return left === 'tainted' || right === 'tainted' ? 'tainted' : 'clean';
}

const CLOSURES = new Set(['anonymous_function_creation_expression', 'anonymous_function', 'arrow_function']);
const SCOPES = new Set(['function_definition', 'method_declaration', 'program', ...CLOSURES]);
const LITERALS = new Set([
  'string',
  'string_content',
  'escape_sequence',
  'integer',
  'float',
  'boolean',
  'null',
  'name',
  'qualified_name',
  'class_constant_access_expression',
  'heredoc_start',
  'heredoc_end',
  'nowdoc_string',
  'comment',
]);
const SUPERGLOBALS = /^\$(?:_GET|_POST|_REQUEST|_COOKIE|_SERVER|_ENV|_FILES|_SESSION|GLOBALS|argv|http_raw_post_data)$/;
/** The superglobals that hold the request or the command line; `$_SESSION` is the server's own store. */
const OUTSIDE_SUPERGLOBALS = /^\$(?:_GET|_POST|_REQUEST|_COOKIE|_SERVER|_ENV|_FILES|argv|http_raw_post_data)$/;
/** Calls whose result cannot carry shell syntax, or holds no input: escaped text, numbers, the temp directory. */
const SANITIZERS = new Set([
  'escapeshellarg',
  'escapeshellcmd',
  'intval',
  'floatval',
  'count',
  'strlen',
  'getmypid',
  'time',
  'sys_get_temp_dir',
]);
/** Calls that return their arguments reshaped: clean when every argument is. */
const PASS_THROUGH = new Set(['trim', 'rtrim', 'ltrim', 'strtolower', 'strtoupper', 'sprintf', 'implode', 'join']);
/** Calls that return what a command printed: not input when the command itself is fixed (`shell_exec('stty -g')`). */
const COMMAND_OUTPUT = new Set(['exec', 'shell_exec', 'system']);
/** Built-ins that write into a variable passed after their first argument (`exec($c, $lines)`, `preg_match`). */
const WRITES_LATER_ARGUMENTS = new Set([
  'exec',
  'system',
  'passthru',
  'proc_open',
  'preg_match',
  'preg_match_all',
  'parse_str',
  'sscanf',
  'fscanf',
  'str_replace',
  'str_ireplace',
  'preg_replace',
]);
/** Checks after which, when true, a variable holds no text: `'' === $x`, `!$x`, `is_numeric($x)`. */
const EMPTY_VALUES = new Set(['false', "''", '""', 'null', '0']);
const TYPE_CHECKS = new Set(['is_numeric', 'is_int', 'is_integer', 'is_float', 'is_bool', 'ctype_digit', 'is_null']);
const LOOPS = new Set(['while_statement', 'do_statement', 'for_statement', 'foreach_statement']);
/** Calls that return text from outside the program: the environment, request headers, what the user types. */
const OUTSIDE_SOURCES = new Set([
  'getenv',
  'filter_input',
  'filter_input_array',
  'getallheaders',
  'apache_request_headers',
  'readline',
]);
/** Reads of the request body or standard input (`file_get_contents('php://input')`, `fgets(STDIN)`). */
const INPUT_STREAM = /^(?:['"]php:\/\/(?:input|stdin)['"]|STDIN)$/;
const STREAM_READS = new Set(['file_get_contents', 'fgets', 'fread', 'stream_get_contents', 'fgetcsv', 'file']);
/** A framework's request object: `$request->input('q')`, `$this->request->getQueryParams()`, `request('q')`. */
const REQUEST_OBJECT = /^(?:\$(?:this->)?(?:request|req|input)(?!\w)|\\?request\(|\\?(?:Request|Input)::)/i;

export function functionName(call: SyntaxNode): string {
  const callee = call.childForFieldName('function');
  const name = callee?.type === 'qualified_name' ? callee.namedChildren.at(-1) : callee;
  return name?.type === 'name' ? name.text.toLowerCase() : '';
}

const argumentsOf = (call: SyntaxNode) =>
  namedChildrenOf(call.childForFieldName('arguments') ?? call)
    .filter((argument) => argument.type === 'argument')
    .map((argument) => argument.namedChild(0))
    .filter((value): value is SyntaxNode => value !== null);

const contains = (outer: SyntaxNode, inner: SyntaxNode) =>
  outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;

/** The expression inside one pair of parentheses, or the node itself. */
export const unparenthesized = (node: SyntaxNode | null) =>
  node?.type === 'parenthesized_expression' ? node.namedChild(0) : node;

/** The nearest function, closure or the file around `node`. */
function scopeOf(node: SyntaxNode): SyntaxNode {
  let scope = node.parent;
  while (scope && !SCOPES.has(scope.type)) scope = scope.parent;
  return scope ?? node;
}

/**
 * A small local taint view for PHP: whether a value can carry text from outside the program (a parameter, a
 * superglobal, a property, a call's result) or only literals, constants, numbers, escaped text and the output of
 * fixed commands. It follows one function's assignments in order, branches and loops joined, and narrows a
 * variable inside `if ('' === $x)`, `if (!is_numeric($x)) exit;` and the like.
 */
export class LocalTaint {
  /** `scope id:name` pairs being resolved: a cycle adds no new source of text. */
  private readonly resolving = new Set<string>();

  /**
   * `any`: everything not shown to be fixed is input (parameters, properties, other calls' results); `outside`: only
   * text that demonstrably arrives from outside within the function, and what is computed from it.
   */
  constructor(private readonly inputs: SinkInputs = 'any') {}

  isClean(node: SyntaxNode): boolean {
    if (LITERALS.has(node.type)) return true;
    if (this.inputs === 'outside') {
      const outside = this.outsideSource(node);
      if (outside !== undefined) return !outside;
    }
    switch (node.type) {
      case 'variable_name':
        if ((this.inputs === 'outside' ? OUTSIDE_SUPERGLOBALS : SUPERGLOBALS).test(node.text)) return false;
        return this.variableAt(node) !== 'tainted';
      case 'function_call_expression': {
        const name = functionName(node);
        if (SANITIZERS.has(name)) return true;
        const args = argumentsOf(node);
        if (PASS_THROUGH.has(name) || this.inputs === 'outside') return args.every((arg) => this.isClean(arg));
        return COMMAND_OUTPUT.has(name) && args[0] !== undefined && this.isClean(args[0]);
      }
      case 'cast_expression': {
        if (/^\(\s*(?:int|integer|float|double|bool|boolean)\s*\)/i.test(node.text)) return true;
        const value = node.childForFieldName('value') ?? node.namedChildren.at(-1);
        return value ? this.isClean(value) : false;
      }
      case 'binary_expression': {
        // Arithmetic, comparisons and logic give numbers and booleans; only these pass text on.
        const operator = node.childForFieldName('operator')?.text ?? '';
        if (!['.', '??', '?:'].includes(operator)) return true;
        return namedChildrenOf(node).every((child) => this.isClean(child));
      }
      case 'conditional_expression': {
        const body = node.childForFieldName('body') ?? node.childForFieldName('condition');
        const alternative = node.childForFieldName('alternative');
        return body !== null && alternative !== null && this.isClean(body) && this.isClean(alternative);
      }
      case 'unary_op_expression':
        return true;
      case 'subscript_expression': {
        const array = node.namedChild(0);
        return array !== null && this.isClean(array);
      }
      case 'member_access_expression':
      case 'scoped_property_access_expression':
      case 'member_call_expression':
      case 'scoped_call_expression':
      case 'nullsafe_member_access_expression':
      case 'nullsafe_member_call_expression':
      case 'object_creation_expression':
      case 'include_expression':
      case 'require_expression':
        // Under `outside`, what an object or call returns is input only when what it was given is.
        return this.inputs === 'outside' && namedChildrenOf(node).every((child) => this.isClean(child));
      default:
        return namedChildrenOf(node).every((child) => this.isClean(child));
    }
  }

  /**
   * Under `outside`: `true` for a read of outside text (a request object, the environment, standard input), `false`
   * for a value that is never input (a property or a global of unknown origin), `undefined` to look inside.
   */
  private outsideSource(node: SyntaxNode): boolean | undefined {
    if (REQUEST_OBJECT.test(node.text) && node.type !== 'variable_name') return true;
    if (node.type !== 'function_call_expression') return undefined;
    const name = functionName(node);
    if (OUTSIDE_SOURCES.has(name)) return true;
    const first = argumentsOf(node)[0];
    return STREAM_READS.has(name) && first !== undefined && INPUT_STREAM.test(first.text) ? true : undefined;
  }

  /** What the variable `use` may hold where it is read. */
  private variableAt(use: SyntaxNode): Taint {
    const scope = scopeOf(use);
    const key = `${scope.id}:${use.text}`;
    if (this.resolving.has(key)) return 'clean';
    this.resolving.add(key);
    try {
      return this.before(scope, use, use.text, this.initial(scope, use.text));
    } finally {
      this.resolving.delete(key);
    }
  }

  /** A parameter or a variable of the including file is input; a closure sees the value it captured. */
  private initial(scope: SyntaxNode, name: string): Taint {
    // Under `outside`, a parameter or an including file's variable is not by itself input: the caller may pass
    // its own data.
    const unknown: Taint = this.inputs === 'outside' ? 'clean' : 'tainted';
    if (scope.type === 'program') return unknown;
    const parameters = scope.childForFieldName('parameters')?.descendantsOfType('variable_name') ?? [];
    if (parameters.some((parameter) => parameter?.text === name)) return unknown;
    if (!CLOSURES.has(scope.type)) return 'clean';
    const captures =
      scope.type === 'arrow_function'
        ? [scope]
        : (scope.descendantsOfType('anonymous_function_use_clause')[0]?.descendantsOfType('variable_name') ?? []);
    const capture = captures.find((node) => node?.type === 'arrow_function' || node?.text === name);
    if (!capture) return 'clean';
    if (capture.parent?.type === 'by_ref') return unknown;
    const outer = scopeOf(scope);
    return this.before(outer, scope, name, this.initial(outer, name));
  }

  /** What `name` may hold right before `target`, which `node` contains, entering `node` with `state`. */
  private before(node: SyntaxNode, target: SyntaxNode, name: string, state: Taint): Taint {
    if (node.id === target.id) return state;
    if (node.type === 'if_statement') return this.beforeInIf(node, target, name, state);
    if (LOOPS.has(node.type)) {
      const body = node.childForFieldName('body');
      if (!body || !contains(body, target)) return state;
      // A `foreach` binds its variable before each turn: what it held before the loop never reaches the body.
      const entry = this.bindsLoopVariable(node, name) ? 'unreachable' : state;
      return this.before(body, target, name, join(entry, this.writes(node, name, state)));
    }
    if (SCOPES.has(node.type) && node.type !== 'program') {
      const body = node.childForFieldName('body');
      return body && contains(body, target) ? this.before(body, target, name, state) : state;
    }
    for (const child of namedChildrenOf(node)) {
      if (contains(child, target)) return this.before(child, target, name, state);
      state = this.through(child, name, state);
    }
    return state;
  }

  /**
   * What `name` may hold entering an `elseif` (its condition true) or the `else` (the `if`'s condition false, when
   * there is no `elseif` between).
   */
  private alternativeEntry(statement: SyntaxNode, alternative: SyntaxNode, name: string, state: Taint): Taint {
    if (alternative.type === 'else_if_clause')
      return this.narrow(state, alternative.childForFieldName('condition'), name, true);
    const alternatives = statement.childrenForFieldName('alternative');
    return alternatives.length === 1
      ? this.narrow(state, statement.childForFieldName('condition'), name, false)
      : state;
  }

  private beforeInIf(statement: SyntaxNode, target: SyntaxNode, name: string, state: Taint): Taint {
    const condition = statement.childForFieldName('condition');
    const body = statement.childForFieldName('body');
    if (body && contains(body, target))
      return this.before(body, target, name, this.narrow(state, condition, name, true));
    const alternatives = statement.childrenForFieldName('alternative').filter((node) => node !== null);
    for (const alternative of alternatives) {
      const branch = alternative.childForFieldName('body');
      if (!branch || !contains(branch, target)) continue;
      const entry = this.alternativeEntry(statement, alternative, name, state);
      return this.before(branch, target, name, entry);
    }
    return state;
  }

  /** What `name` may hold after `statement` runs, entered with `state`. */
  private through(statement: SyntaxNode, name: string, state: Taint): Taint {
    if (state === 'unreachable') return state;
    switch (statement.type) {
      case 'compound_statement':
      case 'colon_block':
        return namedChildrenOf(statement).reduce<Taint>((current, child) => this.through(child, name, current), state);
      case 'if_statement':
        return this.throughIf(statement, name, state);
      case 'expression_statement': {
        const expression = statement.namedChild(0);
        const after =
          expression?.type === 'assignment_expression' && expression.childForFieldName('left')?.text === name
            ? this.taintOf(expression.childForFieldName('right'))
            : join(state, this.writes(statement, name, state));
        return leaves(statement) ? 'unreachable' : after;
      }
      default:
        if (leaves(statement)) return 'unreachable';
        // Loops, `switch`, `try`: any assignment inside may or may not have run.
        return join(state, this.writes(statement, name, state));
    }
  }

  private throughIf(statement: SyntaxNode, name: string, state: Taint): Taint {
    const condition = statement.childForFieldName('condition');
    const body = statement.childForFieldName('body');
    let after = body ? this.through(body, name, this.narrow(state, condition, name, true)) : state;
    const alternatives = statement.childrenForFieldName('alternative').filter((node) => node !== null);
    for (const alternative of alternatives) {
      const branch = alternative.childForFieldName('body');
      const entry = this.alternativeEntry(statement, alternative, name, state);
      after = join(after, branch ? this.through(branch, name, entry) : entry);
    }
    if (!alternatives.some((alternative) => alternative.type === 'else_clause'))
      after = join(after, alternatives.length === 0 ? this.narrow(state, condition, name, false) : state);
    return after;
  }

  private taintOf(value: SyntaxNode | null): Taint {
    return value !== null && this.isClean(value) ? 'clean' : 'tainted';
  }

  private bindsLoopVariable(loop: SyntaxNode, name: string): boolean {
    if (loop.type !== 'foreach_statement') return false;
    const binding = namedChildrenOf(loop)[1];
    const bound = binding?.type === 'pair' ? namedChildrenOf(binding) : binding ? [binding] : [];
    return bound.some((part) => part.text === name);
  }

  /** The join of every value `node` may write to `name` (not counting nested functions), or `unreachable`. */
  private writes(node: SyntaxNode, name: string, state: Taint): Taint {
    let result: Taint = 'unreachable';
    const visit = (current: SyntaxNode) => {
      if (current.id !== node.id && SCOPES.has(current.type) && current.type !== 'arrow_function') {
        // A closure that takes `&$name` can write it whenever it is called.
        const byReference = current.descendantsOfType('by_ref').some((ref) => ref?.namedChild(0)?.text === name);
        if (byReference && this.inputs === 'any') result = 'tainted';
        return;
      }
      result = join(result, this.writeAt(current, name, state));
      for (const child of namedChildrenOf(current)) visit(child);
    };
    visit(node);
    return result;
  }

  /** The value one node writes to `name`, or `unreachable` if it writes none. */
  private writeAt(node: SyntaxNode, name: string, state: Taint): Taint {
    const left = node.childForFieldName('left');
    switch (node.type) {
      case 'assignment_expression':
        if (left?.text === name) return this.taintOf(node.childForFieldName('right'));
        // `[$a, $b] = …`, `list($a) = …`: parts of a value this view does not split.
        if (!left?.descendantsOfType('variable_name').some((part) => part?.text === name)) return 'unreachable';
        return this.inputs === 'outside' ? this.taintOf(node.childForFieldName('right')) : 'tainted';
      case 'augmented_assignment_expression':
        return left?.text === name ? join(state, this.taintOf(node.childForFieldName('right'))) : 'unreachable';
      case 'reference_assignment_expression':
      case 'global_declaration':
      case 'static_variable_declaration':
        if (!node.descendantsOfType('variable_name').some((part) => part?.text === name)) return 'unreachable';
        return this.inputs === 'outside' ? 'clean' : 'tainted';
      case 'foreach_statement': {
        if (!this.bindsLoopVariable(node, name)) return 'unreachable';
        const iterable = namedChildrenOf(node)[0];
        return iterable?.type === 'array_creation_expression' || this.inputs === 'outside'
          ? this.taintOf(iterable ?? null)
          : 'tainted';
      }
      case 'function_call_expression': {
        const args = argumentsOf(node);
        if (!WRITES_LATER_ARGUMENTS.has(functionName(node)) || !args.slice(1).some((arg) => arg.text === name))
          return 'unreachable';
        // Under `outside`, what `preg_match($p, $subject, $m)` writes is input when what it read is.
        if (this.inputs === 'any') return 'tainted';
        return args.every((arg) => arg.text === name || this.isClean(arg)) ? 'clean' : 'tainted';
      }
      default:
        return 'unreachable';
    }
  }

  /** `state` narrowed by knowing that `condition` is `truth`: clean when that leaves `name` no text. */
  private narrow(state: Taint, condition: SyntaxNode | null, name: string, truth: boolean): Taint {
    return state !== 'unreachable' && this.impliesEmpty(unparenthesized(condition), name, truth) ? 'clean' : state;
  }

  /** Whether `condition` being `truth` means `name` holds no input: empty, false, null, a number, an allowed value. */
  private impliesEmpty(condition: SyntaxNode | null, name: string, truth: boolean): boolean {
    if (!condition) return false;
    if (condition.type === 'parenthesized_expression')
      return this.impliesEmpty(unparenthesized(condition), name, truth);
    if (condition.type === 'unary_op_expression' && condition.text.startsWith('!')) {
      const operand = unparenthesized(condition.namedChild(0));
      return (truth && operand?.text === name) || this.impliesEmpty(operand, name, !truth);
    }
    if (condition.type === 'function_call_expression') {
      const args = argumentsOf(condition);
      const fn = functionName(condition);
      if (args[0]?.text !== name) return false;
      // `in_array($tag, $tags, true)` over a clean list: the value is one of the program's own.
      if (truth && fn === 'in_array' && args[1] !== undefined && this.isClean(args[1])) return true;
      return (truth && (TYPE_CHECKS.has(fn) || fn === 'empty')) || (!truth && fn === 'isset');
    }
    if (condition.type !== 'binary_expression') return false;
    const operator = condition.childForFieldName('operator')?.text.toLowerCase() ?? '';
    const [left, right] = [condition.childForFieldName('left'), condition.childForFieldName('right')];
    const both = () => this.impliesEmpty(left, name, truth) && this.impliesEmpty(right, name, truth);
    const either = () => this.impliesEmpty(left, name, truth) || this.impliesEmpty(right, name, truth);
    if (operator === '||' || operator === 'or') return truth ? both() : either();
    if (operator === '&&' || operator === 'and') return truth ? either() : both();
    const equal = operator === '===' || operator === '==';
    const unequal = operator === '!==' || operator === '!=';
    if ((!equal && !unequal) || truth !== equal) return false;
    const other = left?.text === name ? right : right?.text === name ? left : null;
    return other !== null && EMPTY_VALUES.has(other.text.toLowerCase());
  }
}

/** The docs sentence of a PHP sink rule that reports only outside input; empty for its hotspot twin. */
export function outsideInputSentence(inputs: SinkInputs, subject: string): string {
  if (inputs === 'any') return '';
  return (
    ` Reported only when ${subject} demonstrably carries text from outside within the function (superglobals, ` +
    '`$argv`, `getenv()`, `php://input` and standard input, a request object such as `$request->input()`, and ' +
    'what is computed from them): a parameter, a property or a file the program reads is not input by itself.'
  );
}
