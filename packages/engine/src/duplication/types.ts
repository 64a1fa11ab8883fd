/**
 * One file's tokens as clone detection sees them, in parallel typed arrays so a worker thread can
 * transfer them to the main thread without copying. Index i describes the i-th token of the file.
 */
export interface FileTokens {
  filename: string;
  /**
   * Hash of the token's normalized form: identifiers and literals collapse to one value per kind ("similar" clones).
   */
  normalized: Uint32Array;
  /** Hash of the token's exact text ("identical" clones keep names and literals). */
  exact: Uint32Array;
  /** 1-based line of each token. */
  lines: Uint32Array;
}

export interface DuplicationOptions {
  /** Minimum clone length in tokens (default 50). */
  minTokens: number;
  /** Minimum clone length in lines (default 6). */
  minLines: number;
}

export interface CloneOccurrence {
  filename: string;
  /** First line of the occurrence (Codiga's DuplicateOccurrence.line). */
  line: number;
  lineEnd: number;
}

/** A clone class: one piece of duplicated code and every place it occurs (two or more). */
export interface CloneClass {
  /** Lines of one occurrence (Codiga's Duplicate.lineCount). */
  lineCount: number;
  tokenCount: number;
  /** Source text of the first occurrence (Codiga's Duplicate.code). */
  code: string;
  /** 'identical' when every occurrence has the same exact tokens; 'similar' when names or literals differ. */
  kind: 'identical' | 'similar';
  occurrences: CloneOccurrence[];
}
