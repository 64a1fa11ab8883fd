import type { Command } from 'commander';
import { registerAdminBootstrap } from './admin-bootstrap.js';
import { registerAnalyze } from './analyze.js';
import { registerCancel } from './cancel.js';
import { registerReport } from './report.js';
import { registerScan } from './scan.js';
import { registerServe } from './serve.js';
import { registerWorker } from './worker.js';

/** Sets the process exit code from inside a command's action. */
export type SetExitCode = (code: number) => void;

/** Adds every `plumb` subcommand to the program. */
export function registerCommands(program: Command, setExitCode: SetExitCode): void {
  registerServe(program);
  registerWorker(program);
  registerAnalyze(program, setExitCode);
  registerCancel(program, setExitCode);
  registerScan(program, setExitCode);
  registerReport(program, setExitCode);
  const admin = program.command('admin').description('administer organizations and users');
  registerAdminBootstrap(admin);
}
