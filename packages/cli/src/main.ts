import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands/index.js';
import { UsageError } from './usage-error.js';

/** Runs the `plumb` command line and resolves to the process exit code (0 ok, 1 failure asked for, 2 bad usage). */
export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command('plumb')
    .description('Plumb: self-hosted code quality')
    .exitOverride()
    .configureOutput({ writeErr: () => {} })
    .showSuggestionAfterError(false);
  let exitCode = 0;
  registerCommands(program, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    return reportFailure(error);
  }
}

function reportFailure(error: unknown): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0)
      return 0;
    if (error.code === 'commander.help') return 0;
    process.stderr.write(`plumb: ${error.message.replace(/^error: /, '').split('\n')[0]}\n`);
    return 2;
  }
  if (error instanceof UsageError || isInvalidInput(error)) {
    process.stderr.write(`plumb: ${error.message}\n`);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`plumb: ${message}\n`);
  return 1;
}

/**
 * The server's domain errors for bad input (`Invalid`) carry `kind: 'invalid'`; checked by shape so the CLI need not
 * load the server.
 */
function isInvalidInput(error: unknown): error is Error {
  return error instanceof Error && (error as Error & { kind?: unknown }).kind === 'invalid';
}
