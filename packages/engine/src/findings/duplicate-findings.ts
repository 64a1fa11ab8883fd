import { duplicateMinutes } from '../debt/index.js';
import type { Duplicate, DuplicateOccurrence } from '../model.js';
import { compareText } from '../order.js';
import { METRIC_RULES } from './metric-rules.js';
import type { UntrackedFinding } from './types.js';

/**
 * Other places named per block, and blocks named per finding: a class with thousands of copies (data tables), or a
 * file made of hundreds of blocks, must not make each message quadratic.
 */
const LISTED_PLACES = 3;
const LISTED_BLOCKS = 10;

/** One occurrence of a clone class in the file, with the class it belongs to. */
interface Block {
  occurrence: DuplicateOccurrence;
  duplicate: Duplicate;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function otherPlaces({ occurrence, duplicate }: Block): string {
  const others = duplicate.occurrences.filter((other) => other !== occurrence);
  const listed = others
    .slice(0, LISTED_PLACES)
    .map((other) => (other.filename === occurrence.filename ? `line ${other.line}` : `${other.filename}:${other.line}`))
    .join(', ');
  const more = others.length - LISTED_PLACES;
  return `${listed}${more > 0 ? ` and ${plural(more, 'more place')}` : ''}`;
}

/** Lines covered by at least one block, each counted once. */
function coveredLines(blocks: readonly Block[]): number {
  const lines = new Set<number>();
  for (const { occurrence } of blocks)
    for (let line = occurrence.line; line <= occurrence.lineEnd; line++) lines.add(line);
  return lines.size;
}

function describeBlocks(blocks: readonly Block[]): string {
  const listed = blocks
    .slice(0, LISTED_BLOCKS)
    .map((block) => `lines ${block.occurrence.line}–${block.occurrence.lineEnd} (also ${otherPlaces(block)})`)
    .join('; ');
  const more = blocks.length - LISTED_BLOCKS;
  return (
    `${plural(coveredLines(blocks), 'duplicated line')} in ${plural(blocks.length, 'block')}: ` +
    `${listed}${more > 0 ? `; and ${plural(more, 'more block')}` : ''}.`
  );
}

function blocksByFile(duplicates: readonly Duplicate[]): Map<string, Block[]> {
  const byFile = new Map<string, Block[]>();
  for (const duplicate of duplicates) {
    for (const occurrence of duplicate.occurrences) {
      const blocks = byFile.get(occurrence.filename) ?? [];
      blocks.push({ occurrence, duplicate });
      byFile.set(occurrence.filename, blocks);
    }
  }
  return byFile;
}

/**
 * One finding per file with duplicated blocks, as SonarQube reports duplication: placed on its first block, naming
 * every block's lines and the other places it occurs, with each class's debt shared among its occurrences.
 */
export function duplicateFindings(duplicates: readonly Duplicate[]): UntrackedFinding[] {
  const { id, tool, category, severity } = METRIC_RULES.duplicatedCode;
  return [...blocksByFile(duplicates)]
    .sort(([a], [b]) => compareText(a, b))
    .map(([filename, blocks]) => {
      blocks.sort((a, b) => a.occurrence.line - b.occurrence.line || a.occurrence.lineEnd - b.occurrence.lineEnd);
      const minutes = blocks.reduce(
        (total, { duplicate }) => total + duplicateMinutes(duplicate) / duplicate.occurrences.length,
        0,
      );
      const first = blocks[0]!.occurrence;
      return {
        rule: id,
        tool,
        category,
        severity,
        filename,
        line: first.line,
        lineEnd: first.lineEnd,
        column: 1,
        description: describeBlocks(blocks),
        help: 'Move the shared code into one function and call it from each place.',
        language: null,
        remediationMinutes: Math.round(minutes * 100) / 100,
      };
    });
}
