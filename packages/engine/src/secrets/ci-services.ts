import type { ScanText } from './scan-text.js';

/** CI pipeline definitions, whose `services:` start throwaway containers for the job (GitHub Actions, GitLab...). */
const CI_PIPELINE = new RegExp(
  String.raw`(?:^|/)(?:\.github/workflows/[^/]+|\.gitlab-ci|\.travis|azure-pipelines|bitbucket-pipelines|` +
    String.raw`\.circleci/config)\.ya?ml$`,
);

export const isCiPipeline = (filename: string): boolean => CI_PIPELINE.test(filename);

/** A YAML line's indentation, a list item's `- ` counted as indentation. */
const indentOf = (line: string): number => /^[\s-]*/.exec(line)?.[0].length ?? 0;

/** Whether a line of a YAML file sits under a `services:` key (a job's service containers). */
function underServices(text: ScanText, index: number): boolean {
  let indent = indentOf(text.line(index));
  for (let row = index - 1; row >= 0 && indent > 0; row--) {
    const line = text.line(row);
    if (!line.trim() || line.trimStart().startsWith('#') || indentOf(line) >= indent) continue;
    if (/^[\s-]*services:\s*(?:#.*)?$/.test(line)) return true;
    indent = indentOf(line);
  }
  return false;
}

/**
 * Whether a value in a CI pipeline is the password of a throwaway service container: set in a `services:` block's
 * environment (`SA_PASSWORD: "…"` for an MSSQL container), or the same value given to the job that connects to it.
 */
export function isServiceContainerSecret(text: ScanText, index: number, value: string): boolean {
  if (underServices(text, index)) return true;
  for (let at = text.text.indexOf(value); at >= 0; at = text.text.indexOf(value, at + value.length)) {
    const row = text.text.slice(0, at).split(/\r\n?|\n/).length - 1;
    if (row !== index && underServices(text, row)) return true;
  }
  return false;
}
