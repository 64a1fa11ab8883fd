import type { LanguageId } from '../languages/registry.js';
import type { AnalysisErrorType } from '../model.js';

/** Codiga's AnalysisErrorType has one value per language family; Rust and Ruby have none, so Unknown. */
const ERROR_TYPES: Record<LanguageId, AnalysisErrorType> = {
  typescript: 'JavascriptError',
  tsx: 'JavascriptError',
  javascript: 'JavascriptError',
  python: 'PythonError',
  java: 'JavaError',
  go: 'GoError',
  c: 'CppError',
  cpp: 'CppError',
  rust: 'Unknown',
  ruby: 'Unknown',
  php: 'PhpError',
  scala: 'ScalaError',
  shell: 'ShellError',
};

export function errorTypeFor(language: LanguageId): AnalysisErrorType {
  return ERROR_TYPES[language];
}
