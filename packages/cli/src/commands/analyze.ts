import { writeFile } from 'node:fs/promises';
import { AnalysisInputError, analyzeDirectory, ConfigError, formatJson, formatText } from '@plumb/engine';
import { InvalidArgumentError, type Command } from 'commander';
import { UsageError } from '../usage-error.js';
import { progressBar } from './analyze-progress.js';

const FORMATS = ['text', 'json'] as const;
type Format = (typeof FORMATS)[number];

interface AnalyzeFlags {
  format: Format;
  out?: string;
  config?: string;
  threads?: number;
}

function parseFormat(value: string): Format {
  if (!(FORMATS as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected one of ${FORMATS.join(', ')}, got "${value}"`);
  return value as Format;
}

function parseThreads(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`expected a number of threads (0 = none), got "${value}"`);
  return Number(value);
}

async function runAnalyze(dir: string, flags: AnalyzeFlags): Promise<void> {
  const progress = progressBar();
  let analysis;
  try {
    analysis = await analyzeDirectory(dir, { configFile: flags.config, threads: flags.threads, onProgress: progress.update });
  } catch (error) {
    if (error instanceof AnalysisInputError || error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  } finally {
    progress.clear();
  }
  const output = flags.format === 'json' ? formatJson(analysis) : formatText(analysis);
  if (flags.out === undefined) {
    process.stdout.write(output);
    return;
  }
  await writeFile(flags.out, output).catch((error: Error) => {
    throw new UsageError(`cannot write ${flags.out}: ${error.message}`);
  });
}

/** `plumb analyze [DIR]`: analyze a directory locally and print the result. */
export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyze a directory: size, functions and complexity, duplication')
    .argument('[dir]', 'directory to analyze', '.')
    .option('--format <format>', `output format: ${FORMATS.join(' or ')}`, parseFormat, 'text')
    .option('--out <file>', 'write the result to a file instead of stdout')
    .option('--config <file>', 'configuration file (default: DIR/.plumb.yml)')
    .option('--threads <n>', 'worker threads (default: one per core; 0 = none)', parseThreads)
    .action(runAnalyze);
}
