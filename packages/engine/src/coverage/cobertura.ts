import { CoverageCollector } from './collector.js';
import { CoverageError } from './coverage-error.js';
import type { FileLines } from './file-lines.js';
import type { CoverageReport } from './model.js';
import type { XmlAttributes, XmlHandler } from './xml/tokenizer.js';
import { countAttribute, expectRoot, readXml, textAttribute } from './xml/read-xml.js';

const CONDITION_COVERAGE = /\((\d+)\/(\d+)\)/;

/**
 * Reads Cobertura XML (coverage.py, c8/nyc, gcovr, Cobertura itself): `<class filename>` holds `<lines><line
 * number hits branch condition-coverage="50% (1/2)">`. The copies of those lines under `<methods>` are skipped.
 */
export async function parseCobertura(chunks: AsyncIterable<string>): Promise<CoverageReport> {
  const handler = new CoberturaHandler();
  await readXml(chunks, handler, 'cobertura');
  return handler.collector.finish('cobertura', handler.sources);
}

class CoberturaHandler implements XmlHandler {
  readonly collector = new CoverageCollector();
  readonly sources: string[] = [];
  private depth = 0;
  private file: FileLines | undefined;
  private insideMethods = 0;
  private source: string | undefined;

  open(name: string, attributes: XmlAttributes): void {
    if (this.depth++ === 0) expectRoot(name, 'coverage', 'Cobertura');
    if (name === 'source') this.source = '';
    else if (name === 'class') this.file = this.collector.file(textAttribute(attributes, name, 'filename'));
    else if (name === 'methods') this.insideMethods++;
    else if (name === 'line' && this.file !== undefined && this.insideMethods === 0) this.line(attributes);
  }

  close(name: string): void {
    this.depth--;
    if (name === 'source' && this.source !== undefined) {
      if (this.source.trim() !== '') this.sources.push(this.source.trim());
      this.source = undefined;
    } else if (name === 'class') {
      this.file?.compact();
      this.file = undefined;
    } else if (name === 'methods') this.insideMethods--;
  }

  text(text: string): void {
    if (this.source !== undefined) this.source += text;
  }

  private line(attributes: XmlAttributes): void {
    const line = countAttribute(attributes, 'line', 'number');
    const hits = countAttribute(attributes, 'line', 'hits');
    // condition-coverage="50% (1/2)" comes with branch="true" (coverlet writes "True"); a line without it has none.
    const condition = attributes['condition-coverage'];
    const counts = condition === undefined ? undefined : CONDITION_COVERAGE.exec(condition);
    if (counts === null) throw new CoverageError(`condition-coverage="${condition!.slice(0, 30)}" is not "N% (a/b)"`);
    this.file!.add(line, hits, Number(counts?.[2] ?? 0), Number(counts?.[1] ?? 0));
  }
}
