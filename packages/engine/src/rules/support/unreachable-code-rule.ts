import type { LanguageId } from '../../languages/registry.js';
import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule, RuleDocs, RuleEquivalents } from '../types.js';
import { SourceMatchStarts } from './source-match-starts.js';

export interface UnreachableCodeRuleSpec {
  /** The established linter's check this rule mirrors (see RuleMeta). */
  equivalents?: RuleEquivalents;
  id: string;
  language: LanguageId;
  docs: RuleDocs;
  /** Nodes whose statements run one after another. */
  statementLists: readonly string[];
  /**
   * The statements of a list in order, without comments,
   * declarations and clauses; none where the list cannot be trusted.
   */
  statementsOf: (list: SyntaxNode) => readonly SyntaxNode[];
  /** Whether control never reaches the statement after this one. */
  leaves: (statement: SyntaxNode) => boolean;
  /**
   * A sticky pattern matching the source at the start of every statement that `leaves` (its keyword, or the function it
   * calls), for languages whose `statementsOf` keeps some of the list's named children in order: it passes over, from
   * the source alone, the many lists that cannot have a statement after one that leaves.
   */
  leavingStart?: RegExp;
  /**
   * A statement after a jump that can be reached all the same (a label), or that is a harmless habit; `source` is the
   * file's as written, which a tree parsed from a preprocessed copy may not hold.
   */
  reachableAnyway?: (next: SyntaxNode, jump: SyntaxNode, source: string) => boolean;
  message: (jump: SyntaxNode) => string;
  help: string;
}

/**
 * Whether some named child of `list` but its last starts as a
 * leaving statement does; else nothing in it is unreachable.
 */
function mayHaveCodeAfterLeaving(list: SyntaxNode, leavingStarts: SourceMatchStarts): boolean {
  // Most lists hold no leaving word at all: one call for the end, none for the children.
  if (!leavingStarts.anyWithin(list.startIndex, list.endIndex)) return false;
  const children = list.namedChildren;
  for (let index = 0; index < children.length - 1; index++) {
    const child = children[index];
    if (child && leavingStarts.has(child.startIndex)) return true;
  }
  return false;
}

/** An unreachable-code rule: in each statement list, the statement right after the first one that leaves it. */
export function unreachableCodeRule(spec: UnreachableCodeRuleSpec): Rule {
  return {
    meta: {
      id: spec.id,
      tool: 'plumb',
      language: spec.language,
      category: 'Error_Prone',
      severity: 'moderate',
      labels: ['bug', 'unused-code'],
      remediationMinutes: 5,
      docs: spec.docs,
      equivalents: spec.equivalents,
    },
    create(context) {
      let leavingStarts: SourceMatchStarts | undefined;
      const check = (list: SyntaxNode) => {
        if (spec.leavingStart) {
          leavingStarts ??= new SourceMatchStarts(context.source, spec.leavingStart);
          if (!mayHaveCodeAfterLeaving(list, leavingStarts)) return;
        }
        // Ruby's `then`, `else` and `do` keyword tokens share their list's type name. A list holding a syntax error
        // (a heredoc the grammar cannot read, say) has statements the parser made up from text.
        if (!list.isNamed || list.hasError) return;
        const statements = spec.statementsOf(list);
        const jumpIndex = statements.findIndex(spec.leaves);
        const jump = statements[jumpIndex];
        const next = jumpIndex < 0 ? undefined : statements[jumpIndex + 1];
        if (!jump || !next || spec.reachableAnyway?.(next, jump, context.source)) return;
        context.report({ node: next, message: spec.message(jump), help: spec.help });
      };
      return Object.fromEntries(spec.statementLists.map((type) => [type, check]));
    },
  };
}
