import type { Command } from 'commander';

/** Sets the process exit code from inside a command's action. */
export type SetExitCode = (code: number) => void;

/** Adds every `plumb` subcommand to the program. */
export function registerCommands(program: Command, _setExitCode: SetExitCode): void {
  program.command('version').description('print the version').action(() => {
    process.stdout.write('0.1.0\n');
  });
}
