import type { UntrackedFinding } from '../../findings/types.js';
import type { Linter, LinterError, LinterInput, LinterOutput } from '../types.js';
import type { RuffCheckReply } from './check.js';
import { DEFAULT_RUFF_CONFIG, loadRuffConfig, type RuffConfig } from './config.js';
import { ruffRuleMeta } from './describe-rule.js';
import { checkInRuffProcess, prestartRuffProcess } from './host.js';
import { ruffDiagnosticToFinding } from './to-findings.js';

export interface RuffOutput extends LinterOutput, RuffCheckReply {}

/** The repository's Ruff configuration, or the default with the reason its file could not be read. */
async function configFor(input: LinterInput, errors: LinterError[]): Promise<RuffConfig> {
  try {
    return await loadRuffConfig(input.root, input.config?.configFile);
  } catch (error) {
    errors.push({ filename: '', language: null, message: `Ruff configuration not used: ${(error as Error).message}` });
    return DEFAULT_RUFF_CONFIG;
  }
}

export const ruff: Linter<RuffOutput> = {
  id: 'ruff',
  languages: ['python'],
  async detect(input: LinterInput): Promise<boolean> {
    return input.files.length > 0;
  },
  prestart: prestartRuffProcess,
  async run(input: LinterInput): Promise<RuffOutput> {
    const errors: LinterError[] = [];
    const config = await configFor(input, errors);
    const reply = await checkInRuffProcess({ root: input.root, files: input.files, config });
    return { ...reply, errors: [...errors, ...reply.errors] };
  },
  toFindings(raw: RuffOutput): UntrackedFinding[] {
    return raw.diagnostics.map(ruffDiagnosticToFinding);
  },
  describeRule: ruffRuleMeta,
};
