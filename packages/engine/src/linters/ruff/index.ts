import type { UntrackedFinding } from '../../findings/types.js';
import type { Linter, LinterInput, LinterOutput } from '../types.js';
import type { RuffCheckReply } from './check.js';
import { planRuffRun } from './config.js';
import { ruffRuleMeta } from './describe-rule.js';
import { checkInRuffProcess, prestartRuffProcess } from './host.js';
import { ruffDiagnosticToFinding } from './to-findings.js';

export interface RuffOutput extends LinterOutput, RuffCheckReply {
  /** Files checked with one of the repository's configurations (not Plumb's default, nor refused by Ruff). */
  projectFiles: string[];
}

export const ruff: Linter<RuffOutput> = {
  id: 'ruff',
  languages: ['python'],
  async detect(input: LinterInput): Promise<boolean> {
    return input.files.length > 0;
  },
  prestart: prestartRuffProcess,
  async run(input: LinterInput): Promise<RuffOutput> {
    const { groups, errors } = planRuffRun(input.root, input.files, input.config?.configFile);
    const reply = await checkInRuffProcess({ root: input.root, groups });
    const used = new Set(reply.configs);
    const projectFiles = groups.flatMap((group) =>
      group.origin !== 'default' && used.has(group.origin) ? group.files : [],
    );
    return { ...reply, errors: [...errors, ...reply.errors], projectFiles };
  },
  toFindings(raw: RuffOutput): UntrackedFinding[] {
    return raw.diagnostics.map(ruffDiagnosticToFinding);
  },
  projectConfigured: (raw) => raw.projectFiles,
  describeRule: ruffRuleMeta,
};
