import { describe, expect, it } from 'vitest';
import { CoverageError, parseCoverage, type CoverageFormat } from './index.js';
import { chunksOf, fixtureStream } from './fixtures.case.js';

const parse = (text: string, format?: CoverageFormat) => parseCoverage(chunksOf(text, 7), { format });

const COBERTURA_HEAD = '<?xml version="1.0" ?>\n<coverage line-rate="0.5">\n<packages><package><classes>\n';

describe('parseCoverage refuses malformed reports, naming the problem and its line', () => {
  it.each([
    ['DA:1,1\n', "lcov report, line 1: DA outside a file's record (no SF before it)"],
    ['TN:\nSF:a.js\nDA:1,x\nend_of_record\n', 'lcov report, line 3: DA hit count is not a non-negative integer'],
    ['SF:a.js\nDA:7\nend_of_record\n', 'lcov report, line 2: DA needs "line,hits"'],
    ['SF:a.js\nBRDA:3,0,0,maybe\nend_of_record\n', 'lcov report, line 2: BRDA taken is neither'],
    ['SF:a.js\nDA:1,1\n', 'lcov report: the record of a.js has no end_of_record (truncated?)'],
    ['SF:a.js\nDA:1,1\nhello world\nend_of_record\n', 'lcov report, line 3: expected a KEY:value record'],
    ['TN:\n', 'lcov report: no SF record: the report names no file'],
  ])('lcov %j', async (text, message) => {
    await expect(parse(text)).rejects.toThrow(message);
  });

  it.each([
    [`${COBERTURA_HEAD}<class filename="a.py"><lines>\n<line hits="1"/>`, 'line 5: <line> has no number attribute'],
    [`${COBERTURA_HEAD}<class filename="a.py"><lines><line number="1" hits="-2"/>`, 'line 4: hits="-2" of <line>'],
    [`${COBERTURA_HEAD}<class name="a"><lines/></class>`, 'line 4: <class> has no filename attribute'],
    [`${COBERTURA_HEAD}<class filename="a.py"></package>`, 'line 4: expected </class>, found </package>'],
    [`${COBERTURA_HEAD}<class filename="a &bogus; b">`, 'line 4: an unknown entity in attribute filename of <class>'],
    [`${COBERTURA_HEAD}<class filename="a.py">\n`, 'line 5: the report ends before </class>'],
    [`${COBERTURA_HEAD}<class filename="a.py" <lines>`, 'line 4: a malformed attribute in <class>'],
    ['<coverage line-rate="1"></coverage>\n<coverage line-rate="1"/>', 'line 2: <coverage> after the root element'],
    ['<coverage line-rate="1"></coverage>\nstray', 'line 2: text outside the root element'],
  ])('Cobertura %#', async (text, message) => {
    const error = await parse(text).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CoverageError);
    expect((error as Error).message).toContain(`Cobertura report${message.startsWith('line') ? ', ' : ': '}${message}`);
  });

  it('places an XML error on its line even when the tag straddles chunks', async () => {
    const text = '<report name="x">\n<package name="p">\n\n<sourcefile name="A.java">\n<line nr="1" ci="x"/>';
    for (const size of [1, 3, 64]) {
      await expect(parseCoverage(chunksOf(text, size))).rejects.toThrow(
        'JaCoCo report, line 5: ci="x" of <line> is not a non-negative number',
      );
    }
  });

  it('refuses an XML report of no known root, an empty report and a compressed one', async () => {
    await expect(parse('<?xml version="1.0"?>\n<testsuites/>')).rejects.toThrow(
      'coverage report: it is XML but not Cobertura',
    );
    await expect(parse(' \n')).rejects.toThrow('coverage report: the report is empty');
    await expect(parseCoverage([new Uint8Array([0x1f, 0x8b, 8, 0])])).rejects.toThrow('it is gzip-compressed');
  });

  it('refuses an unknown format option and a size cap that is not a positive number', async () => {
    await expect(parse('SF:a\n', 'xml' as CoverageFormat)).rejects.toThrow('format "xml" is not one of lcov');
    await expect(parseCoverage(['SF:a\n'], { maxBytes: 0 })).rejects.toThrow('maxBytes must be a positive number');
  });
});

describe('the size cap', () => {
  it('refuses a report larger than maxBytes', async () => {
    await expect(parseCoverage(fixtureStream('c8/lcov.info', 100), { maxBytes: 300 })).rejects.toThrow(
      'coverage report: it is larger than the limit of 300 bytes',
    );
    await expect(parseCoverage(fixtureStream('c8/lcov.info'), { maxBytes: 1000 })).resolves.toMatchObject({
      format: 'lcov',
    });
  });

  it('stops reading an endless report at the cap, holding no more than it', async () => {
    let pulled = 0;
    function* endless() {
      yield 'SF:a.js\n';
      for (let line = 1; ; line++) {
        pulled++;
        yield `DA:${line},1\n`.repeat(1000);
      }
    }
    await expect(parseCoverage(endless(), { maxBytes: 1024 * 1024 })).rejects.toThrow(
      'it is larger than the limit of 1 MiB (1048576 bytes)',
    );
    expect(pulled).toBeLessThan(200);
  });
});

describe('lcov details', () => {
  it('refuses a line longer than 1 MiB without holding it', async () => {
    const long = ['TN:\nSF:a.js\n', ...Array.from({ length: 20 }, () => 'x'.repeat(64 * 1024))];
    await expect(parseCoverage(long, { format: 'lcov' })).rejects.toThrow(
      'lcov report, line 3: a line is longer than 1 MiB',
    );
  });

  it('adds hits of a file recorded twice, keeps its branches once, and sorts its lines', async () => {
    const text = [
      'TN:unit\nSF:src/a.js\nDA:5,1\nDA:2,0\nBRDA:5,0,0,1\nBRDA:5,0,1,0\nend_of_record',
      'TN:e2e\nSF:src/a.js\nDA:2,3\nDA:5,0\nBRDA:5,0,0,0\nBRDA:5,0,1,2\nBRDA:9,0,0,-\nend_of_record\n',
    ].join('\n');
    const [file] = (await parse(text)).files;
    expect(Array.from(file!.lines)).toEqual([2, 5, 9]);
    expect(Array.from(file!.hits)).toEqual([3, 1, 0]);
    expect(Array.from(file!.branches)).toEqual([0, 2, 1]);
    expect(Array.from(file!.coveredBranches)).toEqual([0, 1, 0]);
    expect(file!.totals).toEqual({ lines: 3, coveredLines: 2, branches: 3, coveredBranches: 1 });
  });

  it('reads CRLF lines and UTF-8 paths split between chunks', async () => {
    const bytes = new TextEncoder().encode('SF:src/café.js\r\nDA:1,4\r\nend_of_record\r\n');
    const report = await parseCoverage(Array.from(bytes, (byte) => new Uint8Array([byte])));
    expect(report.files.map((file) => [file.path, Array.from(file.hits)])).toEqual([['src/café.js', [4]]]);
  });
});
