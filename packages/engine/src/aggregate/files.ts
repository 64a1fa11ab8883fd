import { languageSpec } from '../languages/registry.js';
import type { AnalysisResultStatType, CodePopulation, FileSummary } from '../model.js';
import { compareText } from '../order.js';
import type { CodeRole } from '../roles/code-role.js';
import type { AnalyzedFile } from '../worker/task.js';

/** Per-file language and line counts, by filename. */
export function summarizeFiles(
  files: readonly AnalyzedFile[],
  duplicatedLinesByFile: ReadonlyMap<string, number>,
): FileSummary[] {
  return files
    .map((file) => ({
      filename: file.filename,
      language: languageSpec(file.language).codiga,
      code: file.lines.code,
      comment: file.lines.comment,
      blank: file.lines.blank,
      duplicatedLines: duplicatedLinesByFile.get(file.filename) ?? 0,
      role: file.role,
    }))
    .sort((a, b) => compareText(a.filename, b.filename));
}

/** Files and code lines of each role. */
export function codeByRole(files: readonly FileSummary[]): Record<CodeRole, CodePopulation> {
  const population = (role: CodeRole) => {
    const ofRole = files.filter((file) => file.role === role);
    return { files: ofRole.length, lines: ofRole.reduce((total, file) => total + file.code, 0) };
  };
  return { main: population('main'), test: population('test') };
}

/** Code lines per Codiga language (TSX counts as Typescript), most lines first. */
export function languageStats(files: readonly FileSummary[]): AnalysisResultStatType[] {
  const lines = new Map<FileSummary['language'], number>();
  for (const file of files) lines.set(file.language, (lines.get(file.language) ?? 0) + file.code);
  return [...lines]
    .map(([language, code]) => ({ language, lines: code }))
    .sort((a, b) => b.lines - a.lines || compareText(a.language, b.language));
}
