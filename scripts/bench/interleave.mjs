// Times commands in interleaved rounds (a, b, c, a, b, c, ...), so that a shared machine's load falls on all of them
// alike, and keeps each one's median wall time. Also runnable by hand:
//   node scripts/bench/interleave.mjs ROUNDS 'command one' 'command two' ...   (split on spaces, no shell)
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Runs each `{ name, command: [file, ...args] }` once per round, after one unmeasured warm-up round. */
export function timeInterleaved(commands, rounds = 5) {
  const samples = commands.map(() => []);
  const load = [loadavg()[0]];
  for (let round = -1; round < rounds; round++) {
    commands.forEach(({ command: [file, ...args] }, index) => {
      const started = process.hrtime.bigint();
      const result = spawnSync(file, args, { stdio: 'ignore' });
      if (result.error) throw result.error;
      if (round >= 0) samples[index].push(Number(process.hrtime.bigint() - started) / 1e9);
    });
    load.push(loadavg()[0]);
  }
  return {
    rounds,
    loadAverage: { min: Math.min(...load), max: Math.max(...load) },
    results: commands.map(({ name }, index) => ({ name, seconds: median(samples[index]), samples: samples[index] })),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [rounds, ...commands] = process.argv.slice(2);
  const timed = timeInterleaved(
    commands.map((line) => ({ name: line, command: line.split(' ') })),
    Number(rounds),
  );
  console.log(`load average ${timed.loadAverage.min.toFixed(1)}-${timed.loadAverage.max.toFixed(1)}`);
  for (const { name, seconds } of timed.results) console.log(`${(seconds * 1000).toFixed(0).padStart(6)} ms  ${name}`);
}
