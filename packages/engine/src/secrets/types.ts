import type { RuleMeta } from '../rules/types.js';
import type { ScanText } from './scan-text.js';

/** One file as the detectors see it. */
export interface SecretScanInput {
  filename: string;
  /** The file's text and lines; over-long lines read as empty (see MAX_LINE_LENGTH). */
  text: ScanText;
  /** Whether an unquoted value after `=` or `:` is a literal (.env, YAML, INI, shell) rather than code. */
  unquotedIsLiteral: boolean;
}

/** A secret found by a detector. Its value never leaves the secrets module unmasked. */
export interface SecretMatch {
  /** 1-based line and column of the secret's first character. */
  line: number;
  column: number;
  lineEnd?: number;
  /** The secret's text on `line` (its first line for multi-line secrets); used for masking and overlap. */
  value: string;
  /** The name it is assigned to, when the detector saw one. */
  subject?: string;
  /** What to show instead of the masked value (e.g. `RSA private key`), when the value is not shown at all. */
  shown?: string;
}

/** One kind of secret: its rule and how to find it. */
export interface SecretDetector {
  meta: RuleMeta;
  /** Names the kind in a finding's description, e.g. `GitHub token`. */
  noun: string;
  /** How to fix it. */
  help: string;
  /** Whether test files and documentation are scanned too (false for the low-precision detectors). */
  scansTestsAndDocs: boolean;
  scan(input: SecretScanInput): SecretMatch[];
}
