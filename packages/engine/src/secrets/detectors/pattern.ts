import type { Severity } from '../../findings/types.js';
import type { RuleDocs } from '../../rules/types.js';
import { isPlaceholder } from '../placeholders.js';
import { ROTATE_HELP, secretRule } from '../secret-rule.js';
import type { SecretDetector, SecretMatch, SecretScanInput } from '../types.js';

export interface PatternDetectorSpec {
  name: string;
  noun: string;
  severity: Severity;
  /** A global pattern; the first capture group that matched (or the whole match) is the secret. */
  pattern: RegExp;
  /** A cheap global pattern that every match of `pattern` contains on its line (see `ScanText.linesMatching`). */
  anchor: RegExp;
  docs: RuleDocs;
  help?: string;
  /** What to show in place of the masked value. */
  shown?: string;
}

/** Every non-placeholder match of a global pattern on every line where its anchor occurs. */
export function matchPattern(input: SecretScanInput, pattern: RegExp, anchor: RegExp): SecretMatch[] {
  const matches: SecretMatch[] = [];
  for (const index of input.text.linesMatching(anchor)) {
    for (const match of input.text.line(index).matchAll(pattern)) {
      const value = match.slice(1).find((group) => group !== undefined) ?? match[0];
      if (isPlaceholder(value)) continue;
      matches.push({ line: index + 1, column: match.index + match[0].indexOf(value) + 1, value });
    }
  }
  return matches;
}

/** A detector for a token with a fixed, recognisable format (a prefix and a known length). */
export function patternDetector(spec: PatternDetectorSpec): SecretDetector {
  return {
    meta: secretRule(spec.name, spec.severity, spec.docs),
    noun: spec.noun,
    help: spec.help ?? ROTATE_HELP,
    scansTestsAndDocs: true,
    scan: (input) =>
      matchPattern(input, spec.pattern, spec.anchor).map((match) =>
        spec.shown === undefined ? match : { ...match, shown: spec.shown },
      ),
  };
}
