import type { UntrackedFinding } from '../findings/types.js';
import { languageSpec, type LanguageId } from '../languages/registry.js';
import type { SyntaxNode, Tree } from '../parse/parser.js';
import type { SyntaxCursor } from '../parse/syntax-cursor.js';
import { isWholeConstruct } from '../parse/whole-construct.js';
import { walkTree, type TreeVisitor } from '../parse/walk-tree.js';
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
  const pass = new RulesVisitor(rules, input);
  if (pass.visitsNodes) walkTree(input.tree, [pass]);
  return pass.findings();
}

const OUTSIDE_ERRORS = -1;

/** The built-in rules of one file as one visitor of the shared tree walk. */
export class RulesVisitor implements TreeVisitor {
  private readonly found: UntrackedFinding[] = [];
  private readonly visitorsByType = new Map<string, ((node: SyntaxNode) => void)[]>();
  /** `visitorsByType` by type id of the tree's grammar (`typeIdsFor`), so a node costs an array read. */
  private visitorsByTypeId: (((node: SyntaxNode) => void)[] | undefined)[] = [];
  private typeIdsFor: readonly (string | null)[] | undefined;
  private readonly exits: (() => void)[] = [];
  /** Depth of the outermost ERROR node the walk is in, or OUTSIDE_ERRORS. */
  private errorDepth = OUTSIDE_ERRORS;
  /** Depth of the construct built whole that the walk is in, inside an ERROR node, or OUTSIDE_ERRORS. */
  private wholeDepth = OUTSIDE_ERRORS;
  private readonly source: string;

  constructor(rules: readonly Rule[], input: Omit<RuleRunInput, 'tree'>) {
    this.source = input.source;
    const codiga = languageSpec(input.language).codiga;
    for (const rule of rules) {
      const report = (found: RuleReport) => this.found.push(toFinding(rule, found, input.filename, codiga));
      const visitors = rule.create({
        filename: input.filename,
        language: input.language,
        source: input.source,
        options: input.options,
        report,
      });
      for (const [type, visit] of Object.entries(visitors)) {
        if (type === 'exit' || !visit) continue;
        const list = this.visitorsByType.get(type) ?? [];
        list.push(visit as (node: SyntaxNode) => void);
        this.visitorsByType.set(type, list);
      }
      if (visitors.exit) this.exits.push(visitors.exit);
    }
  }

  /** Whether any rule looks at nodes (else the tree need not be walked for the rules). */
  get visitsNodes(): boolean {
    return this.visitorsByType.size > 0;
  }

  /**
   * Inside an ERROR node (the root included), only the constructs tree-sitter built whole there (`isWholeConstruct`)
   * and what they hold reach the rules: the rest are fragments whose shape no rule can trust.
   */
  enter(cursor: SyntaxCursor, depth: number): boolean {
    if (this.typeIdsFor !== cursor.typeNames) {
      this.typeIdsFor = cursor.typeNames;
      // A type id without a name reads as ERROR, as `cursor.type` gives it.
      this.visitorsByTypeId = cursor.typeNames.map((type) => this.visitorsByType.get(type ?? 'ERROR'));
    }
    const visitors = cursor.isError ? this.visitorsByType.get('ERROR') : this.visitorsByTypeId[cursor.typeId];
    if (this.errorDepth === OUTSIDE_ERRORS) {
      if (cursor.isError) this.errorDepth = depth;
      else if (visitors) this.visit(visitors, cursor.node());
      return true;
    }
    if (this.wholeDepth !== OUTSIDE_ERRORS) {
      if (visitors) this.visit(visitors, cursor.node());
      return true;
    }
    const node = cursor.isError ? undefined : cursor.node();
    if (node && isWholeConstruct(node, this.source)) {
      this.wholeDepth = depth;
      if (visitors) this.visit(visitors, node);
    }
    return true;
  }

  private visit(visitors: readonly ((node: SyntaxNode) => void)[], node: SyntaxNode): void {
    for (const visit of visitors) visit(node);
  }

  leave(_cursor: SyntaxCursor, depth: number): void {
    if (depth === this.wholeDepth) this.wholeDepth = OUTSIDE_ERRORS;
    if (depth === this.errorDepth) this.errorDepth = OUTSIDE_ERRORS;
  }

  /** Runs the rules' exits and returns every finding by place; call once the walk is over. */
  findings(): UntrackedFinding[] {
    for (const exit of this.exits) exit();
    return this.found.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  }
}

function toFinding(
  rule: Rule,
  found: RuleReport,
  filename: string,
  codiga: UntrackedFinding['language'],
): UntrackedFinding {
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
