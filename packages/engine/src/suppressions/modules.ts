import type { UntrackedFinding } from '../findings/types.js';
import { suppressesRule } from './match.js';
import { moduleReaches } from './readers/rust-modules.js';
import { plumbRuleMeta } from './rule-metas.js';
import type { Suppression } from './types.js';

/** One analyzed file's findings, and the suppressions it makes over other files (Rust submodules). */
export interface FileWithSuppressions {
  filename: string;
  findings: readonly UntrackedFinding[];
  moduleSuppressions?: readonly Suppression[];
}

/**
 * Drops Plumb's findings in files that another file's suppression reaches whole: an `#![allow]` at the top of
 * `lib.rs` or a `mod.rs` covers its submodules' files, as rustc and Clippy apply it.
 */
export function suppressAcrossModules(files: readonly FileWithSuppressions[]): UntrackedFinding[] {
  const reaching = files.flatMap((file) => file.moduleSuppressions ?? []);
  const findings = files.flatMap((file) => file.findings);
  if (reaching.length === 0) return findings;
  return findings.filter(
    (finding) =>
      finding.tool !== 'plumb' ||
      !reaching.some(
        (suppression) =>
          suppression.modules?.some((module) => moduleReaches(module, finding.filename)) &&
          suppressesRule(suppression, plumbRuleMeta(finding.rule)),
      ),
  );
}
