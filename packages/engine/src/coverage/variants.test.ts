import { describe, expect, it } from 'vitest';
import { parseCoverage } from './index.js';
import { chunksOf, rows } from './fixtures.case.js';

// Small reports in the shapes of tools not installed here, written by hand after their writers' output.
const parse = async (text: string) => (await parseCoverage(chunksOf(text, 11))).files.map((file) => rows(file));

describe('format variants of other tools', () => {
  it("reads coverlet's Cobertura, whose branch attribute is True", async () => {
    const report = `<?xml version="1.0" encoding="utf-8"?>
<coverage line-rate="0.5" branch-rate="0.5" version="1.9" timestamp="1">
  <sources><source>C:\\src\\shop\\</source></sources>
  <packages><package name="Shop"><classes>
    <class name="Shop.Cart" filename="Shop\\Cart.cs" line-rate="0.5" branch-rate="0.5" complexity="2">
      <methods><method name="Add" signature="(System.Int32)" line-rate="1" branch-rate="1" complexity="2">
        <lines><line number="7" hits="3" branch="True" condition-coverage="50% (1/2)" /></lines>
      </method></methods>
      <lines>
        <line number="7" hits="3" branch="True" condition-coverage="50% (1/2)">
          <conditions><condition number="6" type="jump" coverage="50%" /></conditions>
        </line>
        <line number="8" hits="0" branch="False" />
      </lines>
    </class>
  </classes></package></packages>
</coverage>`;
    expect(await parse(report)).toEqual([
      [
        { line: 7, hits: 3, branches: 2, coveredBranches: 1 },
        { line: 8, hits: 0, branches: 0, coveredBranches: 0 },
      ],
    ]);
  });

  it("reads OpenClover's cond lines as Clover's DTD counts them, from the file's own metrics", async () => {
    const report = `<?xml version="1.0" encoding="UTF-8"?>
<coverage generated="1" clover="4.5.2">
  <project timestamp="1" name="shop">
    <metrics conditionals="4" coveredconditionals="3" statements="3" coveredstatements="2"/>
    <package name="com.acme">
      <file name="Cart.java" path="/ci/src/main/java/com/acme/Cart.java">
        <metrics conditionals="4" coveredconditionals="3" statements="3" coveredstatements="2"/>
        <class name="Cart"><metrics conditionals="7" coveredconditionals="3"/></class>
        <line num="5" count="2" type="method" signature="add(int) : void" visibility="public"/>
        <line num="6" truecount="2" falsecount="0" type="cond"/>
        <line num="7" count="0" type="stmt"/>
        <line num="9" truecount="1" falsecount="4" type="cond"/>
      </file>
    </package>
  </project>
</coverage>`;
    expect(await parse(report)).toEqual([
      [
        { line: 5, hits: 2, branches: 0, coveredBranches: 0 },
        { line: 6, hits: 2, branches: 2, coveredBranches: 1 },
        { line: 7, hits: 0, branches: 0, coveredBranches: 0 },
        { line: 9, hits: 5, branches: 2, coveredBranches: 2 },
      ],
    ]);
  });

  it("reads PHPUnit's Clover, whose files carry only a name and whose root has no clover attribute", async () => {
    const report = `<?xml version="1.0" encoding="UTF-8"?>
<coverage generated="1">
  <project timestamp="1">
    <file name="/app/src/Cart.php">
      <class name="App\\Cart" namespace="App"><metrics complexity="2" methods="1" coveredmethods="1"/></class>
      <line num="9" type="method" name="add" visibility="public" complexity="2" crap="2" count="4"/>
      <line num="11" type="stmt" count="4"/>
      <line num="12" type="stmt" count="0"/>
      <metrics loc="20" ncloc="16" classes="1" methods="1" coveredmethods="1" conditionals="0"/>
    </file>
  </project>
</coverage>`;
    const result = await parseCoverage(chunksOf(report, 5));
    expect(result.format).toBe('clover');
    expect(result.files.map((file) => [file.path, file.totals])).toEqual([
      ['/app/src/Cart.php', { lines: 3, coveredLines: 2, branches: 0, coveredBranches: 0 }],
    ]);
  });
});
