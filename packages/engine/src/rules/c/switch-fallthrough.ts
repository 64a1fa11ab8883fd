import type { SyntaxNode } from '../../parse/parser.js';
import { namedChildrenOf } from '../support/syntax.js';
import { calleeName } from './support/calls.js';
import { isJump, statementsOf } from './support/control-flow.js';
import { callsNoReturn, NOT_REACHED_NOTE } from './support/no-return.js';
import type { Rule, RuleContext } from '../types.js';

const FALLTHROUGH_NOTE = new RegExp(
  String.raw`fall|(?:go(?:es)?|pass(?:es)?|drops?|continues?)[\s_-]+(?:on[\s_-]+)?thr(?:ough|u)|no[\s_-]*break|` +
    String.raw`break\s+(?:is\s+)?(?:omitted|missing|left\s+out)|omit(?:ted|ting)?\s+(?:the\s+)?break`,
  'i',
);
// Project-specific functions that never return (die, fatal, usage,
// serverPanic, not_reached...) end a case as surely as `break`.
const NO_RETURN_NAME = /exit|abort|die|fatal|panic|unreachable|not_?reached|usage|bug|err|throw|croak/i;

/** Whether control can run off the end of this statement; `false` whenever unsure, so only clear cases are reported. */
function canCompleteNormally(statement: SyntaxNode | undefined, source: string): boolean {
  if (!statement || isJump(statement) || FALLTHROUGH_NOTE.test(statement.text)) return false;
  switch (statement.type) {
    case 'expression_statement': {
      // `LOG(FATAL) << ...` (glog, Abseil) aborts.
      if (/\bFATAL\b/.test(statement.text) || callsNoReturn(statement, source)) return false;
      const call = statement.namedChild(0);
      return !(
        call?.type === 'call_expression' &&
        NO_RETURN_NAME.test(calleeName(call) ?? call.childForFieldName('function')?.text ?? '')
      );
    }
    case 'compound_statement':
      return blockCanCompleteNormally(statementsOf(statement), source);
    case 'if_statement': {
      const alternative = statement.childForFieldName('alternative');
      const otherwise = alternative?.type === 'else_clause' ? alternative.namedChild(0) : alternative;
      return (
        !otherwise ||
        canCompleteNormally(statement.childForFieldName('consequence') ?? undefined, source) ||
        canCompleteNormally(otherwise ?? undefined, source)
      );
    }
    case 'declaration':
      return true;
    default:
      // Loops, nested switches, labels, preprocessor blocks: too many ways out to be sure.
      return false;
  }
}

/**
 * Whether control can run off the end of a block: not past a jump or a call that never returns anywhere in it (`break;`
 * followed by a declaration), nor past a `/* NOTREACHED *\/` note after its last statement; else as its last does.
 */
function blockCanCompleteNormally(statements: readonly SyntaxNode[], source: string): boolean {
  const last = statements.at(-1);
  if (!last || statements.some((statement) => isJump(statement) || callsNoReturn(statement, source))) return false;
  return canCompleteNormally(last, source);
}

/** A `/* NOTREACHED *\/` comment between the case's last statement and the next label. */
function notReachedAfter(last: SyntaxNode, next: SyntaxNode, source: string): boolean {
  return NOT_REACHED_NOTE.test(source.slice(last.endIndex, next.startIndex));
}

function caseLabel(node: SyntaxNode): string {
  const value = node.childForFieldName('value');
  return value ? `case ${value.text}` : 'default';
}

/** A fall-through note for all the cases, on the `switch` line or in a comment right above it ("all fall through"). */
function notedForWholeSwitch(body: SyntaxNode, source: string): boolean {
  const statement = body.parent;
  if (!statement) return false;
  if (FALLTHROUGH_NOTE.test(source.slice(statement.startIndex, body.startIndex))) return true;
  const above = statement.previousSibling;
  return (
    above?.type === 'comment' &&
    above.endPosition.row >= statement.startPosition.row - 1 &&
    FALLTHROUGH_NOTE.test(above.text)
  );
}

/**
 * Whether the first statement control reaches from the case at `index` (past labels with no statements, or empty
 * blocks) is `break`, or there is none: the labels left are empty to the end of the switch (`default: ;`). Falling
 * into either does what a `break` would, and GCC's -Wimplicit-fallthrough does not warn on it.
 */
function landsOnBreak(children: readonly SyntaxNode[], index: number): boolean {
  const rest = children.slice(index);
  for (const label of rest) {
    if (label.type !== 'case_statement') continue;
    // An empty block runs nothing, as an empty statement does.
    const first = statementsOf(label).find(
      (statement) => statement.type !== 'compound_statement' || statementsOf(statement).length > 0,
    );
    if (first) return first.type === 'break_statement';
  }
  // A preprocessor block among them may hold statements: then unsure where control goes.
  return rest.every((node) => node.type === 'case_statement' || node.type === 'comment');
}

/** The case a case falls into, when it can fall through unmarked; undefined when it cannot. */
function fallsInto(children: readonly SyntaxNode[], index: number, source: string): SyntaxNode | undefined {
  const current = children[index]!;
  const next = children.slice(index + 1).find((child) => child.type === 'case_statement');
  if (current.type !== 'case_statement' || !next) return undefined;
  // A preprocessor line inside a case makes the parser put the rest of the case beside it: unsure, so skip.
  if (children.slice(index + 1, children.indexOf(next)).some((node) => node.type !== 'comment')) return undefined;
  const statements = statementsOf(current);
  const last = statements.at(-1);
  if (!last || !blockCanCompleteNormally(statements, source) || notReachedAfter(last, next, source)) return undefined;
  // A case ending with the statement the next one starts with
  // is an unrolled copy (Duff's device), written so on purpose.
  if (last.text === statementsOf(next)[0]?.text) return undefined;
  if (landsOnBreak(children, children.indexOf(next))) return undefined;
  // A comment anywhere from the case to the next label ("fall through", "no break") marks it deliberate.
  if (children.slice(index, children.indexOf(next)).some((node) => FALLTHROUGH_NOTE.test(node.text))) return undefined;
  return next;
}

/**
 * Reports each case of a switch's block that can fall through into the next one. Cases that fall one into the next
 * in a chain (`case 3: h ^= t[2] << 16; case 2: h ^= t[1] << 8; case 1: …`, a hash's tail or a digit writer) are a
 * cascade by design, not a forgotten `break`: only a fall-through on its own is reported.
 */
function checkSwitchBody(body: SyntaxNode, context: RuleContext): void {
  const { source } = context;
  if (body.hasError || notedForWholeSwitch(body, source)) return;
  const children = namedChildrenOf(body);
  const targets = children.map((_, index) => fallsInto(children, index, source));
  const fallenInto = new Set(targets.map((target) => target?.id));
  children.forEach((current, index) => {
    const next = targets[index];
    if (!next) return;
    const chained = fallenInto.has(current.id) || targets[children.indexOf(next)] !== undefined;
    if (chained) return;
    context.report({
      node: next,
      lineEnd: next.startPosition.row + 1,
      message: `\`${caseLabel(current)}\` falls through into \`${caseLabel(next)}\`.`,
      help:
        'Add `break;` if the fall-through is a mistake; if it is deliberate, ' +
        'mark it with a `/* fall through */` comment or `[[fallthrough]];`.',
    });
  });
}

export const rule: Rule = {
  meta: {
    id: 'c/switch-fallthrough',
    equivalents: { clangTidy: ['clang-diagnostic-implicit-fallthrough'] },
    tool: 'plumb',
    language: 'c',
    category: 'Error_Prone',
    severity: 'critical',
    labels: ['bug'],
    remediationMinutes: 5,
    docs: {
      whatItFinds:
        'A `case` that runs statements and then falls into the next label with no `break`, `return` or other ' +
        'jump, and no fall-through comment or attribute (GCC/clang -Wimplicit-fallthrough, CERT MSC17-C). ' +
        'Cases ending in a call that never returns (`abort`, `exit`, `longjmp`, `err`/`errx`, `die`, `serverPanic`, ' +
        '`LOG(FATAL)`, `assert(0)` or a project assertion macro given `0` or `false` (`IM_ASSERT(0)`)..., or a ' +
        'function the file declares `__dead`, `noreturn`, `_Noreturn`, ' +
        '`[[noreturn]]` or `__attribute__((noreturn))`, or a macro of the file whose body ends with a jump), or ' +
        'followed by a `/* NOTREACHED */` note, cases with a `break` or `return` before their last statement, ' +
        'fall-throughs into a case that only breaks (`case EEXIST: err = 0; case EACCES: break;`) or into empty ' +
        'labels that end the switch (`case 2: g(); default: ; }`), ' +
        "unrolled copies (Duff's device), chains of cases that each fall into the next (a hash's tail, a digit " +
        'writer: a cascade by design), and switches noted as falling through on their `switch` line or the ' +
        'comment above it are left alone.',
      whyItMatters:
        "A forgotten `break` runs the next case's code too; deliberate fall-through is common enough that it " +
        'must be marked, so readers and compilers can tell the two apart.',
      example: {
        bad: 'switch (mode) {\ncase READ:\n  open_read(f);\ncase WRITE:\n  open_write(f);\n  break;\n}',
        good: 'switch (mode) {\ncase READ:\n  open_read(f);\n  break;\ncase WRITE:\n  open_write(f);\n  break;\n}',
      },
    },
  },
  create(context) {
    return {
      // Each block of a switch, from the switch: asking every block for its parent cost more than the rule's checks.
      switch_statement(statement) {
        for (const body of namedChildrenOf(statement))
          if (body.type === 'compound_statement') checkSwitchBody(body, context);
      },
    };
  },
};
