import { dependencyRequire } from '../../dependency-require.js';
import type { RuleMeta } from '../../rules/types.js';
import { ruffRating } from './ratings.js';

/** The bundled Ruff's version, as its WebAssembly package declares it. */
export const RUFF_VERSION: string = (
  dependencyRequire()('@astral-sh/ruff-wasm-nodejs/package.json') as { version: string }
).version;

/**
 * A Ruff rule as the catalog describes it, from its code (`F401`) and the message Ruff gave: the WebAssembly
 * build carries no rule metadata to list Ruff's rules up front.
 */
export function ruffRuleMeta(code: string, message: string): RuleMeta {
  const { category, severity, labels, remediationMinutes } = ruffRating(code);
  const url = `https://docs.astral.sh/ruff/rules/#${code.replace(/\d+$/, '').toLowerCase()}`;
  return {
    id: code,
    tool: 'ruff',
    language: 'python',
    category,
    severity,
    labels,
    remediationMinutes,
    docs: {
      whatItFinds: `Ruff's rule ${code}, which reported: ${message}`,
      whyItMatters: `See Ruff's documentation of ${code} (${url}).`,
      example: { bad: `See ${url}`, good: `See ${url}` },
    },
  };
}
