import type { LanguageId } from '../../languages/registry.js';
import type { LinterError } from '../types.js';

/** One diagnostic of `oxlint --format=json`; parse errors carry no `code`. */
export interface OxlintDiagnostic {
  message: string;
  code?: string;
  severity: string;
  help?: string;
  url?: string;
  filename: string;
  labels: { label?: string; span: { offset: number; length: number; line: number; column: number } }[];
}

interface OxlintReport {
  diagnostics: OxlintDiagnostic[];
}

export function languageOfFile(filename: string): LanguageId {
  return /\.[mc]?tsx?$/.test(filename) ? 'typescript' : 'javascript';
}

/** oxlint reports paths as it was given them (`./src/a.js`); findings want `src/a.js`. */
export function normalizeFilename(filename: string): string {
  return filename.replaceAll('\\', '/').replace(/^(\.\/)+/, '');
}

/** Splits one run's JSON into rule diagnostics and files oxlint could not parse. */
export function readOxlintReport(stdout: string): { diagnostics: OxlintDiagnostic[]; errors: LinterError[] } {
  const report = JSON.parse(stdout) as OxlintReport;
  const diagnostics: OxlintDiagnostic[] = [];
  const errors: LinterError[] = [];
  for (const diagnostic of report.diagnostics) {
    const filename = normalizeFilename(diagnostic.filename);
    if (diagnostic.code) diagnostics.push({ ...diagnostic, filename });
    else errors.push({ filename, language: languageOfFile(filename), message: diagnostic.message });
  }
  return { diagnostics, errors };
}
