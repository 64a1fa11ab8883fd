import { CoverageCollector } from './collector.js';
import { CoverageError } from './coverage-error.js';
import type { FileLines } from './file-lines.js';
import type { CoverageReport } from './model.js';
import { countAttribute, expectRoot, readXml } from './xml/read-xml.js';
import type { XmlAttributes, XmlHandler } from './xml/tokenizer.js';

/**
 * Reads Clover XML (OpenClover, PHPUnit, istanbul: Jest, nyc, c8): `<file path name>` holds `<line num count type>`.
 * A `cond` line's `truecount` and `falsecount` mean two things: for Clover's DTD, the times one condition was true
 * and false (two branches, each covered when its count is above 0); for istanbul, the branches covered and not
 * covered. Each file is read the way that agrees with its own `<metrics conditionals coveredconditionals>`, Clover's
 * when neither or both do.
 */
export async function parseClover(chunks: AsyncIterable<string>): Promise<CoverageReport> {
  const handler = new CloverHandler();
  await readXml(chunks, handler, 'clover');
  return handler.collector.finish('clover');
}

interface Condition {
  line: number;
  hits: number;
  whenTrue: number;
  whenFalse: number;
}

class CloverHandler implements XmlHandler {
  readonly collector = new CoverageCollector();
  private depth = 0;
  private file: FileLines | undefined;
  private fileDepth = 0;
  /** The open file's `<metrics>`: [conditionals, covered conditionals]. */
  private metrics: [number, number] | undefined;
  private conditions: Condition[] = [];

  open(name: string, attributes: XmlAttributes): void {
    if (this.depth++ === 0) expectRoot(name, 'coverage', 'Clover');
    if (name === 'file') {
      const path = attributes['path'] ?? attributes['name'];
      if (path === undefined || path.trim() === '') throw new CoverageError('<file> has neither path nor name');
      this.file = this.collector.file(path);
      this.fileDepth = this.depth;
    } else if (name === 'metrics' && this.file !== undefined && this.depth === this.fileDepth + 1) {
      // the file's own metrics, not those of a <class> inside it (OpenClover)
      const conditionals = countAttribute(attributes, name, 'conditionals', 0);
      this.metrics = [conditionals, countAttribute(attributes, name, 'coveredconditionals', 0)];
    } else if (name === 'line' && this.file !== undefined) this.line(attributes);
  }

  close(name: string): void {
    this.depth--;
    if (name !== 'file' || this.file === undefined) return;
    const counted = countedByIstanbul(this.conditions, this.metrics);
    for (const { line, hits, whenTrue, whenFalse } of this.conditions) {
      if (counted) this.file.add(line, hits, whenTrue + whenFalse, whenTrue);
      else this.file.add(line, hits, 2, (whenTrue > 0 ? 1 : 0) + (whenFalse > 0 ? 1 : 0));
    }
    this.file.compact();
    [this.file, this.metrics, this.conditions] = [undefined, undefined, []];
  }

  text(): void {}

  private line(attributes: XmlAttributes): void {
    const line = countAttribute(attributes, 'line', 'num');
    if (attributes['type'] !== 'cond') return this.file!.add(line, countAttribute(attributes, 'line', 'count'));
    const whenTrue = countAttribute(attributes, 'line', 'truecount', 0);
    const whenFalse = countAttribute(attributes, 'line', 'falsecount', 0);
    const hits = countAttribute(attributes, 'line', 'count', whenTrue + whenFalse);
    this.conditions.push({ line, hits, whenTrue, whenFalse });
  }
}

/** Whether the file's metrics count its conditions as istanbul does, and not as Clover's DTD does. */
function countedByIstanbul(conditions: readonly Condition[], metrics: [number, number] | undefined): boolean {
  if (metrics === undefined || conditions.length === 0) return false;
  let branches = 0;
  let covered = 0;
  let binaryCovered = 0;
  for (const { whenTrue, whenFalse } of conditions) {
    branches += whenTrue + whenFalse;
    covered += whenTrue;
    binaryCovered += (whenTrue > 0 ? 1 : 0) + (whenFalse > 0 ? 1 : 0);
  }
  const istanbul = branches === metrics[0] && covered === metrics[1];
  const clover = conditions.length * 2 === metrics[0] && binaryCovered === metrics[1];
  return istanbul && !clover;
}
