import type { UntrackedFinding } from '../../findings/types.js';
import { oxlintRule } from './catalog.js';
import { languageOfFile, type OxlintDiagnostic } from './diagnostics.js';
import { oxlintRating } from './ratings.js';

/** `eslint(no-debugger)` → `eslint/no-debugger`, the name oxlint's own configuration and docs use. */
export function oxlintRuleId(code: string): string {
  const match = /^([\w-]+)\((.+)\)$/.exec(code);
  return match ? `${match[1]}/${match[2]}` : code;
}

export function oxlintDiagnosticToFinding(diagnostic: OxlintDiagnostic): UntrackedFinding {
  const rule = oxlintRuleId(diagnostic.code ?? 'unknown');
  const rating = oxlintRating(rule, oxlintRule(rule)?.category);
  const span = diagnostic.labels[0]?.span;
  const language = languageOfFile(diagnostic.filename);
  return {
    rule,
    tool: 'oxlint',
    category: rating.category,
    severity: rating.severity,
    filename: diagnostic.filename,
    line: span?.line ?? 1,
    lineEnd: span?.line ?? 1,
    column: span?.column ?? 1,
    description: diagnostic.message,
    ...(diagnostic.help ? { help: diagnostic.help } : {}),
    language: language === 'typescript' ? 'Typescript' : 'Javascript',
    remediationMinutes: rating.remediationMinutes,
  };
}
