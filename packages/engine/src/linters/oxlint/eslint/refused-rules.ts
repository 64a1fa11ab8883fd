import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execOxlint, plainText } from '../run.js';

/** How many refused rules are dropped one by one before the whole configuration is left to the usual fallback. */
const MAX_REFUSED_RULES = 20;

type RuleTable = Record<string, unknown>;

function rulesOf(config: Record<string, unknown>): RuleTable[] {
  const overrides = (config['overrides'] ?? []) as { rules?: RuleTable }[];
  return [config['rules'] as RuleTable | undefined, ...overrides.map((override) => override.rules)].filter(
    (rules): rules is RuleTable => rules !== undefined,
  );
}

/**
 * oxlint refuses a whole configuration for one rule's options it does not accept (ESLint's deprecated
 * `eqeqeq: allow-null`, an option it lacks); such a rule is dropped and named, so the rest of the project's
 * configuration still runs. oxlint checks the file at `configPath` with no file to lint, once per refused rule.
 */
export async function dropRefusedRules(
  configPath: string,
  config: Record<string, unknown>,
  origin: string,
  notes: string[],
): Promise<void> {
  for (let attempt = 0; attempt < MAX_REFUSED_RULES; attempt++) {
    await writeFile(configPath, JSON.stringify(config));
    const args = ['--format=json', '-c', configPath, '--no-error-on-unmatched-pattern', './plumb-no-file.js'];
    const { stdout, stderr } = await execOxlint(args, path.dirname(configPath));
    const refusal = /Invalid configuration for rule `([^`]+)`:\s*\|?\s*([^\n]*)/.exec(
      plainText(`${stderr}\n${stdout}`),
    );
    if (!refusal?.[1]) return;
    const rule = refusal[1];
    let dropped = false;
    for (const rules of rulesOf(config))
      for (const key of Object.keys(rules))
        if (key === rule || key.endsWith(`/${rule}`)) {
          delete rules[key];
          dropped = true;
        }
    if (!dropped) return;
    notes.push(`${origin}: rule \`${rule}\` not translated: oxlint refuses its options (${refusal[2]?.trim() ?? ''})`);
  }
}
