import type { LanguageId } from '../../languages/registry.js';
import type { SuppressionReader } from '../types.js';
import { annotationReader } from './annotations.js';
import { clangTidyReader } from './clang-tidy.js';
import { eslintReader } from './eslint.js';
import { golangciReader } from './golangci.js';
import { noinspectionReader } from './noinspection.js';
import { nosonarReader } from './nosonar.js';
import { phpReader } from './php.js';
import { pythonReader } from './python.js';
import { rubocopReader } from './rubocop.js';
import { rustAttributeReader } from './rust-attributes.js';
import { shellcheckReader } from './shellcheck.js';
import { staticcheckReader } from './staticcheck.js';

/** Each language's suppression syntaxes; SonarQube's `NOSONAR` works in all of them. */
const BY_LANGUAGE: Record<LanguageId, readonly SuppressionReader[]> = {
  go: [golangciReader, staticcheckReader],
  c: [clangTidyReader],
  cpp: [clangTidyReader],
  rust: [rustAttributeReader],
  java: [annotationReader, noinspectionReader],
  scala: [annotationReader, noinspectionReader],
  ruby: [rubocopReader],
  shell: [shellcheckReader],
  python: [pythonReader],
  javascript: [eslintReader],
  typescript: [eslintReader],
  tsx: [eslintReader],
  php: [phpReader],
};

export function suppressionReadersFor(language: LanguageId): readonly SuppressionReader[] {
  return [...BY_LANGUAGE[language], nosonarReader];
}
