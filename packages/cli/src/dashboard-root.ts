import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The built dashboard (`packages/web/dist`, made by `npm install` or `npm run build`), or undefined when it was not
 * built: `plumb serve` then serves the APIs alone. PLUMB_WEB_ROOT points at another build.
 */
export function dashboardRoot(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const override = env.PLUMB_WEB_ROOT?.trim();
  if (override) return path.resolve(override);
  try {
    const manifest = createRequire(import.meta.url).resolve('@plumb/web/package.json');
    const dist = path.join(path.dirname(manifest), 'dist');
    return existsSync(path.join(dist, 'index.html')) ? dist : undefined;
  } catch {
    return undefined;
  }
}
