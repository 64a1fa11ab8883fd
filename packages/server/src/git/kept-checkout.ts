// A project's work tree kept between analyses, so that the next checkout writes only the files that changed.
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fullSha, readTreeInto, type Checkout, type CheckoutOptions } from './revisions.js';

/** A checkout that may have started from the project's kept work tree (`incremental`), else from nothing. */
export interface KeptCheckout extends Checkout {
  incremental: boolean;
}

/**
 * Checks the commit out into the project's kept work tree, `<dataDir>/checkouts/<key>` (the files, and git's index
 * of them beside), taking it for the time of the analysis by renaming it, so that two analyses of one project never
 * share one: the second starts from nothing. Any error on the kept tree falls back to a fresh checkout. `remove`
 * puts the tree back for the next analysis (or deletes it when another was put back meanwhile): one tree per project,
 * as large as its checkout.
 */
export async function keptCheckout(
  mirrorPath: string,
  sha: string,
  options: CheckoutOptions & { dataDir: string; key: string },
): Promise<KeptCheckout> {
  const full = await fullSha(mirrorPath, sha);
  const checkouts = path.join(options.dataDir, 'checkouts');
  const kept = path.join(checkouts, options.key);
  const root = path.join(checkouts, `.${options.key}-${randomBytes(6).toString('hex')}`);
  const tree = { dir: path.join(root, 'tree'), indexFile: path.join(root, 'index') };
  await mkdir(checkouts, { recursive: true });
  const incremental = await rename(kept, root).then(
    () => true,
    () => false,
  );
  let checkedOut = false;
  const remove = async () => {
    if (!checkedOut) return rm(root, { recursive: true, force: true });
    checkedOut = false;
    // Another analysis of the project put its tree back meanwhile: one is enough.
    await rename(root, kept).catch(() => rm(root, { recursive: true, force: true }));
  };
  if (incremental) {
    try {
      await readTreeInto(mirrorPath, full, { ...tree, reused: true }, options);
      checkedOut = true;
      return { dir: tree.dir, remove, incremental };
    } catch (error) {
      await rm(root, { recursive: true, force: true });
      if (options.signal?.aborted) throw error;
    }
  }
  try {
    await mkdir(tree.dir, { recursive: true });
    await readTreeInto(mirrorPath, full, tree, options);
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  checkedOut = true;
  return { dir: tree.dir, remove, incremental: false };
}

/**
 * Deletes the work trees taken by analyses that ended with their worker killed outright: those not touched for
 * longer than an analysis may last.
 */
export async function removeAbandonedCheckouts(dataDir: string, olderThanMs: number): Promise<void> {
  const checkouts = path.join(dataDir, 'checkouts');
  const names = await readdir(checkouts).catch(() => [] as string[]);
  for (const name of names.filter((entry) => entry.startsWith('.'))) {
    const root = path.join(checkouts, name);
    const modified = await stat(root).then(
      (info) => info.mtimeMs,
      () => Infinity,
    );
    if (Date.now() - modified > olderThanMs) await rm(root, { recursive: true, force: true });
  }
}
