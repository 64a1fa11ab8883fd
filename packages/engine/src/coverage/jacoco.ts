import { CoverageCollector } from './collector.js';
import type { FileLines } from './file-lines.js';
import type { CoverageReport } from './model.js';
import { countAttribute, expectRoot, readXml, textAttribute } from './xml/read-xml.js';
import type { XmlAttributes, XmlHandler } from './xml/tokenizer.js';

/**
 * Reads JaCoCo's XML report: `<package name="com/example">` holds `<sourcefile name="A.java">` with
 * `<line nr mi ci mb cb>` (missed and covered instructions and branches). JaCoCo counts no hits: a line with a
 * covered instruction counts as hit once. Files are named `com/example/A.java`; in a multi-module report, `<group>`
 * names their module.
 */
export async function parseJacoco(chunks: AsyncIterable<string>): Promise<CoverageReport> {
  const handler = new JacocoHandler();
  await readXml(chunks, handler, 'jacoco');
  return handler.collector.finish('jacoco');
}

class JacocoHandler implements XmlHandler {
  readonly collector = new CoverageCollector();
  private depth = 0;
  private packageName = '';
  private readonly groups: string[] = [];
  private file: FileLines | undefined;

  open(name: string, attributes: XmlAttributes): void {
    if (this.depth++ === 0) expectRoot(name, 'report', 'JaCoCo');
    if (name === 'group') this.groups.push(textAttribute(attributes, name, 'name'));
    else if (name === 'package')
      this.packageName = (attributes['name'] ?? '').replace(/^\/+|\/+$/g, ''); // '' is the default package
    else if (name === 'sourcefile') {
      const file = textAttribute(attributes, name, 'name');
      const path = this.packageName === '' ? file : `${this.packageName}/${file}`;
      this.file = this.collector.file(path, this.groups.length === 0 ? undefined : this.groups.join('/'));
    } else if (name === 'line' && this.file !== undefined) this.line(attributes);
  }

  close(name: string): void {
    this.depth--;
    if (name === 'sourcefile') {
      this.file?.compact();
      this.file = undefined;
    } else if (name === 'package') this.packageName = '';
    else if (name === 'group') this.groups.pop();
  }

  text(): void {}

  private line(attributes: XmlAttributes): void {
    const line = countAttribute(attributes, 'line', 'nr');
    const coveredInstructions = countAttribute(attributes, 'line', 'ci', 0);
    const missedBranches = countAttribute(attributes, 'line', 'mb', 0);
    const coveredBranches = countAttribute(attributes, 'line', 'cb', 0);
    this.file!.add(line, coveredInstructions > 0 ? 1 : 0, missedBranches + coveredBranches, coveredBranches);
  }
}
