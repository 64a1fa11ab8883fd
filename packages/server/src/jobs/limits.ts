import { Invalid } from '../domain/errors.js';

/** The time limits of an analysis, from the environment (seconds), each with its default. */
export interface AnalysisLimits {
  /** Fetching the repository (PLUMB_CLONE_TIMEOUT, 600). */
  cloneSeconds: number;
  /** Analyzing it (PLUMB_ANALYSIS_TIMEOUT, 1800): past it the analysis ends as timed_out. */
  analysisSeconds: number;
  /** A worker silent this long is taken for dead and its analysis given to another (PLUMB_WORKER_STALE_SECONDS, 60). */
  staleSeconds: number;
  /** How often a running analysis shows it is alive and looks for a cancel (a fifth of the stale time). */
  heartbeatSeconds: number;
  /** pg-boss's own expiry of a job, beyond every limit above. */
  expireInSeconds: number;
  /** How long an analysis's files (its log) keep their content (PLUMB_ARTIFACT_RETENTION_DAYS, 30 days). */
  artifactRetentionSeconds: number;
}

const VARIABLES = {
  cloneSeconds: ['PLUMB_CLONE_TIMEOUT', 600, 'seconds'],
  analysisSeconds: ['PLUMB_ANALYSIS_TIMEOUT', 1800, 'seconds'],
  staleSeconds: ['PLUMB_WORKER_STALE_SECONDS', 60, 'seconds'],
  artifactRetentionDays: ['PLUMB_ARTIFACT_RETENTION_DAYS', 30, 'days'],
} as const;

/** The variable's positive number, or its default when unset. */
function readPositive(env: NodeJS.ProcessEnv, [name, fallback, unit]: readonly [string, number, string]): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Invalid(name, `a positive number of ${unit}`);
  return value;
}

export function analysisLimits(env: NodeJS.ProcessEnv = process.env): AnalysisLimits {
  const read = (key: keyof typeof VARIABLES): number => readPositive(env, VARIABLES[key]);
  const cloneSeconds = read('cloneSeconds');
  const analysisSeconds = read('analysisSeconds');
  const staleSeconds = read('staleSeconds');
  return {
    cloneSeconds,
    analysisSeconds,
    staleSeconds,
    heartbeatSeconds: Math.max(0.5, staleSeconds / 5),
    expireInSeconds: Math.ceil(cloneSeconds + analysisSeconds + 300),
    artifactRetentionSeconds: read('artifactRetentionDays') * 86_400,
  };
}

/** How webhook deliveries are made and retried (docs/api/webhooks.md). */
export interface WebhookLimits {
  /** A receiver silent this long is cut off, as on a network error (PLUMB_WEBHOOK_TIMEOUT_SECONDS, 10). */
  timeoutMs: number;
  /**
   * The first retry's delay; each next one doubles it, with up to as much again at random
   * (PLUMB_WEBHOOK_RETRY_DELAY_SECONDS, 10: eight retries over about an hour).
   */
  retryDelaySeconds: number;
  /** Retries after the first attempt, on a network error or a 5xx answer. */
  retryLimit: number;
}

export function webhookLimits(env: NodeJS.ProcessEnv = process.env): WebhookLimits {
  return {
    timeoutMs: readPositive(env, ['PLUMB_WEBHOOK_TIMEOUT_SECONDS', 10, 'seconds']) * 1000,
    // pg-boss counts retry delays in whole seconds.
    retryDelaySeconds: Math.max(1, Math.round(readPositive(env, ['PLUMB_WEBHOOK_RETRY_DELAY_SECONDS', 10, 'seconds']))),
    retryLimit: 8,
  };
}
