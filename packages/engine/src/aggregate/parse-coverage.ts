import { languageSpec, type LanguageId } from '../languages/registry.js';
import type { LanguageParseCoverage, ParseCoverage } from '../model.js';
import { compareText } from '../order.js';

/** A source file handed to the parser: analyzed (its tree usable or not), or failed before a tree was had. */
export interface ParseAttempt {
  language: LanguageId;
  parsed: boolean;
}

/** Percent with one decimal; 100 when there was nothing to parse, as nothing was left unparsed. */
function percentOf(parsed: number, files: number): number {
  return files === 0 ? 100 : Math.round((1000 * parsed) / files) / 10;
}

/**
 * The share of source files whose tree is usable (syntax errors cover at most half of it), per Codiga language
 * and overall. Files the walk left out (generated, minified, excluded) are not counted; files too large to
 * read, unreadable or binary count as not parsed.
 */
export function parseCoverage(attempts: readonly ParseAttempt[]): ParseCoverage {
  const byLanguage = new Map<LanguageParseCoverage['language'], [files: number, parsed: number]>();
  for (const { language, parsed } of attempts) {
    const codiga = languageSpec(language).codiga;
    const row = byLanguage.get(codiga) ?? [0, 0];
    byLanguage.set(codiga, [row[0] + 1, row[1] + (parsed ? 1 : 0)]);
  }
  const parsed = attempts.filter((attempt) => attempt.parsed).length;
  return {
    files: attempts.length,
    parsed,
    percent: percentOf(parsed, attempts.length),
    languages: [...byLanguage]
      .sort((a, b) => compareText(a[0], b[0]))
      .map(([language, [files, parsedFiles]]) => ({
        language,
        files,
        parsed: parsedFiles,
        percent: percentOf(parsedFiles, files),
      })),
  };
}
