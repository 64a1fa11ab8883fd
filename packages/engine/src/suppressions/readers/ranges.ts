import type { SourceLines, Suppression, SuppressionTool } from '../types.js';
import { lastLine, suppression } from './lines.js';

/**
 * `disable`…`enable` ranges per check, as RuboCop, ESLint and PHP_CodeSniffer keep them: an `enable` naming a
 * check (or everything) ends the ranges it covers; a range left open runs to the end of the file.
 */
export class DisabledRanges {
  private readonly found: Suppression[] = [];
  private open: { checks: readonly string[] | 'all'; from: number }[] = [];

  constructor(private readonly tool: SuppressionTool) {}

  disable(checks: readonly string[] | 'all', line: number): void {
    this.open.push({ checks, from: line });
  }

  enable(checks: readonly string[] | 'all', line: number): void {
    const still: typeof this.open = [];
    for (const range of this.open) {
      if (checks === 'all') {
        this.found.push(suppression(this.tool, range.checks, range.from, line));
      } else if (range.checks === 'all') {
        // Enabling some checks inside a disable-all: the others stay off past it, which this cannot tell apart.
        still.push(range);
      } else {
        const ended = range.checks.filter((check) => checks.includes(check));
        const kept = range.checks.filter((check) => !checks.includes(check));
        if (ended.length > 0) this.found.push(suppression(this.tool, ended, range.from, line));
        if (kept.length > 0) still.push({ checks: kept, from: range.from });
      }
    }
    this.open = still;
  }

  ranges(file: SourceLines): Suppression[] {
    return [
      ...this.found,
      ...this.open.map((range) => suppression(this.tool, range.checks, range.from, lastLine(file))),
    ];
  }
}
