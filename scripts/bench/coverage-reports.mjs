// Coverage reports of any size, shaped as each format's tools write them: what the coverage benches parse and store.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const LINES_PER_FILE = 300;

/** One source file's worth of report, shaped as each tool writes it (c8's lcov, coverage.py's Cobertura, ...). */
const WRITERS = {
  lcov: {
    head: '',
    file(index) {
      const out = [`TN:\nSF:${lcovFilePath(index)}\n`];
      for (let fn = 0; fn < 10; fn++) out.push(`FN:${fn * 30 + 1},fn${fn}\n`);
      out.push('FNF:10\nFNH:8\n');
      for (let fn = 0; fn < 10; fn++) out.push(`FNDA:${fn < 8 ? fn + 1 : 0},fn${fn}\n`);
      for (let line = 1; line <= LINES_PER_FILE; line++) out.push(`DA:${line},${hits(line)}\n`);
      out.push(`LF:${LINES_PER_FILE}\nLH:${LINES_PER_FILE - LINES_PER_FILE / 10}\n`);
      for (let line = 5; line <= LINES_PER_FILE; line += 5) {
        out.push(`BRDA:${line},${line},0,${hits(line)}\nBRDA:${line},${line},1,${line % 3 === 0 ? '-' : 1}\n`);
      }
      out.push('BRF:120\nBRH:90\nend_of_record\n');
      return out.join('');
    },
    tail: '',
  },
  cobertura: {
    head:
      '<?xml version="1.0" ?>\n<coverage line-rate="0.9" branch-rate="0.7" version="6.5.0">\n<sources>' +
      '<source>/ci/project</source></sources>\n<packages>\n<package name="src" line-rate="0.9">\n<classes>\n',
    file(index) {
      const out = [`<class name="file-${index}.py" filename="src/module-${index % 97}/file-${index}.py">`];
      out.push('<methods/>\n<lines>\n');
      for (let line = 1; line <= LINES_PER_FILE; line++) {
        const branch = line % 5 === 0 ? ' branch="true" condition-coverage="50% (1/2)"' : '';
        out.push(`<line number="${line}" hits="${hits(line)}"${branch}/>\n`);
      }
      out.push('</lines>\n</class>\n');
      return out.join('');
    },
    tail: '</classes>\n</package>\n</packages>\n</coverage>\n',
  },
  jacoco: {
    head:
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN"' +
      ' "report.dtd"><report name="bench">',
    file(index) {
      const out = [`<package name="com/acme/m${index}"><sourcefile name="File${index}.java">`];
      for (let line = 1; line <= LINES_PER_FILE; line++) {
        const covered = hits(line) > 0 ? 3 : 0;
        const branches = line % 5 === 0 ? ' mb="1" cb="1"' : ' mb="0" cb="0"';
        out.push(`<line nr="${line}" mi="${3 - covered}" ci="${covered}"${branches}/>`);
      }
      out.push('<counter type="LINE" missed="30" covered="270"/></sourcefile></package>');
      return out.join('');
    },
    tail: '</report>',
  },
  clover: {
    head: '<?xml version="1.0" encoding="UTF-8"?>\n<coverage generated="1" clover="3.2.0">\n<project timestamp="1">\n',
    file(index) {
      const out = [`<file name="file-${index}.js" path="/ci/project/src/file-${index}.js">\n`];
      for (let line = 1; line <= LINES_PER_FILE; line++) {
        out.push(
          line % 5 === 0
            ? `<line num="${line}" count="${hits(line)}" type="cond" truecount="1" falsecount="0"/>\n`
            : `<line num="${line}" count="${hits(line)}" type="stmt"/>\n`,
        );
      }
      out.push('</file>\n');
      return out.join('');
    },
    tail: '</project>\n</coverage>\n',
  },
};

/** Every tenth line missed, the others hit a varying number of times. */
const hits = (line) => (line % 10 === 0 ? 0 : (line * 7) % 50);

/** Writes a report of about `bytes` bytes; answers the number of source files it covers. */
export async function writeReport(format, file, bytes) {
  const writer = WRITERS[format];
  const out = createWriteStream(file);
  let written = 0;
  const write = async (text) => {
    written += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(writer.head);
  let files = 0;
  for (; written < bytes - Buffer.byteLength(writer.tail) - 20_000; files++) await write(writer.file(files));
  await write(writer.tail);
  out.end();
  await once(out, 'finish');
  return files;
}

/** The repository path of the report's file `index`, as the lcov writer names it. */
export const lcovFilePath = (index) => `src/module-${index % 97}/file-${index}.js`;
