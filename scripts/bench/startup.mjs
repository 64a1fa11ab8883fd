// The fixed cost of `plumb`, against lizard in the same interleaved rounds: `plumb --help` against `node -e 0`, one
// tiny file of each language, and whole small repositories (flask/src) given with --startup-dir.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { timeInterleaved } from './interleave.mjs';

/** One small function per language, with a branch, as a developer's one-file change would be. */
const TINY_FILES = {
  C: ['a.c', 'int add(int a, int b) {\n  if (a > b) return a - b;\n  return a + b;\n}\n'],
  Cpp: ['a.cpp', 'int add(int a, int b) {\n  if (a > b) return a - b;\n  return a + b;\n}\n'],
  Java: ['A.java', 'class A {\n  int add(int a, int b) {\n    if (a > b) return a - b;\n    return a + b;\n  }\n}\n'],
  Go: ['a.go', 'package a\n\nfunc Add(a int, b int) int {\n\tif a > b {\n\t\treturn a - b\n\t}\n\treturn a + b\n}\n'],
  Rust: ['a.rs', 'fn add(a: i32, b: i32) -> i32 {\n    if a > b { return a - b; }\n    a + b\n}\n'],
  Ruby: ['a.rb', 'def add(a, b)\n  return a - b if a > b\n  a + b\nend\n'],
  Php: ['a.php', '<?php\nfunction add($a, $b) {\n  if ($a > $b) return $a - $b;\n  return $a + $b;\n}\n'],
  Scala: ['A.scala', 'object A {\n  def add(a: Int, b: Int): Int = {\n    if (a > b) a - b else a + b\n  }\n}\n'],
  Shell: ['a.sh', '#!/bin/sh\nadd() {\n  if [ "$1" -gt "$2" ]; then echo $(($1 - $2)); fi\n}\n'],
  Javascript: ['a.js', 'export function add(a, b) {\n  if (a > b) return a - b;\n  return a + b;\n}\n'],
  Typescript: [
    'a.ts',
    'export function add(a: number, b: number): number {\n  if (a > b) return a - b;\n  return a + b;\n}\n',
  ],
  Python: ['a.py', 'def add(a, b):\n    if a > b:\n        return a - b\n    return a + b\n'],
};

async function writeTinyRepositories(scratch) {
  const dirs = {};
  for (const [language, [name, text]] of Object.entries(TINY_FILES)) {
    dirs[language] = path.join(scratch, language);
    await mkdir(dirs[language]);
    await writeFile(path.join(dirs[language], name), text);
  }
  return dirs;
}

/**
 * Times, in `rounds` interleaved rounds: node -e 0, plumb --help, and for each tiny file and each `dirs` entry
 * `plumb analyze --format json` beside lizard (when `lizardPath` is given). Medians, and plumb/lizard per input.
 */
export async function measureStartup({ plumbBin, lizardPath, dirs = [], rounds = 5 }) {
  const scratch = await mkdtemp(path.join(tmpdir(), 'plumb-startup-'));
  try {
    const inputs = [
      ...Object.entries(await writeTinyRepositories(scratch)).map(([language, dir]) => ({ name: language, dir })),
      ...dirs.map((dir) => ({ name: dir, dir })),
    ];
    const node = process.execPath;
    const commands = [
      { name: 'node -e 0', command: [node, '-e', '0'] },
      { name: 'plumb --help', command: [node, plumbBin, '--help'] },
      ...inputs.flatMap(({ name, dir }) => [
        { name: `plumb ${name}`, command: [node, plumbBin, 'analyze', dir, '--format', 'json', '--out', '/dev/null'] },
        ...(lizardPath ? [{ name: `lizard ${name}`, command: ['python3', lizardPath, dir] }] : []),
      ]),
    ];
    const timed = timeInterleaved(commands, rounds);
    const seconds = Object.fromEntries(timed.results.map(({ name, seconds: median }) => [name, median]));
    return {
      rounds,
      loadAverage: timed.loadAverage,
      nodeSeconds: seconds['node -e 0'],
      helpSeconds: seconds['plumb --help'],
      inputs: inputs.map(({ name }) => {
        const plumb = seconds[`plumb ${name}`];
        const lizard = seconds[`lizard ${name}`];
        return { name, plumbSeconds: plumb, lizardSeconds: lizard, ratio: lizard ? plumb / lizard : undefined };
      }),
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The start-up figures as lines of text. */
export function startupReport(startup) {
  const ms = (seconds) => `${(seconds * 1000).toFixed(0)} ms`;
  const lines = [
    `start-up (medians of ${startup.rounds} interleaved rounds, load average ` +
      `${startup.loadAverage.min.toFixed(1)}-${startup.loadAverage.max.toFixed(1)}):`,
    `  plumb --help ${ms(startup.helpSeconds)}, node -e 0 ${ms(startup.nodeSeconds)}: ` +
      `${ms(startup.helpSeconds - startup.nodeSeconds)} above`,
  ];
  for (const input of startup.inputs) {
    const lizard = input.lizardSeconds === undefined ? 'lizard not found' : `lizard ${ms(input.lizardSeconds)}`;
    const ratio = input.ratio === undefined ? '' : `, plumb/lizard ${input.ratio.toFixed(2)}`;
    lines.push(`  ${input.name}: plumb ${ms(input.plumbSeconds)}, ${lizard}${ratio}`);
  }
  return lines.join('\n');
}
