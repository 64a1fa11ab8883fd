import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

// A return or throw inside these belongs to other code, not to the finally block.
const OTHER_CODE = new Set(['lambda_expression', 'class_body']);

/** Whether a `throw` is caught by a `try` that is itself inside the finally block. */
function isCaughtInside(statement: SyntaxNode, finallyBlock: SyntaxNode): boolean {
  for (let node = statement.parent; node && node.id !== finallyBlock.id; node = node.parent) {
    if (
      node.type === 'block' &&
      node.parent?.type.startsWith('try') &&
      node.parent.childForFieldName('body')?.id === node.id
    )
      return true;
  }
  return false;
}

/** A Java identifier as a pattern: `$` is a letter in Java. */
const escaped = (name: string) => name.replace(/\$/g, '\\$');

/** A flag and the value the try block gives it as its last statement. */
interface SuccessFlag {
  name: string;
  value: boolean;
}

/**
 * The flag the try block sets last, `success = true;` or `threw = false;` as its final statement, if no catch clause
 * sets it: it holds that value in the finally block only when the try completed normally, with no exception pending
 * and no value being returned.
 */
function successFlagOf(tryStatement: SyntaxNode): SuccessFlag | undefined {
  const statements = tryStatement.childForFieldName('body')?.namedChildren;
  const last = statements?.filter((child) => child && !child.type.endsWith('comment')).at(-1);
  const assignment = last?.type === 'expression_statement' ? last.namedChild(0) : null;
  const flag = assignment?.childForFieldName('left');
  const value = assignment?.childForFieldName('right')?.text;
  if (assignment?.type !== 'assignment_expression' || (value !== 'true' && value !== 'false')) return;
  if (flag?.type !== 'identifier') return;
  const setElsewhere = new RegExp(`(?<![\\w$])${escaped(flag.text)}\\s*=[^=]`);
  const catches = tryStatement.namedChildren.filter((child) => child?.type === 'catch_clause');
  if (catches.some((clause) => clause && setElsewhere.test(clause.text))) return;
  return { name: flag.text, value: value === 'true' };
}

/** `(flag)` or `(flag && …)`, with `!flag` for `negated`: true only when the flag test is. */
const requires = (condition: SyntaxNode | null, flag: string, negated: boolean) =>
  condition !== null &&
  new RegExp(`^\\(\\s*${negated ? '!\\s*' : ''}${escaped(flag)}\\s*(?:&&[^|]*)?\\)$`).test(condition.text);
/** `(flag)` or `(flag || …)`, with `!flag` for `negated`: true whenever the flag test is. */
const implied = (condition: SyntaxNode | null, flag: string, negated: boolean) =>
  condition !== null &&
  new RegExp(`^\\(\\s*${negated ? '!\\s*' : ''}${escaped(flag)}\\s*(?:\\|\\|[^&]*)?\\)$`).test(condition.text);

/**
 * Whether the jump runs only when the flag holds its success value: in the `then` of `if (success)` (or
 * `if (!threw)`), or in the `else` of the opposite test.
 */
function onlyAfterSuccess(jump: SyntaxNode, finallyBlock: SyntaxNode, flag: SuccessFlag): boolean {
  for (let child = jump, node = jump.parent; node && node.id !== finallyBlock.id; child = node, node = node.parent) {
    if (node.type !== 'if_statement') continue;
    const condition = node.childForFieldName('condition');
    if (node.childForFieldName('consequence')?.id === child.id && requires(condition, flag.name, !flag.value))
      return true;
    if (node.childForFieldName('alternative')?.id === child.id && implied(condition, flag.name, flag.value))
      return true;
  }
  return false;
}

/**
 * Whether a `throw` in the finally block carries the try statement's exception on: a catch clause keeps what it caught
 * (`lsEx = ex;`) and the thrown exception takes it (`new FileSystemException(…, lsEx)`), while the try block returns
 * nothing that the throw could replace (commons-vfs's SFTP listing, when changing back to the directory fails).
 */
function chainsCaughtException(jump: SyntaxNode, tryStatement: SyntaxNode): boolean {
  if (jump.type !== 'throw_statement' || /(?<![\w$])return\b/.test(tryStatement.childForFieldName('body')?.text ?? ''))
    return false;
  const kept = tryStatement.namedChildren.flatMap((clause) => {
    if (clause?.type !== 'catch_clause') return [];
    const parameter = clause.namedChildren.find((child) => child?.type === 'catch_formal_parameter');
    const caught = parameter?.childForFieldName('name')?.text;
    if (!caught) return [];
    const assigned = new RegExp(`(?<![\\w$])([\\w$]+)\\s*=\\s*${escaped(caught)}\\s*;`, 'g');
    return [...(clause.childForFieldName('body')?.text ?? '').matchAll(assigned)].map((match) => match[1] ?? '');
  });
  const thrown = jump.namedChild(0)?.text ?? '';
  return kept.some((name) => new RegExp(`(?<![\\w$])${escaped(name)}(?![\\w$])`).test(thrown));
}

function jumpsOutOf(finallyBlock: SyntaxNode): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  const visit = (node: SyntaxNode) => {
    for (const child of node.namedChildren) {
      if (!child || OTHER_CODE.has(child.type)) continue;
      if (
        child.type === 'return_statement' ||
        (child.type === 'throw_statement' && !isCaughtInside(child, finallyBlock))
      )
        found.push(child);
      else visit(child);
    }
  };
  visit(finallyBlock);
  return found;
}

export const rule: Rule = {
  meta: {
    id: 'java/return-in-finally',
    equivalents: {
      javac: ['finally'],
      errorprone: ['Finally'],
      sonar: ['S1143'],
      pmd: ['ReturnFromFinallyBlock'],
      intellij: ['ThrowFromFinallyBlock', 'ReturnInsideFinallyBlock', 'FinallyBlockCannotCompleteNormally'],
    },
    tool: 'plumb',
    language: 'java',
    category: 'Error_Prone',
    severity: 'high',
    labels: ['bug', 'error-handling'],
    remediationMinutes: 15,
    docs: {
      whatItFinds:
        'A `return` or `throw` inside a `finally` block (Error Prone Finally, PMD ReturnFromFinallyBlock). One ' +
        'that runs only when the try block completed, under `if (success)` where the try block ends with ' +
        '`success = true;` (or `if (!threw)` after `threw = false;`), and no catch clause sets the flag, ' +
        'discards nothing and is left alone; so is a `throw` whose exception takes what a catch clause of the ' +
        'same try kept (`lsEx = ex;` … `throw new IOException(msg, lsEx)`) when the try block returns nothing.',
      whyItMatters:
        'Leaving a finally block abruptly discards whatever the try or catch was doing: a pending exception ' +
        'vanishes without a trace, or the value already being returned is replaced.',
      example: {
        bad: 'try { return compute(); } finally { return fallback; }',
        good: 'try { return compute(); } finally { cleanUp(); }',
      },
    },
  },
  create(context) {
    return {
      finally_clause(node) {
        const block = node.namedChildren.find((child) => child?.type === 'block');
        if (!block || !node.parent) return;
        const flag = successFlagOf(node.parent);
        for (const jump of jumpsOutOf(block)) {
          if (flag !== undefined && onlyAfterSuccess(jump, block, flag)) continue;
          if (chainsCaughtException(jump, node.parent)) continue;
          const keyword = jump.type === 'return_statement' ? 'return' : 'throw';
          context.report({
            node: jump,
            message: `\`${keyword}\` inside \`finally\` discards the exception or result of the try block.`,
            help: 'Move the statement after the try statement, or let the finally block only clean up.',
          });
        }
      },
    };
  },
};
