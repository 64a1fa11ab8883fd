import { parseSync } from 'oxc-parser';

/**
 * Reads the value a JavaScript config module exports without running it: object and array literals, strings,
 * numbers, `const` bindings, spreads and the well-known imports given in `modules`. Anything computed becomes
 * an `Unresolved` value that names why and where, so the caller can drop that piece and say so.
 */
export class Unresolved {
  constructor(
    readonly reason: string,
    readonly line: number,
  ) {}
}

/** What a well-known module (`globals`, `@eslint/js`, `eslint/config`) stands for when the config imports it. */
export type KnownModules = Record<string, unknown>;

/** A function a known module exports, applied to already-read arguments (`defineConfig`, `globalIgnores`). */
export class KnownFunction {
  constructor(readonly apply: (args: unknown[]) => unknown) {}
}

// oxc-parser's ESTree is typed loosely here: only the node kinds below are read, each checked by `type`.
interface Node {
  type: string;
  start: number;
  [key: string]: unknown;
}

class Scope {
  readonly bindings = new Map<string, Node | { value: unknown }>();
  constructor(
    readonly source: string,
    readonly modules: KnownModules,
  ) {}

  textOf(node: Node): string {
    return this.source.slice(node.start, node['end'] as number);
  }

  lineOf(node: Node): number {
    return this.source.slice(0, node.start).split('\n').length;
  }
}

function child(node: Node, key: string): Node {
  return node[key] as Node;
}

function children(node: Node, key: string): (Node | null)[] {
  return node[key] as (Node | null)[];
}

function propertyKey(property: Node): string | undefined {
  const key = child(property, 'key');
  if (property['computed'] === true) return undefined;
  if (key.type === 'Identifier') return key['name'] as string;
  if (key.type === 'Literal') return String(key['value']);
  return undefined;
}

function evaluateObject(node: Node, scope: Scope): unknown {
  const result: Record<string, unknown> = {};
  for (const property of children(node, 'properties')) {
    if (!property) continue;
    if (property.type === 'SpreadElement') {
      const spread = evaluate(child(property, 'argument'), scope);
      if (spread instanceof Unresolved) return spread;
      Object.assign(result, spread);
      continue;
    }
    const key = propertyKey(property);
    if (key === undefined) return new Unresolved('a computed property name', scope.lineOf(property));
    result[key] = evaluate(child(property, 'value'), scope);
  }
  return result;
}

function evaluateArray(node: Node, scope: Scope): unknown {
  const result: unknown[] = [];
  for (const element of children(node, 'elements')) {
    if (!element) continue;
    if (element.type !== 'SpreadElement') {
      result.push(evaluate(element, scope));
      continue;
    }
    const spread = evaluate(child(element, 'argument'), scope);
    if (Array.isArray(spread)) result.push(...(spread as unknown[]));
    else
      result.push(
        spread instanceof Unresolved ? spread : new Unresolved('a spread of a non-array', scope.lineOf(element)),
      );
  }
  return result;
}

function evaluateMember(node: Node, scope: Scope): unknown {
  const object = evaluate(child(node, 'object'), scope);
  if (object instanceof Unresolved) return object;
  const property = child(node, 'property');
  const key =
    node['computed'] === true
      ? evaluate(property, scope)
      : property.type === 'Identifier'
        ? property['name']
        : undefined;
  if ((typeof key !== 'string' && typeof key !== 'number') || object === null || typeof object !== 'object')
    return new Unresolved('a computed member access', scope.lineOf(node));
  if (!(key in object))
    return new Unresolved(`\`${scope.textOf(node)}\`, which Plumb does not know`, scope.lineOf(node));
  return (object as Record<string, unknown>)[key];
}

function evaluateCall(node: Node, scope: Scope): unknown {
  const callee = evaluate(child(node, 'callee'), scope);
  if (!(callee instanceof KnownFunction)) {
    return new Unresolved(`a call to \`${scope.textOf(child(node, 'callee'))}\``, scope.lineOf(node));
  }
  const args = evaluateArray({ ...node, elements: node['arguments'] }, scope) as unknown[];
  return callee.apply(args);
}

function evaluateIdentifier(node: Node, scope: Scope): unknown {
  const name = node['name'] as string;
  if (name === 'undefined') return undefined;
  const binding = scope.bindings.get(name);
  if (!binding) return new Unresolved(`\`${name}\`, which is not a constant Plumb can read`, scope.lineOf(node));
  if ('value' in binding) return binding.value;
  // Evaluated on first use and cached; a self-reference stays unresolved rather than looping.
  scope.bindings.set(name, { value: new Unresolved(`\`${name}\` refers to itself`, scope.lineOf(node)) });
  const value = evaluate(binding, scope);
  scope.bindings.set(name, { value });
  return value;
}

function evaluate(node: Node, scope: Scope): unknown {
  switch (node.type) {
    case 'ObjectExpression':
      return evaluateObject(node, scope);
    case 'ArrayExpression':
      return evaluateArray(node, scope);
    case 'Literal':
      return node['regex'] ? new Unresolved('a regular expression', scope.lineOf(node)) : node['value'];
    case 'TemplateLiteral':
      if (children(node, 'expressions').length > 0)
        return new Unresolved('a template with expressions', scope.lineOf(node));
      return (children(node, 'quasis')[0]?.['value'] as { cooked: string } | undefined)?.cooked ?? '';
    case 'UnaryExpression': {
      const argument = evaluate(child(node, 'argument'), scope);
      if (node['operator'] === '-' && typeof argument === 'number') return -argument;
      if (node['operator'] === '!' && !(argument instanceof Unresolved)) return !argument;
      return new Unresolved(`the operator ${String(node['operator'])}`, scope.lineOf(node));
    }
    case 'Identifier':
      return evaluateIdentifier(node, scope);
    case 'MemberExpression':
      return evaluateMember(node, scope);
    case 'CallExpression':
      return evaluateCall(node, scope);
    case 'ParenthesizedExpression':
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'AwaitExpression':
      return evaluate(child(node, node.type === 'AwaitExpression' ? 'argument' : 'expression'), scope);
    default:
      return new Unresolved(`a ${node.type}`, scope.lineOf(node));
  }
}

function requiredModule(node: Node | null): string | undefined {
  if (node?.type !== 'CallExpression') return undefined;
  const callee = child(node, 'callee');
  const [argument] = children(node, 'arguments');
  if (callee.type !== 'Identifier' || callee['name'] !== 'require' || argument?.type !== 'Literal') return undefined;
  return String(argument['value']);
}

function moduleValue(specifier: string, scope: Scope, node: Node): unknown {
  const known = scope.modules[specifier.replace(/^node:/, '')];
  return known ?? new Unresolved(`the module \`${specifier}\`, which Plumb does not load`, scope.lineOf(node));
}

function bindImport(declaration: Node, scope: Scope): void {
  const value = moduleValue(String(child(declaration, 'source')['value']), scope, declaration);
  for (const specifier of children(declaration, 'specifiers')) {
    if (!specifier) continue;
    const local = child(specifier, 'local')['name'] as string;
    const imported =
      specifier.type === 'ImportSpecifier' ? (child(specifier, 'imported')['name'] as string) : undefined;
    const bound =
      imported === undefined || value instanceof Unresolved
        ? value
        : ((value as Record<string, unknown>)[imported] ??
          new Unresolved(`\`${imported}\`, which Plumb does not know`, scope.lineOf(specifier)));
    scope.bindings.set(local, { value: bound });
  }
}

function bindVariable(declarator: Node, scope: Scope): void {
  const id = child(declarator, 'id');
  const init = declarator['init'] as Node | null;
  const required = requiredModule(init);
  if (id.type === 'Identifier' && init) {
    scope.bindings.set(id['name'] as string, required ? { value: moduleValue(required, scope, init) } : init);
    return;
  }
  if (id.type !== 'ObjectPattern' || !init) return;
  const source = required ? moduleValue(required, scope, init) : undefined;
  for (const property of children(id, 'properties')) {
    if (property?.type !== 'Property') continue;
    const key = propertyKey(property);
    const local = child(property, 'value');
    if (key === undefined || local.type !== 'Identifier') continue;
    const value =
      source === undefined || source instanceof Unresolved
        ? (source ?? new Unresolved(`a destructured \`${key}\``, scope.lineOf(property)))
        : ((source as Record<string, unknown>)[key] ??
          new Unresolved(`\`${key}\`, which Plumb does not know`, scope.lineOf(property)));
    scope.bindings.set(local['name'] as string, { value });
  }
}

function exportedNode(statement: Node): Node | undefined {
  if (statement.type === 'ExportDefaultDeclaration') return child(statement, 'declaration');
  if (statement.type !== 'ExpressionStatement') return undefined;
  const expression = child(statement, 'expression');
  if (expression.type !== 'AssignmentExpression') return undefined;
  const target = child(expression, 'left');
  const text =
    target.type === 'MemberExpression'
      ? `${String(child(target, 'object')['name'])}.${String(child(target, 'property')['name'])}`
      : '';
  return text === 'module.exports' ? child(expression, 'right') : undefined;
}

/** The module's `export default` or `module.exports` value, read statically; `Unresolved` when it cannot be. */
export function readModuleExport(filename: string, source: string, modules: KnownModules): unknown {
  const { program, errors } = parseSync(filename, source);
  if (errors.length > 0) return new Unresolved(`a syntax error: ${errors[0]?.message ?? ''}`, 1);
  const scope = new Scope(source, modules);
  let exported: Node | undefined;
  for (const statement of program.body as unknown as Node[]) {
    if (statement.type === 'ImportDeclaration') {
      bindImport(statement, scope);
    } else if (statement.type === 'VariableDeclaration' && statement['kind'] === 'const') {
      for (const declarator of children(statement, 'declarations')) if (declarator) bindVariable(declarator, scope);
    } else {
      exported = exportedNode(statement) ?? exported;
    }
  }
  if (!exported) return new Unresolved('no `export default` or `module.exports =`', 1);
  return evaluate(exported, scope);
}
