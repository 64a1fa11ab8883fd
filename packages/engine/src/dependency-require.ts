import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = createRequire(import.meta.url);

/** The engine's entry module, found by package name, or this module when the engine is not built (tests on sources). */
function engineEntry(): string {
  try {
    return here.resolve('@plumb/engine');
  } catch {
    return fileURLToPath(import.meta.url);
  }
}

let anchored: NodeJS.Require | undefined;

/**
 * A `require` that resolves the engine's own dependencies (grammars, oxlint, Ruff) from the engine's package: from a
 * bundle built elsewhere (the CLI's, in packages/cli/dist/bundle) they may sit under packages/engine/node_modules,
 * which lookups from the bundle's own folder would never reach.
 */
export function dependencyRequire(): NodeJS.Require {
  anchored ??= createRequire(engineEntry());
  return anchored;
}
