import type { LanguageId } from '../languages/registry.js';
import type { SyntaxNode, Tree } from '../parse/parser.js';
import type { SyntaxCursor } from '../parse/syntax-cursor.js';
import { walkTree, type TreeVisitor } from '../parse/walk-tree.js';
import { suppressionReadersFor } from './readers/index.js';
import type { Suppression, SuppressionReader } from './types.js';

/**
 * Collects a file's comments and attributes during the shared tree walk and reads its suppressions from them.
 * A file whose text holds no tool's marker is not looked at: most files have none.
 */
export class SuppressionCollector implements TreeVisitor {
  private readonly readers: readonly SuppressionReader[];
  private readonly nodeTypes: ReadonlySet<string>;
  private readonly nodes: SyntaxNode[] = [];

  constructor(
    language: LanguageId,
    private readonly source: string,
    private readonly filename: string,
  ) {
    this.readers = suppressionReadersFor(language).filter((reader) => reader.marker.test(source));
    this.nodeTypes = new Set(this.readers.flatMap((reader) => reader.nodeTypes));
  }

  enter(cursor: SyntaxCursor): boolean {
    if (this.readers.length === 0) return false;
    if (this.nodeTypes.has(cursor.type)) this.nodes.push(cursor.node());
    return true;
  }

  leave(): void {}

  /** Every suppression of the file; call once the walk is over and before the tree is deleted. */
  suppressions(): Suppression[] {
    if (this.readers.length === 0) return [];
    const file = { filename: this.filename, lines: this.source.split(/\r?\n/) };
    return this.readers.flatMap((reader) =>
      reader.read(
        this.nodes.filter((node) => reader.nodeTypes.includes(node.type)),
        file,
      ),
    );
  }
}

/** A file's suppressions from a walk of its own (the analysis shares its walk with the other passes instead). */
export function readSuppressions(tree: Tree, language: LanguageId, source: string, filename: string): Suppression[] {
  const collector = new SuppressionCollector(language, source, filename);
  walkTree(tree, [collector]);
  return collector.suppressions();
}
