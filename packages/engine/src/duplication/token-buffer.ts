import type { FileTokens } from './types.js';

/** Growable parallel arrays of one file's tokens, trimmed to exact-size typed arrays at the end. */
export class TokenBuffer {
  private normalized: Uint32Array = new Uint32Array(1024);
  private exact: Uint32Array = new Uint32Array(1024);
  private lines: Uint32Array = new Uint32Array(1024);
  private length = 0;

  push(normalized: number, exact: number, line: number): void {
    if (this.length === this.lines.length) this.grow();
    this.normalized[this.length] = normalized;
    this.exact[this.length] = exact;
    this.lines[this.length] = line;
    this.length++;
  }

  toFileTokens(filename: string): FileTokens {
    return {
      filename,
      normalized: this.normalized.slice(0, this.length),
      exact: this.exact.slice(0, this.length),
      lines: this.lines.slice(0, this.length),
    };
  }

  private grow(): void {
    const size = this.lines.length * 2;
    const widen = (from: Uint32Array): Uint32Array => {
      const to = new Uint32Array(size);
      to.set(from);
      return to;
    };
    this.normalized = widen(this.normalized);
    this.exact = widen(this.exact);
    this.lines = widen(this.lines);
  }
}
