import type { SyntaxNode } from '../../parse/parser.js';
import { unreachableCodeRule } from '../support/unreachable-code-rule.js';
import { describeJump, isJump, LEAVING_START, statementsOf } from './support/control-flow.js';

/**
 * Labels and case labels can be jumped to; preprocessor blocks may be compiled out, so what follows is unknown. A
 * declaration without an initializer runs nothing: it declares a name for the cases below (`break; int rc; case 2:`).
 */
function mayBeReachable(statement: SyntaxNode): boolean {
  return (
    statement.type === 'labeled_statement' ||
    statement.type === 'case_statement' ||
    statement.type.startsWith('preproc_') ||
    (statement.type === 'declaration' && !statement.namedChildren.some((child) => child?.type === 'init_declarator'))
  );
}

/**
 * A conditional directive between the jump and the statement: the jump may be compiled out. The tree of a file parsed
 * with only the first branch of each conditional has lost those lines (`#if X return f(); #endif return 0;`).
 */
function conditionalBetween(jump: SyntaxNode, next: SyntaxNode, source: string): boolean {
  return CONDITIONAL_DIRECTIVE.test(source.slice(jump.endIndex, next.startIndex));
}

const CONDITIONAL_DIRECTIVE = /^[ \t]*#[ \t]*(?:if|ifdef|ifndef|elif|elifdef|elifndef|else|endif)\b/m;

/**
 * `CASE(clang);` in a switch: a macro (upper-case by convention) called where case labels stand may expand to one
 * (ccache's `#define CASE(type) case CompilerType::type: return #type`), so the jump before it is no dead end.
 */
function mayBeCaseMacro(statement: SyntaxNode): boolean {
  const list = statement.parent?.type === 'case_statement' ? statement.parent.parent : statement.parent;
  return (
    list?.parent?.type === 'switch_statement' &&
    statement.type === 'expression_statement' &&
    /^[A-Z][A-Z0-9_]*\s*\(/.test(statement.text)
  );
}

/** `(void)name;`: marks a name as used, to quiet a compiler, and runs nothing. */
function isUseMarker(statement: SyntaxNode): boolean {
  return statement.type === 'expression_statement' && /^\(\s*void\s*\)\s*[A-Za-z_]\w*\s*;$/.test(statement.text);
}

/**
 * `return x; break;` in a case, `exit(1); return -1;`, `abort(); _exit(1);` or
 * `throw e; return x;` to quiet a compiler or as a second stop, is a harmless habit, not lost code.
 */
function isDefensive(jump: SyntaxNode, next: SyntaxNode): boolean {
  const thrownOrCalled = jump.type === 'expression_statement' || jump.type === 'throw_statement';
  const secondStop = next.type === 'return_statement' || (next.type === 'expression_statement' && isJump(next));
  return next.type === 'break_statement' || (thrownOrCalled && secondStop);
}

/** A note from the jump to the end of the statement's line that says it is not reached ("Should never reach here"). */
function notedUnreached(jump: SyntaxNode, next: SyntaxNode, source: string): boolean {
  const lineEnd = source.indexOf('\n', next.endIndex);
  return UNREACHED_NOTE.test(source.slice(jump.endIndex, lineEnd < 0 ? source.length : lineEnd));
}

const UNREACHED_NOTE = /\b(?:never|not|n't)\s+(?:be\s+|get\s+)?reach|\bNOT\s*REACHED\b|\bunreachable\b/i;

/** C and C++ (the C++ edition reuses this rule). */
export const rule = unreachableCodeRule({
  id: 'c/unreachable-code',
  equivalents: { clangTidy: ['clang-diagnostic-unreachable-code'] },
  language: 'c',
  statementLists: ['compound_statement', 'case_statement'],
  // Macros the parser could not read make the statement list unreliable.
  statementsOf: (block) => (block.hasError ? [] : statementsOf(block)),
  leaves: isJump,
  leavingStart: LEAVING_START,
  reachableAnyway: (next, jump, source) =>
    mayBeReachable(next) ||
    mayBeCaseMacro(next) ||
    // A `co_return` is what makes the function a coroutine, reached or not (drogon's test handler that throws).
    next.type === 'co_return_statement' ||
    isDefensive(jump, next) ||
    isUseMarker(next) ||
    conditionalBetween(jump, next, source) ||
    notedUnreached(jump, next, source),
  message: (jump) => `Unreachable code after \`${describeJump(jump)}\`.`,
  help: 'Remove the dead statements, or move the jump after them.',
  docs: {
    whatItFinds:
      'Statements right after a `return`, `break`, `continue`, `goto`, or a call to `exit`/`abort`, in the ' +
      'same block, with no label in between (clang -Wunreachable-code, cppcheck unreachableCode). A defensive ' +
      '`break` after a jump, a `return` or a second `_exit()` after `exit()`/`abort()`, a statement noted as ' +
      'never reached (`// Should never reach here`), a declaration without an initializer and a `(void)name;` ' +
      'use marker (they run nothing), an upper-case macro call in a switch, which may expand to a case label ' +
      '(`CASE(gcc);`), a `co_return` (it makes the function a coroutine), and a statement after a jump that ' +
      'an `#if` may compile out are left alone.',
    whyItMatters:
      'Unreachable code never runs: it is dead weight at best, and often a sign that the jump above it is ' +
      'misplaced (a cleanup or unlock that never happens).',
    example: {
      bad: 'free(buffer);\nreturn -1;\nclose(fd);',
      good: 'free(buffer);\nclose(fd);\nreturn -1;',
    },
  },
});
