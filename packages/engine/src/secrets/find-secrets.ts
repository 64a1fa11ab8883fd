import type { UntrackedFinding } from '../findings/types.js';
import { languageSpec } from '../languages/registry.js';
import type { RuleMeta } from '../rules/types.js';
import { languageFromExtension } from '../walk/detect-language.js';
import {
  hasAllowMarker,
  isDocumentationLine,
  isFakeDataFile,
  isFixturePath,
  isTestOrDocPath,
  unquotedValuesAreLiteral,
} from './context.js';
import { SECRET_DETECTORS } from './detectors/index.js';
import { maskSecret } from './mask.js';
import { linesPatchingTestCode } from './patch-targets.js';
import { ScanText } from './scan-text.js';
import type { SecretDetector, SecretMatch } from './types.js';

/** Larger files are data dumps or bundles, not hand-written configuration. */
export const MAX_FILE_LENGTH = 5_000_000;
export { MAX_LINE_LENGTH } from './scan-text.js';
/** How far into a file a NUL byte marks it as binary (git's own heuristic looks at 8000 bytes). */
const BINARY_PROBE_LENGTH = 8_000;

/** Every rule secret detection can report, for the catalog. */
export const SECRET_RULES: readonly RuleMeta[] = SECRET_DETECTORS.map((detector) => detector.meta);

function describe(detector: SecretDetector, match: SecretMatch): string {
  const what = match.shown ?? `\`${maskSecret(match.value)}\``;
  return match.subject === undefined
    ? `${detector.noun} committed in the source: ${what}`
    : `${detector.noun} assigned to \`${match.subject}\`: ${what}`;
}

/** Keeps the first match for any characters that two detectors both claim. */
function withoutOverlaps(
  found: readonly (readonly [SecretDetector, SecretMatch])[],
): (readonly [SecretDetector, SecretMatch])[] {
  const kept: (readonly [SecretDetector, SecretMatch])[] = [];
  for (const entry of found) {
    const [, match] = entry;
    const overlaps = kept.some(
      ([, other]) =>
        other.line === match.line &&
        other.column < match.column + match.value.length &&
        match.column < other.column + other.value.length,
    );
    if (!overlaps) kept.push(entry);
  }
  return kept;
}

/**
 * Credentials committed in one text file: cloud keys, private keys, service tokens and high-entropy values
 * assigned to secret names. Binary, huge, fixture and fake data files give nothing; secret values never reach a
 * description.
 */
export function findSecrets(filename: string, text: string): UntrackedFinding[] {
  if (
    text.length > MAX_FILE_LENGTH ||
    text.slice(0, BINARY_PROBE_LENGTH).includes('\0') ||
    isFixturePath(filename) ||
    isFakeDataFile(filename)
  )
    return [];
  const input = { filename, text: new ScanText(text), unquotedIsLiteral: unquotedValuesAreLiteral(filename) };
  const testOrDoc = isTestOrDocPath(filename);
  const detectors = SECRET_DETECTORS.filter((detector) => detector.scansTestsAndDocs || !testOrDoc);
  const found = detectors.flatMap((detector) => detector.scan(input).map((match) => [detector, match] as const));
  const languageId = languageFromExtension(filename);
  const language = languageId === undefined ? null : languageSpec(languageId).codiga;
  const patchedTests = linesPatchingTestCode(filename, text);
  return (
    withoutOverlaps(found)
      .filter(([, match]) => !hasAllowMarker(input.text.line(match.line - 1)) && !patchedTests.has(match.line))
      // Detectors that guess from a name and a value skip comments and help text; exact formats are found anywhere.
      .filter(
        ([detector, match]) => detector.scansTestsAndDocs || !isDocumentationLine(input.text.line(match.line - 1)),
      )
      .map(([detector, match]) => ({
        rule: detector.meta.id,
        tool: detector.meta.tool,
        category: detector.meta.category,
        severity: detector.meta.severity,
        filename,
        line: match.line,
        lineEnd: match.lineEnd ?? match.line,
        column: match.column,
        description: describe(detector, match),
        help: detector.help,
        language,
        remediationMinutes: detector.meta.remediationMinutes,
      }))
      .sort((a, b) => a.line - b.line || a.column - b.column)
  );
}
