import type { Finding } from '../findings/types.js';
import { ruleKey } from './fingerprint.js';

/** Lines either side of a finding's line whose hashes make up its block (SonarQube's half block size). */
const HALF_BLOCK = 5;
/** Past this many line pairs the pairwise search costs more than it can save (SonarQube's limit). */
const MAX_LINE_PAIRS = 250_000;

/** The state one file's matching shares between passes. */
export interface FileMatching {
  unmatchedPrevious(): Finding[];
  unmatchedCurrent(): Finding[];
  isPreviousMatched(finding: Finding): boolean;
  isCurrentMatched(finding: Finding): boolean;
  match(previous: Finding, current: Finding): void;
}

interface LinePair {
  previousLine: number;
  currentLine: number;
  weight: number;
}

/**
 * SonarQube's BlockRecognizer: matches findings of code that moved within the file, given the line hashes of
 * both versions. A line's block is the hashes of the 11 lines around it. Lines whose block occurs once on each
 * side are paired first; then every remaining pair of lines with equal hashes, longest run of equal lines
 * around them first (then nearest). Paired lines match their findings of the same rule and codeHash.
 */
export function matchMovedBlocks(
  file: FileMatching,
  previousHashes: readonly string[],
  currentHashes: readonly string[],
): void {
  const previousByLine = groupByLine(file.unmatchedPrevious());
  const currentByLine = groupByLine(file.unmatchedCurrent());
  const pairLines = (previousLine: number, currentLine: number) =>
    matchLines(file, previousByLine.get(previousLine) ?? [], currentByLine.get(currentLine) ?? []);

  const occurrences = new Map<
    string,
    { previousLine: number; previousCount: number; currentLine: number; currentCount: number }
  >();
  for (const line of previousByLine.keys()) {
    const hash = blockHash(previousHashes, line);
    const seen = occurrences.get(hash);
    if (seen) seen.previousCount += 1;
    else occurrences.set(hash, { previousLine: line, previousCount: 1, currentLine: 0, currentCount: 0 });
  }
  for (const line of currentByLine.keys()) {
    const seen = occurrences.get(blockHash(currentHashes, line));
    if (seen) {
      seen.currentLine = line;
      seen.currentCount += 1;
    }
  }
  for (const seen of occurrences.values()) {
    if (seen.previousCount !== 1 || seen.currentCount !== 1) continue;
    pairLines(seen.previousLine, seen.currentLine);
    previousByLine.delete(seen.previousLine);
    currentByLine.delete(seen.currentLine);
  }

  if (previousByLine.size * currentByLine.size >= MAX_LINE_PAIRS) return;
  const pairs: LinePair[] = [];
  for (const previousLine of previousByLine.keys()) {
    for (const currentLine of currentByLine.keys()) {
      const weight = equalRunLength(previousHashes, previousLine, currentHashes, currentLine);
      if (weight > 0) pairs.push({ previousLine, currentLine, weight });
    }
  }
  pairs.sort(
    (a, b) =>
      b.weight - a.weight ||
      Math.abs(a.previousLine - a.currentLine) - Math.abs(b.previousLine - b.currentLine) ||
      a.previousLine - b.previousLine ||
      a.currentLine - b.currentLine,
  );
  for (const pair of pairs) pairLines(pair.previousLine, pair.currentLine);
}

function groupByLine(findings: readonly Finding[]): Map<number, Finding[]> {
  const byLine = new Map<number, Finding[]>();
  for (const finding of findings) {
    const list = byLine.get(finding.line);
    if (list) list.push(finding);
    else byLine.set(finding.line, [finding]);
  }
  return byLine;
}

function matchLines(file: FileMatching, previous: readonly Finding[], current: readonly Finding[]): void {
  for (const found of current) {
    if (file.isCurrentMatched(found)) continue;
    const partner = previous.find(
      (candidate) =>
        !file.isPreviousMatched(candidate) &&
        ruleKey(candidate) === ruleKey(found) &&
        candidate.codeHash === found.codeHash,
    );
    if (partner) file.match(partner, found);
  }
}

/** The hashes of the lines `line - 5 … line + 5` that exist, joined: equal blocks mean equal surroundings. */
export function blockHash(hashes: readonly string[], line: number): string {
  const from = Math.max(0, line - 1 - HALF_BLOCK);
  return hashes.slice(from, Math.max(from, line + HALF_BLOCK)).join(',');
}

/** How many consecutive lines around the two lines are equal on both sides, 0 when the lines themselves differ. */
export function equalRunLength(
  previous: readonly string[],
  previousLine: number,
  current: readonly string[],
  currentLine: number,
): number {
  const same = (p: number, c: number) => {
    const a = previous[p - 1];
    return a !== undefined && a === current[c - 1];
  };
  if (!same(previousLine, currentLine)) return 0;
  let before = 1;
  while (previousLine - before >= 1 && currentLine - before >= 1 && same(previousLine - before, currentLine - before))
    before += 1;
  let after = 1;
  while (same(previousLine + after, currentLine + after)) after += 1;
  return before + after - 1;
}
