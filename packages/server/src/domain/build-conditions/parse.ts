import { parseDocument } from 'yaml';
import { Invalid } from '../errors.js';
import {
  RATING_LETTERS,
  SCRUTINIZER_SEVERITIES,
  type Assertion,
  type Comparator,
  type Comparison,
  type ElementFilter,
  type ElementScope,
  type IssueFilter,
  type ParsedCondition,
  type PatchFilter,
  type RatingLetter,
  type ScrutinizerSeverity,
} from './types.js';

/** The configuration key Scrutinizer reads the conditions from. */
export const CONDITIONS_KEY = 'build_failure_conditions';

const EXAMPLE = "expected a condition such as 'issues.new.exists'";

type TokenKind = 'ident' | 'string' | 'number' | 'op' | 'punct';
interface Token {
  kind: TokenKind;
  /** The token as written (a string's without its quotes). */
  text: string;
}

/** Why one condition does not parse; `parseConditions` adds the field that names the condition. */
class ConditionError extends Error {}

const OPERATORS = ['<=', '>=', '==', '!=', '<', '>', '='] as const;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)/;
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let rest = text;
  while (rest.length > 0) {
    const char = rest[0]!;
    if (/\s/.test(char)) {
      rest = rest.slice(1);
      continue;
    }
    const previous = tokens.at(-1);
    const numberMayStart = previous?.kind === 'op' || previous?.text === ',';
    const number = NUMBER.exec(rest);
    // A number follows a comparison; elsewhere a leading "." is the separator of the chain.
    if (number && (numberMayStart || /^[+-]?\d/.test(rest))) {
      tokens.push({ kind: 'number', text: number[0] });
      rest = rest.slice(number[0].length);
      continue;
    }
    const ident = IDENT.exec(rest);
    if (ident) {
      tokens.push({ kind: 'ident', text: ident[0] });
      rest = rest.slice(ident[0].length);
      continue;
    }
    if (char === '"' || char === "'") {
      const end = rest.indexOf(char, 1);
      if (end < 0) throw new ConditionError(`unterminated quoted string ${rest}`);
      tokens.push({ kind: 'string', text: rest.slice(1, end) });
      rest = rest.slice(end + 1);
      continue;
    }
    const op = OPERATORS.find((candidate) => rest.startsWith(candidate));
    if (op) {
      tokens.push({ kind: 'op', text: op });
      rest = rest.slice(op.length);
      continue;
    }
    if ('.(),'.includes(char)) {
      tokens.push({ kind: 'punct', text: char });
      rest = rest.slice(1);
      continue;
    }
    throw new ConditionError(`unexpected character "${char}"`);
  }
  return tokens;
}

const list = (words: readonly string[]): string =>
  words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} or ${words.at(-1)!}`;

const SCOPES = ['elements', 'classes', 'operations', 'issues', 'patches', 'project'] as const;
type Scope = (typeof SCOPES)[number];

/** The filters each scope takes, then its assertions, in the order error messages list them. */
const STEPS: Record<Exclude<Scope, 'project'>, readonly string[]> = {
  issues: ['new', 'label', 'severity', 'exists', 'count'],
  elements: ['new', 'rating', 'metric', 'exists', 'count'],
  classes: ['new', 'rating', 'metric', 'exists', 'count'],
  operations: ['new', 'rating', 'metric', 'exists', 'count'],
  patches: ['new', 'label', 'exists', 'count'],
};
const ALL_STEPS = new Set(Object.values(STEPS).flat());
const PROJECT_CHECKS = ['metric', 'metric_change'] as const;

/** Reads one condition's tokens left to right. */
class Reader {
  private index = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  peek(): Token | undefined {
    return this.tokens[this.index];
  }

  next(): Token | undefined {
    const token = this.tokens[this.index];
    if (token) this.index += 1;
    return token;
  }

  atEnd(): boolean {
    return this.index >= this.tokens.length;
  }

  /** Takes the token if it is this punctuation. */
  accept(punct: string): boolean {
    const token = this.peek();
    if (token?.kind !== 'punct' || token.text !== punct) return false;
    this.index += 1;
    return true;
  }
}

const describe = (token: Token | undefined): string => {
  if (!token) return 'the end';
  return token.kind === 'string' ? `"'${token.text}'"` : `"${token.text}"`;
};

function comparatorOf(token: Token | undefined): Comparator | undefined {
  if (token?.kind !== 'op') return undefined;
  return token.text === '==' ? '=' : (token.text as Comparator);
}

function numberOf(token: Token | undefined): number | undefined {
  return token?.kind === 'number' ? Number(token.text) : undefined;
}

/** `name(<op> WORD)`: the comparator and the word, or undefined when the shape is wrong. */
function readComparedWord(reader: Reader): { op: Comparator; word: string } | undefined {
  if (!reader.accept('(')) return undefined;
  const op = comparatorOf(reader.next());
  const word = reader.next();
  if (!op || word?.kind !== 'ident' || !reader.accept(')')) return undefined;
  return { op, word: word.text };
}

/** `name("key", <op> <number>)`: the key and the comparison, or undefined when the shape is wrong. */
function readMetric(reader: Reader): { key: string; comparison: Comparison } | undefined {
  if (!reader.accept('(')) return undefined;
  const key = reader.next();
  if (key?.kind !== 'string' || key.text.trim() === '' || !reader.accept(',')) return undefined;
  const op = comparatorOf(reader.next());
  const value = numberOf(reader.next());
  if (!op || value === undefined || !reader.accept(')')) return undefined;
  return { key: key.text, comparison: { op, value } };
}

function readRating(reader: Reader): ElementFilter {
  const read = readComparedWord(reader);
  if (!read) throw new ConditionError('rating: expected a comparison and a rating such as rating(<= D)');
  const rating = read.word.toUpperCase();
  if (!(RATING_LETTERS as readonly string[]).includes(rating))
    throw new ConditionError(`unknown rating "${read.word}" (expected ${list(RATING_LETTERS)})`);
  return { kind: 'rating', op: read.op, rating: rating as RatingLetter };
}

function readSeverity(reader: Reader): IssueFilter {
  const read = readComparedWord(reader);
  if (!read) throw new ConditionError('severity: expected a comparison and a severity such as severity(>= MAJOR)');
  const severity = read.word.toUpperCase();
  if (!(SCRUTINIZER_SEVERITIES as readonly string[]).includes(severity))
    throw new ConditionError(`unknown severity "${read.word}" (expected ${list(SCRUTINIZER_SEVERITIES)})`);
  return { kind: 'severity', op: read.op, severity: severity as ScrutinizerSeverity };
}

function readLabel(reader: Reader): { kind: 'label'; label: string } {
  const ok = reader.accept('(');
  const label = reader.next();
  if (!ok || label?.kind !== 'string' || label.text.trim() === '' || !reader.accept(')'))
    throw new ConditionError('label: expected a quoted label such as label("coding-style")');
  return { kind: 'label', label: label.text };
}

function metricError(name: string, key: string): ConditionError {
  return new ConditionError(`${name}: expected a quoted metric key and a comparison such as ${name}("${key}", < 6)`);
}

function readCount(reader: Reader): Assertion {
  const op = comparatorOf(reader.next());
  const value = reader.next();
  if (!op || value?.kind !== 'number' || !/^\d+$/.test(value.text))
    throw new ConditionError('count: expected a comparison with a whole number such as count > 5');
  return { kind: 'count', comparison: { op, value: Number(value.text) } };
}

function expectEnd(reader: Reader, after: string): void {
  if (!reader.atEnd()) throw new ConditionError(`unexpected ${describe(reader.peek())} after ${after}`);
}

function parseProject(reader: Reader, source: string): ParsedCondition {
  if (!reader.accept('.'))
    throw new ConditionError(
      `expected .metric(…) or .metric_change(…) after project, found ${describe(reader.peek())}`,
    );
  const name = reader.next();
  const check = PROJECT_CHECKS.find((candidate) => name?.kind === 'ident' && name.text === candidate);
  if (!check) throw new ConditionError(`unknown project check ${describe(name)} (expected ${list(PROJECT_CHECKS)})`);
  const metric = readMetric(reader);
  if (!metric) throw metricError(check, 'scrutinizer.quality');
  expectEnd(reader, `${check}(…)`);
  return { source, scope: 'project', check, ...metric };
}

/** The chain of filters and the assertion after an element, issue or patch scope. */
function parseChain(
  reader: Reader,
  scope: Exclude<Scope, 'project'>,
): { filters: (IssueFilter | ElementFilter)[]; assertion: Assertion } {
  const allowed = STEPS[scope];
  const filters: (IssueFilter | ElementFilter)[] = [];
  let last: string = scope;
  for (;;) {
    if (reader.atEnd()) throw new ConditionError(`expected .exists or .count <op> <number> after ${last}`);
    if (!reader.accept('.')) throw new ConditionError(`expected "." after ${last}, found ${describe(reader.peek())}`);
    const token = reader.next();
    if (token?.kind !== 'ident')
      throw new ConditionError(`expected a filter after "${last}.", found ${describe(token)}`);
    const step = token.text;
    if (!allowed.includes(step)) {
      const expected = `(expected ${list(allowed)})`;
      if (ALL_STEPS.has(step)) throw new ConditionError(`filter "${step}" does not apply to ${scope} ${expected}`);
      throw new ConditionError(`unknown filter "${step}" ${expected}`);
    }
    if (step === 'exists') {
      expectEnd(reader, 'exists');
      return { filters, assertion: { kind: 'exists' } };
    }
    if (step === 'count') {
      const assertion = readCount(reader);
      expectEnd(reader, 'count');
      return { filters, assertion };
    }
    if (step === 'new') filters.push({ kind: 'new' });
    else if (step === 'label') filters.push(readLabel(reader));
    else if (step === 'severity') filters.push(readSeverity(reader));
    else if (step === 'rating') filters.push(readRating(reader));
    else {
      const metric = readMetric(reader);
      if (!metric) throw metricError('metric', 'scrutinizer.nb_issues');
      filters.push({ kind: 'metric', ...metric });
    }
    last = step;
  }
}

/** Parses one condition string; throws a ConditionError saying what is wrong. */
function parseCondition(source: string): ParsedCondition {
  const reader = new Reader(tokenize(source));
  if (reader.atEnd()) throw new ConditionError(EXAMPLE);
  const first = reader.next()!;
  const scope = SCOPES.find((candidate) => first.kind === 'ident' && first.text === candidate);
  if (!scope) throw new ConditionError(`unknown scope ${describe(first)} (expected ${list(SCOPES)})`);
  if (scope === 'project') return parseProject(reader, source);
  const { filters, assertion } = parseChain(reader, scope);
  if (scope === 'issues') return { source, scope, filters: filters as IssueFilter[], assertion };
  if (scope === 'patches') return { source, scope, filters: filters as PatchFilter[], assertion };
  return { source, scope: scope satisfies ElementScope, filters: filters as ElementFilter[], assertion };
}

/**
 * Parses the `build_failure_conditions` list of a configuration. Anything that is not a list of condition
 * strings, and any condition that does not parse, is Invalid naming the condition (`build_failure_conditions[2]`).
 * `null` or `undefined` (the key absent) is no conditions.
 */
export function parseConditions(value: unknown): ParsedCondition[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new Invalid(CONDITIONS_KEY, 'expected a list of condition strings');
  return value.map((item: unknown, index) => {
    const field = `${CONDITIONS_KEY}[${index}]`;
    if (typeof item !== 'string') throw new Invalid(field, "expected a condition string such as 'issues.new.exists'");
    try {
      return parseCondition(item);
    } catch (error) {
      if (error instanceof ConditionError) throw new Invalid(field, error.message);
      throw error;
    }
  });
}

/**
 * The conditions of a YAML configuration (a repository's `config_yaml`): its top-level `build_failure_conditions`.
 * An empty configuration, or one without the key, has none; YAML that does not parse is Invalid naming `config`.
 */
export function conditionsFromConfig(yamlText: string): ParsedCondition[] {
  const document = parseDocument(yamlText);
  if (document.errors.length > 0)
    throw new Invalid('config', `expected valid YAML (${document.errors[0]!.message.split('\n')[0]})`);
  const config: unknown = document.toJS();
  if (typeof config !== 'object' || config === null || Array.isArray(config)) return [];
  return parseConditions((config as Record<string, unknown>)[CONDITIONS_KEY]);
}
