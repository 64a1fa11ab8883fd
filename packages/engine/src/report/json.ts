import type { Analysis } from '../model.js';

/** The Analysis as one JSON document, two-space indented, ending with a newline. */
export function formatJson(analysis: Analysis): string {
  return `${JSON.stringify(analysis, null, 2)}\n`;
}
