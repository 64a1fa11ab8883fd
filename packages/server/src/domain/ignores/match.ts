import type { schema } from '../../store/index.js';

/** A project's ignore as the pipeline reads it. */
export type ViolationIgnore = typeof schema.violationIgnores.$inferSelect;

/** What of a finding an ignore is matched against. */
export interface IgnorableFinding {
  rule: string;
  tool: string;
  language: string | null;
  filename: string;
}

/** The rule and tool are the ignore's; its language, file and prefix, when it names them, are the finding's. */
export function ignores(ignore: ViolationIgnore, finding: IgnorableFinding): boolean {
  return (
    ignore.rule === finding.rule &&
    ignore.tool.toLowerCase() === finding.tool.toLowerCase() &&
    (ignore.language === null || ignore.language === finding.language) &&
    (ignore.filename === null || ignore.filename === finding.filename) &&
    (ignore.prefix === null || finding.filename.startsWith(ignore.prefix))
  );
}

/** The first of the ignores that covers the finding. */
export const ignoreOf = (list: readonly ViolationIgnore[], finding: IgnorableFinding): ViolationIgnore | undefined =>
  list.find((ignore) => ignores(ignore, finding));

/** Why an issue is ignored, as its resolution says. */
export const ignoreReason = (ignore: ViolationIgnore): string =>
  ignore.description?.trim() || `${ignore.tool} rule ${ignore.rule} is ignored in this project`;
