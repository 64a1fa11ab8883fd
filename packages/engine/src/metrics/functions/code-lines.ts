/**
 * Prefix sums of the lines that hold code: a line counts when it has a non-blank character outside
 * every excluded range (comments, docstrings). `codeLinesBefore[r]` = code lines among rows 0..r-1.
 * `excluded` holds [start, end) UTF-16 offsets in document order, as tree-sitter reports them.
 */
export function countCodeLines(source: string, excluded: readonly number[]): Uint32Array {
  let rows = 1;
  for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1)) rows++;
  const before = new Uint32Array(rows + 1);
  let row = 0;
  let rowHasCode = false;
  let range = 0;
  let nextStart = excluded.length > 0 ? excluded[0]! : Infinity;
  for (let i = 0; i < source.length; i++) {
    if (i === nextStart) {
      // Skip the excluded range, still counting the newlines inside it.
      const end = excluded[range + 1]!;
      for (; i < end; i++) {
        if (source.charCodeAt(i) === 10) {
          before[row + 1] = before[row]! + (rowHasCode ? 1 : 0);
          row++;
          rowHasCode = false;
        }
      }
      range += 2;
      while (range < excluded.length && excluded[range]! < i) range += 2;
      nextStart = range < excluded.length ? excluded[range]! : Infinity;
      i--;
      continue;
    }
    const code = source.charCodeAt(i);
    if (code === 10) {
      before[row + 1] = before[row]! + (rowHasCode ? 1 : 0);
      row++;
      rowHasCode = false;
    } else if (rowHasCode || (code !== 32 && code !== 9 && code !== 13 && code !== 12 && code !== 11)) {
      rowHasCode = true;
      // Nothing else on a line with code matters until its end or the next excluded range: jump there.
      const newline = source.indexOf('\n', i);
      i = Math.min(newline === -1 ? source.length : newline, nextStart) - 1;
    }
  }
  before[row + 1] = before[row]! + (rowHasCode ? 1 : 0);
  return before;
}
