/** One token of a file as clone detection sees it. Lines are 1-based. */
export interface CloneToken {
  /** The token's normalized kind: identifiers and literals collapse to one value per kind for "similar" clones. */
  normalized: string;
  /** The token's exact text, used to tell "identical" clones from renamed ones. */
  text: string;
  line: number;
}

export interface FileTokens {
  filename: string;
  tokens: CloneToken[];
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
