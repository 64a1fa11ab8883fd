import { CoverageError } from './coverage-error.js';
import type { CoverageInput } from './model.js';

const MIB = 1024 * 1024;

/** The report's text chunk by chunk, refused as soon as it grows past `maxBytes`, so nothing larger is held. */
export async function* reportText(input: CoverageInput, maxBytes: number): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8'); // drops a leading byte-order mark
  let bytes = 0;
  for await (const chunk of input) {
    if (bytes === 0 && typeof chunk !== 'string' && chunk[0] === 0x1f && chunk[1] === 0x8b) {
      throw new CoverageError('it is gzip-compressed; send the report uncompressed');
    }
    bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
    if (bytes > maxBytes) throw new CoverageError(`it is larger than the limit of ${sizeOf(maxBytes)}`);
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (text.length > 0) yield text;
  }
  const rest = decoder.decode();
  if (rest.length > 0) yield rest;
}

const sizeOf = (bytes: number) => (bytes % MIB === 0 ? `${bytes / MIB} MiB (${bytes} bytes)` : `${bytes} bytes`);
