import type { Finding } from '../findings/types.js';
import { compareByPlace, ruleKey } from './fingerprint.js';
import { type FileMatching, matchMovedBlocks } from './moved-blocks.js';

/** One finding followed from the previous analysis into the current one. */
export interface MatchedFinding {
  previous: Finding;
  current: Finding;
}

/** Findings of the current analysis that are new, those that were already there, and those that are gone. */
export interface FindingMatch {
  added: Finding[];
  common: MatchedFinding[];
  fixed: Finding[];
}

/** The line hashes of one file of one version (see `lineHashes`), or undefined when they are not known. */
export type LineHashLookup = (filename: string) => readonly string[] | undefined;

export interface MatchOptions {
  /** Line hashes of the previous version's files; with `currentLineHashes`, enables the moved-block pass. */
  previousLineHashes?: LineHashLookup;
  currentLineHashes?: LineHashLookup;
}

type KeyOf = (finding: Finding) => string;
// Parts joined with NUL, which no tool puts in a rule id, a hash or a message (cheaper than JSON.stringify per pass).
const keyOf =
  (...parts: ((finding: Finding) => string | number)[]): KeyOf =>
  (finding) =>
    parts.map((part) => part(finding)).join('\0');
const rule = ruleKey;
const line = (finding: Finding) => finding.line;
const hash = (finding: Finding) => finding.codeHash;
const message = (finding: Finding) => finding.description;

/** SonarQube's tracker passes, strongest evidence first; `moved-blocks` runs between the second and the third. */
const PASSES_BEFORE_BLOCKS: readonly KeyOf[] = [keyOf(rule, line, hash, message), keyOf(rule, line, hash)];
const PASSES_AFTER_BLOCKS: readonly KeyOf[] = [
  keyOf(rule, message, hash),
  keyOf(rule, line, message),
  keyOf(rule, hash),
];

/**
 * Matches the findings of a new analysis against the previous one's, file by file, in passes from the
 * strongest evidence to the weakest: rule+line+codeHash+message, rule+line+codeHash, moved blocks (when
 * both versions' line hashes are given), rule+message+codeHash, rule+line+message, rule+codeHash. Each
 * finding matches at most once; within a pass findings are taken in line order, so the result is deterministic.
 */
export function matchFindings(
  previous: readonly Finding[],
  current: readonly Finding[],
  options: MatchOptions = {},
): FindingMatch {
  const previousByFile = groupByFile(previous);
  const currentByFile = groupByFile(current);
  const filenames = [...new Set([...previousByFile.keys(), ...currentByFile.keys()])].sort();
  const result: FindingMatch = { added: [], common: [], fixed: [] };
  for (const filename of filenames) {
    const file = new FileState(previousByFile.get(filename) ?? [], currentByFile.get(filename) ?? []);
    for (const pass of PASSES_BEFORE_BLOCKS) matchByKey(file, pass);
    const previousHashes = options.previousLineHashes?.(filename);
    const currentHashes = options.currentLineHashes?.(filename);
    if (previousHashes && currentHashes) matchMovedBlocks(file, previousHashes, currentHashes);
    for (const pass of PASSES_AFTER_BLOCKS) matchByKey(file, pass);
    file.collect(result);
  }
  return result;
}

function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byFile.get(finding.filename);
    if (list) list.push(finding);
    else byFile.set(finding.filename, [finding]);
  }
  for (const list of byFile.values()) list.sort(compareByPlace);
  return byFile;
}

class FileState implements FileMatching {
  private readonly matchedPrevious = new Set<Finding>();
  private readonly matchedCurrent = new Set<Finding>();
  private readonly pairs: MatchedFinding[] = [];

  constructor(
    private readonly previous: readonly Finding[],
    private readonly current: readonly Finding[],
  ) {}

  /** True when one side has nothing left to match. */
  settled(): boolean {
    return this.matchedPrevious.size === this.previous.length || this.matchedCurrent.size === this.current.length;
  }

  unmatchedPrevious(): Finding[] {
    return this.previous.filter((finding) => !this.matchedPrevious.has(finding));
  }

  unmatchedCurrent(): Finding[] {
    return this.current.filter((finding) => !this.matchedCurrent.has(finding));
  }

  isPreviousMatched(finding: Finding): boolean {
    return this.matchedPrevious.has(finding);
  }

  isCurrentMatched(finding: Finding): boolean {
    return this.matchedCurrent.has(finding);
  }

  match(previous: Finding, current: Finding): void {
    this.matchedPrevious.add(previous);
    this.matchedCurrent.add(current);
    this.pairs.push({ previous, current });
  }

  collect(into: FindingMatch): void {
    into.added.push(...this.unmatchedCurrent());
    into.fixed.push(...this.unmatchedPrevious());
    into.common.push(...[...this.pairs].sort((a, b) => compareByPlace(a.current, b.current)));
  }
}

function matchByKey(file: FileState, keyOfFinding: KeyOf): void {
  // Most files are matched whole by the first pass: the weaker ones then have nothing to pair.
  if (file.settled()) return;
  const candidates = new Map<string, Finding[]>();
  for (const finding of file.unmatchedPrevious()) {
    const key = keyOfFinding(finding);
    const list = candidates.get(key);
    if (list) list.push(finding);
    else candidates.set(key, [finding]);
  }
  for (const finding of file.unmatchedCurrent()) {
    const partner = candidates.get(keyOfFinding(finding))?.shift();
    if (partner) file.match(partner, finding);
  }
}
