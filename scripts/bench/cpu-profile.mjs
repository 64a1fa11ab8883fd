// A V8 CPU profile of this process over a window (node:inspector), written as a .cpuprofile (Chrome DevTools opens
// it) and summed by function: where a request's CPU goes, by self time, which the machine's load does not distort.
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import path from 'node:path';

/** Starts profiling; `stop(file, top)` writes the profile and answers the `top` functions and each package's share. */
export async function startCpuProfile() {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  return async function stop(file, top = 20) {
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    await writeFile(file, JSON.stringify(profile));
    return summary(profile, top);
  };
}

/** Self time per function (name, file and line), as a share of every sample outside the idle loop. */
function summary(profile, top) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const byPackage = new Map();
  let busy = 0;
  for (const id of profile.samples) {
    const { callFrame } = nodes.get(id);
    if (callFrame.functionName === '(idle)' || callFrame.functionName === '(program)') continue;
    const where = callFrame.url ? `${shortUrl(callFrame.url)}:${callFrame.lineNumber + 1}` : '';
    const key = `${callFrame.functionName || '(anonymous)'} ${where}`;
    self.set(key, (self.get(key) ?? 0) + 1);
    const owner = packageOf(callFrame.url);
    byPackage.set(owner, (byPackage.get(owner) ?? 0) + 1);
    busy++;
  }
  const lines = (counts, count) =>
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([key, samples]) => `${((100 * samples) / busy).toFixed(1).padStart(5)}% ${key}`);
  return { functions: lines(self, top), packages: lines(byPackage, 12) };
}

/** The package a frame's code belongs to: an npm package, a workspace, Node's own code, or V8's (no url). */
function packageOf(url) {
  if (!url) return '(native: GC, V8 builtins)';
  if (url.startsWith('node:')) return 'node';
  const short = shortUrl(url);
  if (short.startsWith('packages/')) return short.split('/').slice(0, 2).join('/');
  const parts = short.split('/');
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

/** A module's path from its package (node_modules/x/…, packages/server/…), not from the machine's root. */
function shortUrl(url) {
  const file = url.replace(/^file:\/\//, '');
  const inModules = file.lastIndexOf('node_modules/');
  if (inModules >= 0) return file.slice(inModules + 'node_modules/'.length);
  const inPackages = file.indexOf('/packages/');
  return inPackages >= 0 ? file.slice(inPackages + 1) : path.basename(file);
}
