import type { LanguageId } from '../../languages/registry.js';
import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule, RuleDocs } from '../types.js';

export interface UnreachableCodeRuleSpec {
  id: string;
  language: LanguageId;
  docs: RuleDocs;
  /** Nodes whose statements run one after another. */
  statementLists: readonly string[];
  /** The statements of a list in order, without comments, declarations and clauses; none where the list cannot be trusted. */
  statementsOf: (list: SyntaxNode) => readonly SyntaxNode[];
  /** Whether control never reaches the statement after this one. */
  leaves: (statement: SyntaxNode) => boolean;
  /** A statement after a jump that can be reached all the same (a label), or that is a harmless habit. */
  reachableAnyway?: (next: SyntaxNode, jump: SyntaxNode) => boolean;
  message: (jump: SyntaxNode) => string;
  help: string;
}

/** An unreachable-code rule: in each statement list, the statement right after the first one that leaves it. */
export function unreachableCodeRule(spec: UnreachableCodeRuleSpec): Rule {
  return {
    meta: { id: spec.id, tool: 'plumb', language: spec.language, category: 'Error_Prone', severity: 'moderate', labels: ['bug', 'unused-code'], remediationMinutes: 5, docs: spec.docs },
    create(context) {
      const check = (list: SyntaxNode) => {
        // Ruby's `then`, `else` and `do` keyword tokens share their list's type name.
        if (!list.isNamed) return;
        const statements = spec.statementsOf(list);
        const jumpIndex = statements.findIndex(spec.leaves);
        const jump = statements[jumpIndex];
        const next = jumpIndex < 0 ? undefined : statements[jumpIndex + 1];
        if (!jump || !next || spec.reachableAnyway?.(next, jump)) return;
        context.report({ node: next, message: spec.message(jump), help: spec.help });
      };
      return Object.fromEntries(spec.statementLists.map((type) => [type, check]));
    },
  };
}
