import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

const NESTING = new Set(['if_statement', 'for_statement', 'c_style_for_statement', 'while_statement', 'case_statement']);
const BOUNDARIES = new Set(['function_definition', 'program']);

function depthOf(node: SyntaxNode): number {
  let depth = 0;
  for (let current: SyntaxNode | null = node; current && !BOUNDARIES.has(current.type); current = current.parent) if (NESTING.has(current.type)) depth++;
  return depth;
}

export const rule: Rule = {
  meta: {
    id: 'shell/deep-nesting',
    tool: 'plumb',
    language: 'shell',
    category: 'Design',
    severity: 'moderate',
    labels: ['complexity'],
    remediationMinutes: 20,
    docs: {
      whatItFinds: '`if`, `case` and loops nested deeper than `maxNestingDepth` (4 by default) inside one function or the script body; `elif` stays at one level and the structure that crosses the limit is reported once.',
      whyItMatters: 'Each level of nesting is another condition a reader must hold in mind; in shell, where every line can fail silently, deep nesting hides which branch ran.',
      example: {
        bad: 'for f in *; do\n  if [ -f "$f" ]; then\n    case "$f" in\n      *.log)\n        while read -r l; do\n          if [ -n "$l" ]; then echo "$l"; fi\n        done < "$f" ;;\n    esac\n  fi\ndone',
        good: 'print_log() {\n  grep -v "^$" "$1"\n}\nfor f in ./*.log; do\n  [ -f "$f" ] && print_log "$f"\ndone',
      },
    },
  },
  create(context) {
    const limit = context.options.maxNestingDepth;
    const check = (node: SyntaxNode) => {
      if (depthOf(node) !== limit + 1) return;
      context.report({ node, message: `Code is nested ${limit + 1} levels deep (more than ${limit}).`, help: 'Return or continue early, or move the inner part into a function.' });
    };
    return Object.fromEntries([...NESTING].map((type) => [type, check]));
  },
};
