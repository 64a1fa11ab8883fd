import { writeFile } from 'node:fs/promises';
import type * as EngineModule from '@plumb/engine';
import type { Analysis } from '@plumb/engine';
import { compareSeverity, SEVERITIES, type Severity } from '@plumb/engine/prestart';
import { InvalidArgumentError, type Command } from 'commander';
import { UsageError } from '../usage-error.js';
import type { SetExitCode } from './index.js';
import { analyzeLocally } from './analyze-local.js';

const FORMATS = ['text', 'json', 'sarif', 'gitlab'] as const;
type Format = (typeof FORMATS)[number];

interface AnalyzeFlags {
  format: Format;
  out?: string;
  config?: string;
  threads?: number;
  importSarif: string[];
  failOn?: Severity;
  linters: boolean;
}

function parseSeverity(value: string): Severity {
  if (!(SEVERITIES as readonly string[]).includes(value))
    throw new InvalidArgumentError(`expected one of ${SEVERITIES.join(', ')}, got "${value}"`);
  return value as Severity;
}

const collect = (value: string, previous: string[]) => [...previous, value];

const ENGINE_VERSION = '0.1.0';

type Engine = typeof EngineModule;

function render(
  { formatJson, formatText, fromViolation, toSarif, toGitlabCodeQuality }: Engine,
  analysis: Analysis,
  format: Format,
): string {
  if (format === 'json') return formatJson(analysis);
  if (format === 'text') return formatText(analysis);
  const findings = analysis.violations.map(fromViolation);
  const document =
    format === 'sarif'
      ? toSarif(findings, analysis.rules, { toolName: 'Plumb', version: ENGINE_VERSION })
      : toGitlabCodeQuality(findings);
  return `${JSON.stringify(document, null, 2)}\n`;
}

function parseFormat(value: string): Format {
  if (!(FORMATS as readonly string[]).includes(value))
    throw new InvalidArgumentError(`expected one of ${FORMATS.join(', ')}, got "${value}"`);
  return value as Format;
}

function parseThreads(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`expected a number of threads (0 = none), got "${value}"`);
  return Number(value);
}

async function runAnalyze(dir: string, flags: AnalyzeFlags): Promise<number> {
  const { engine, analysis } = await analyzeLocally(dir, flags);
  const output = render(engine, analysis, flags.format);
  if (flags.out === undefined) process.stdout.write(output);
  else {
    await writeFile(flags.out, output).catch((error: Error) => {
      throw new UsageError(`cannot write ${flags.out}: ${error.message}`);
    });
  }
  const { failOn } = flags;
  if (failOn === undefined) return 0;
  const failing = analysis.violations.filter((violation) => compareSeverity(violation.level, failOn) >= 0).length;
  if (failing === 0) return 0;
  process.stderr.write(`plumb: ${failing} finding${failing === 1 ? '' : 's'} at or above ${failOn}\n`);
  return 1;
}

/** `plumb analyze [DIR]`: analyze a directory locally and print the result. */
export function registerAnalyze(program: Command, setExitCode: SetExitCode): void {
  program
    .command('analyze')
    .description('analyze a directory: violations, secrets, size, functions and complexity, duplication, debt')
    .argument('[dir]', 'directory to analyze', '.')
    .option('--format <format>', `output format: ${FORMATS.join(' or ')}`, parseFormat, 'text')
    .option('--out <file>', 'write the result to a file instead of stdout')
    .option('--config <file>', 'configuration file (default: DIR/.plumb.yml)')
    .option(
      '--threads <n>',
      'worker threads (default: one per core for inputs of 2 MB or more, else none; 0 = none)',
      parseThreads,
    )
    .option('--import-sarif <file>', "merge another tool's SARIF 2.1.0 results (repeatable)", collect, [])
    .option(
      '--fail-on <severity>',
      `exit 1 when a finding at or above this severity exists (${SEVERITIES.join(', ')})`,
      parseSeverity,
    )
    .option('--no-linters', 'do not run the bundled linters (oxlint, Ruff)')
    .action(async (dir: string, flags: AnalyzeFlags) => setExitCode(await runAnalyze(dir, flags)));
}
