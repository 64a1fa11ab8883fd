import type { FileTokens } from './types.js';

/** Every file's tokens laid end to end, so one index names any token of the analysis. */
export interface TokenStream {
  normalized: Uint32Array;
  exact: Uint32Array;
  lines: Uint32Array;
  /** Index into `files` of the file each token belongs to. */
  fileOf: Int32Array;
  /** First token of each file, plus the total length at the end. */
  fileStart: Int32Array;
  files: readonly FileTokens[];
}

export function concatenateTokens(files: readonly FileTokens[]): TokenStream {
  let total = 0;
  for (const file of files) total += file.normalized.length;
  const stream: TokenStream = {
    normalized: new Uint32Array(total),
    exact: new Uint32Array(total),
    lines: new Uint32Array(total),
    fileOf: new Int32Array(total),
    fileStart: new Int32Array(files.length + 1),
    files,
  };
  let offset = 0;
  files.forEach((file, index) => {
    stream.fileStart[index] = offset;
    stream.normalized.set(file.normalized, offset);
    stream.exact.set(file.exact, offset);
    stream.lines.set(file.lines, offset);
    stream.fileOf.fill(index, offset, offset + file.normalized.length);
    offset += file.normalized.length;
  });
  stream.fileStart[files.length] = offset;
  return stream;
}

/** One past the last token of the file that holds token `position`. */
export function fileEndOf(stream: TokenStream, position: number): number {
  return stream.fileStart[(stream.fileOf[position] ?? 0) + 1] ?? 0;
}
