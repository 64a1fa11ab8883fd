import { CoverageCollector } from './collector.js';
import { CoverageError } from './coverage-error.js';
import type { FileLines } from './file-lines.js';
import type { CoverageReport } from './model.js';

const CARRIAGE_RETURN = 13;
/** No record comes near this; a longer line is not lcov, and holding it would make every chunk rescan it. */
const MAX_LINE = 1024 * 1024;
const DIGIT_0 = 48;

/** The record keys lcov's tools write (geninfo, c8, nyc, gcovr, Jest...); others of the same shape are skipped. */
const RECORD_KEY = /^[A-Z]+$/;

/**
 * Reads an lcov tracefile (geninfo's format): `SF:` opens a file's record, `DA:line,hits` and
 * `BRDA:line,block,branch,taken` fill it, `end_of_record` closes it. Function records are skipped.
 */
export async function parseLcov(chunks: AsyncIterable<string>): Promise<CoverageReport> {
  const reader = new LcovReader();
  let rest = '';
  for await (const chunk of chunks) {
    const text = rest.length === 0 ? chunk : rest + chunk;
    const last = text.lastIndexOf('\n');
    if (last === -1) {
      if (text.length > MAX_LINE) throw reader.lineTooLong();
      rest = text;
      continue;
    }
    reader.lines(text, last);
    rest = text.slice(last + 1);
  }
  if (rest.length > 0) reader.lines(rest + '\n', rest.length);
  return reader.finish();
}

class LcovReader {
  private readonly collector = new CoverageCollector();
  private lineNumber = 0;
  private records = 0;
  private file: FileLines | undefined;
  /** The open record's branches by line: [branches, taken]. */
  private branches = new Map<number, [number, number]>();

  /** Reads the complete lines of `text` up to `end`, the index of its last line feed. */
  lines(text: string, end: number): void {
    let start = 0;
    while (start <= end) {
      const feed = text.indexOf('\n', start);
      let stop = feed;
      if (stop > start && text.charCodeAt(stop - 1) === CARRIAGE_RETURN) stop--;
      this.lineNumber++;
      try {
        if (stop > start) this.record(text, start, stop);
      } catch (error) {
        throw error instanceof CoverageError ? error.at(this.lineNumber, 'lcov') : error;
      }
      start = feed + 1;
    }
  }

  lineTooLong(): CoverageError {
    return new CoverageError('a line is longer than 1 MiB', this.lineNumber + 1, 'lcov');
  }

  finish(): CoverageReport {
    if (this.file !== undefined) {
      throw new CoverageError(`the record of ${this.file.path} has no end_of_record (truncated?)`, undefined, 'lcov');
    }
    if (this.records === 0) throw new CoverageError('no SF record: the report names no file', undefined, 'lcov');
    return this.collector.finish('lcov');
  }

  private record(text: string, start: number, stop: number): void {
    const colon = text.indexOf(':', start);
    if (colon === start + 2 && text.charCodeAt(start) === 68 && text.charCodeAt(start + 1) === 65) {
      return this.lineHits(text, colon + 1, stop); // DA, most of any report, read without slicing
    }
    if (colon === -1 || colon > stop) {
      const word = text.slice(start, stop).trim();
      if (word === 'end_of_record') return this.endRecord();
      if (word === '') return;
      throw new CoverageError('expected a KEY:value record or end_of_record');
    }
    const key = text.slice(start, colon);
    if (key === 'SF') return this.startRecord(text.slice(colon + 1, stop));
    if (key === 'BRDA') return this.branch(text.slice(colon + 1, stop));
    if (!RECORD_KEY.test(key)) throw new CoverageError(`"${key.slice(0, 40)}" is not an lcov record key`);
  }

  private startRecord(path: string): void {
    if (path.trim() === '') throw new CoverageError('SF names no file');
    if (this.file !== undefined) this.endRecord(); // a missing end_of_record between records is harmless
    this.file = this.collector.file(path);
    this.records++;
  }

  private endRecord(): void {
    const file = this.openFile('end_of_record');
    for (const [line, [total, taken]] of this.branches) file.add(line, Number.NaN, total, taken);
    this.branches.clear();
    file.compact();
    this.file = undefined;
  }

  private lineHits(text: string, start: number, stop: number): void {
    const file = this.openFile('DA');
    const comma = text.indexOf(',', start);
    if (comma === -1 || comma > stop) throw new CoverageError('DA needs "line,hits"');
    const line = readCount(text, start, comma);
    const next = text.indexOf(',', comma + 1); // an optional checksum follows
    const hits = readCount(text, comma + 1, next === -1 || next > stop ? stop : next);
    if (line < 0) throw new CoverageError('DA line number is not a non-negative integer');
    if (hits < 0) throw new CoverageError('DA hit count is not a non-negative integer');
    file.add(line, hits);
  }

  private branch(value: string): void {
    this.openFile('BRDA');
    const fields = value.split(',');
    const line = readCount(fields[0] ?? '', 0, (fields[0] ?? '').length);
    const taken = fields.at(-1)!;
    if (fields.length < 4 || line < 0) throw new CoverageError('BRDA needs "line,block,branch,taken"');
    const count = taken === '-' ? 0 : readCount(taken, 0, taken.length);
    if (count < 0) throw new CoverageError('BRDA taken is neither a non-negative integer nor "-"');
    const seen = this.branches.get(line);
    if (seen === undefined) this.branches.set(line, [1, count > 0 ? 1 : 0]);
    else {
      seen[0]++;
      if (count > 0) seen[1]++;
    }
  }

  private openFile(key: string): FileLines {
    if (this.file === undefined) throw new CoverageError(`${key} outside a file's record (no SF before it)`);
    return this.file;
  }
}

/** The non-negative integer in text[start, end), or -1 when it is not one (hit counts above 2^53 stay approximate). */
function readCount(text: string, start: number, end: number): number {
  if (end <= start) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - DIGIT_0;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}
