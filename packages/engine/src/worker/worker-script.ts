import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The compiled worker entry. From dist/ it sits beside this module; from the TypeScript sources (Vitest,
 * tsx) it is the built copy in ../../dist, since a worker thread cannot load .ts. Undefined when not built.
 */
export function workerScript(): URL | undefined {
  const fromSources = import.meta.url.endsWith('.ts');
  const script = fromSources
    ? new URL('../../dist/worker/analysis-worker.js', import.meta.url)
    : new URL('./analysis-worker.js', import.meta.url);
  return existsSync(fileURLToPath(script)) ? script : undefined;
}
