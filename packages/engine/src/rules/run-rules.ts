import type { UntrackedFinding } from '../findings/types.js';
import { languageSpec, type LanguageId } from '../languages/registry.js';
import type { SyntaxNode, Tree } from '../parse/parser.js';
import type { Rule, RuleOptions, RuleReport } from './types.js';

export interface RuleRunInput {
  tree: Tree;
  source: string;
  language: LanguageId;
  filename: string;
  options: RuleOptions;
}

/** Runs every rule over one tree in a single walk: a node becomes a JS object only when some rule visits its type. */
export function runRules(rules: readonly Rule[], input: RuleRunInput): UntrackedFinding[] {
  const findings: UntrackedFinding[] = [];
  const visitorsByType = new Map<string, ((node: SyntaxNode) => void)[]>();
  const exits: (() => void)[] = [];
  const codiga = languageSpec(input.language).codiga;
  for (const rule of rules) {
    const report = (found: RuleReport) => findings.push(toFinding(rule, found, input.filename, codiga));
    const visitors = rule.create({ filename: input.filename, language: input.language, source: input.source, options: input.options, report });
    for (const [type, visit] of Object.entries(visitors)) {
      if (type === 'exit' || !visit) continue;
      const list = visitorsByType.get(type) ?? [];
      list.push(visit as (node: SyntaxNode) => void);
      visitorsByType.set(type, list);
    }
    if (visitors.exit) exits.push(visitors.exit);
  }
  if (visitorsByType.size > 0) walk(input.tree, visitorsByType);
  for (const exit of exits) exit();
  return findings.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}

function walk(tree: Tree, visitorsByType: Map<string, ((node: SyntaxNode) => void)[]>): void {
  const cursor = tree.walk();
  try {
    for (;;) {
      const visitors = visitorsByType.get(cursor.nodeType);
      if (visitors) {
        const node = cursor.currentNode;
        for (const visit of visitors) visit(node);
      }
      if (cursor.gotoFirstChild() || cursor.gotoNextSibling()) continue;
      let climbed = false;
      while (cursor.gotoParent()) {
        if (cursor.gotoNextSibling()) {
          climbed = true;
          break;
        }
      }
      if (!climbed) return;
    }
  } finally {
    cursor.delete();
  }
}

function toFinding(rule: Rule, found: RuleReport, filename: string, codiga: UntrackedFinding['language']): UntrackedFinding {
  const line = found.line ?? (found.node ? found.node.startPosition.row + 1 : 1);
  const lineEnd = found.lineEnd ?? (found.node ? found.node.endPosition.row + 1 : line);
  const column = found.column ?? (found.node ? found.node.startPosition.column + 1 : 1);
  const { meta } = rule;
  return {
    rule: meta.id,
    tool: meta.tool,
    category: meta.category,
    severity: meta.severity,
    filename,
    line,
    lineEnd: Math.max(line, lineEnd),
    column,
    description: found.message,
    ...(found.help ? { help: found.help } : {}),
    language: codiga,
    remediationMinutes: meta.remediationMinutes,
  };
}
