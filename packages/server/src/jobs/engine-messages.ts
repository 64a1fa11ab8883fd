import type { LicensePolicy } from '@plumb/engine';

/** One analysis, from the worker to its engine process. */
export interface EngineRequest {
  dir: string;
  /** Where the engine writes its JSON result. */
  out: string;
  /** Where the engine writes its per-file results (gzipped JSON), for a later smart analysis. */
  fileResultsOut: string;
  /** A smart analysis: the earlier per-file results to take over, and the paths changed since. */
  reuse?: { previousResults: string; changed: readonly string[] };
  /** The organization's license policy, which the checkout's `.plumb.yml` `licenses:` lists replace. */
  licensePolicy?: LicensePolicy;
  /** The project's `.plumb.yml` override, read instead of the checkout's own. */
  configFile?: string;
}

/** From the engine process: a line for the analysis log, or the end of the analysis (its result written). */
export type EngineReply = { type: 'log'; line: string } | { type: 'done'; rssBytes: number };
