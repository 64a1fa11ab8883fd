import type { FastifyInstance } from 'fastify';
import type { SealedBox } from '../crypto/sealed-box.js';
import type { AnalysisQueue } from '../domain/analyses/index.js';
import type { ReportScheduler } from '../domain/reports/index.js';
import type { Store } from '../store/index.js';

/** What every vendor surface receives when the app registers it. */
export interface SurfaceOptions {
  store: Store;
  secrets: SealedBox;
  /** Where requested analyses go (pg-boss, jobs/queue.ts). */
  queue: AnalysisQueue;
  /** The data directory (projects' git mirrors under `mirrors/`), when the server has one. */
  dataDir?: string | undefined;
  /** Told when a repository's report settings change (jobs/report-worker.ts); absent, the workers' minute sync. */
  reports?: ReportScheduler | undefined;
  /** The dashboard's build (packages/web/dist), when this server serves it; GraphiQL's page is part of it. */
  webRoot?: string | undefined;
}

/** One vendor API: an encapsulated plugin under its prefix, with its own wire shapes and error envelope. */
export interface Surface {
  prefix: string;
  plugin(app: FastifyInstance, options: SurfaceOptions): Promise<void>;
  /** The body for a URL that does not decode, refused before routing, in the surface's envelope. */
  undecodableUrlBody(details: string): object;
}

/**
 * The body for a request Fastify refuses before routing (a URL that does not decode): in the envelope of the
 * surface with the longest prefix of its path, and without echoing the URL, which may carry an access token.
 */
export function undecodableUrlBody(surfaces: readonly Surface[], url: string): object {
  const details = 'the URL is not valid: a percent-escape does not decode to UTF-8';
  const owner = [...surfaces]
    .sort((a, b) => b.prefix.length - a.prefix.length)
    .find((surface) => url === surface.prefix || url.startsWith(`${surface.prefix}/`));
  return owner ? owner.undecodableUrlBody(details) : { message: details };
}
