import type { CoverageFormat } from './model.js';

/** How many characters of a report detection reads: enough for any prolog, DOCTYPE and root tag seen in practice. */
export const DETECTION_HEAD = 16 * 1024;

const LCOV_START = /^(TN|SF|VER|FN|FNL|FNA|FNDA|FNF|FNH|DA|LF|LH|BRDA|BRF|BRH):/;
const SKIPPED_MARKUP = /^(<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>|\s+)/;
const ROOT_TAG = /^<([^\s/>]+)([^>]*)>?/;

/**
 * The format of a report from its first characters (`DETECTION_HEAD` of them): lcov by its first record; XML by its
 * root element and DOCTYPE: JaCoCo's `<report>`, Clover's `<coverage clover=...>` (or `<project>` inside it),
 * Cobertura's `<coverage line-rate=...>` (or `<sources>` / `<packages>`). Undefined when it is none of them.
 */
export function detectCoverageFormat(head: string): CoverageFormat | undefined {
  let text = head.replace(/^\uFEFF/, '').trimStart();
  if (!text.startsWith('<')) return LCOV_START.test(text) ? 'lcov' : undefined;
  let doctype = '';
  for (let skipped = SKIPPED_MARKUP.exec(text); skipped !== null; skipped = SKIPPED_MARKUP.exec(text)) {
    if (skipped[0].startsWith('<!DOCTYPE')) doctype = skipped[0];
    text = text.slice(skipped[0].length);
  }
  const root = ROOT_TAG.exec(text);
  if (root === null) return undefined;
  const [, name, attributes = ''] = root;
  if (name === 'report' || doctype.includes('JACOCO')) return 'jacoco';
  if (name !== 'coverage') return undefined;
  if (/\sclover\s*=/.test(attributes)) return 'clover';
  if (/\s(line-rate|lines-valid|branch-rate)\s*=/.test(attributes)) return 'cobertura';
  const child = /<(project|sources|packages)[\s/>]/.exec(text)?.[1];
  if (child === 'project') return 'clover';
  return child === undefined ? undefined : 'cobertura';
}
