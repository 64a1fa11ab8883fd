import type { UntrackedFinding } from '../../findings/types.js';
import { languageSpec } from '../../languages/registry.js';
import type { RuleMeta } from '../../rules/types.js';
import { languageFromExtension } from '../../walk/detect-language.js';
import { artifactPath } from './artifact-path.js';
import { messageText } from './message.js';
import type { SarifComponent, SarifResult, SarifRule, SarifRun } from './model.js';
import { readSarifLog } from './read-log.js';
import {
  DEFAULT_LEVEL,
  categoryOf,
  levelSeverity,
  remediationMinutes,
  securitySeverity,
  toRuleMeta,
} from './rule-meta.js';
import { SarifFormatError } from './sarif-error.js';

export interface SarifImportOptions {
  /** Absolute path of the analyzed directory: artifact paths are made relative to it. */
  root: string;
}

export interface SarifImport {
  findings: UntrackedFinding[];
  /**
   * Every rule the log describes (driver and extensions), and a
   * bare entry for any rule a result names without describing.
   */
  rules: RuleMeta[];
  /** Results left out: no file location, a file outside the root, or suppressed, passing or absent ones. */
  skipped: number;
}

interface RuleRef {
  rule: SarifRule | undefined;
  component: SarifComponent;
}

/**
 * The descriptor a result refers to: by `rule.toolComponent` + `rule.index`, `ruleIndex`, or by id in any component.
 */
function resolveRule(result: SarifResult, run: SarifRun, path: string): RuleRef {
  const componentIndex = result.rule?.componentIndex;
  const component = componentIndex === undefined || componentIndex < 0 ? run.driver : run.extensions[componentIndex];
  if (!component)
    throw new SarifFormatError(
      `${path}.rule.toolComponent.index`,
      `refers to no entry of tool.extensions (${run.extensions.length} there)`,
    );
  const index = result.rule?.index ?? result.ruleIndex;
  if (index !== undefined && index >= 0) {
    const rule = component.rules[index];
    if (!rule)
      throw new SarifFormatError(
        `${path}.${result.rule?.index === undefined ? 'ruleIndex' : 'rule.index'}`,
        `refers to no rule of ${component.name} (${component.rules.length} there)`,
      );
    return { rule, component };
  }
  const id = result.ruleId ?? result.rule?.id;
  for (const candidate of [component, run.driver, ...run.extensions]) {
    const rule = candidate.rules.find((entry) => entry.id === id);
    if (rule) return { rule, component: candidate };
  }
  return { rule: undefined, component };
}

function toFinding(result: SarifResult, ref: RuleRef, run: SarifRun, filename: string): UntrackedFinding {
  const { rule } = ref;
  const level =
    result.level ?? (result.kind !== undefined && result.kind !== 'fail' ? 'none' : (rule?.level ?? DEFAULT_LEVEL));
  const severity =
    securitySeverity(result.properties) ?? (rule && securitySeverity(rule.properties)) ?? levelSeverity(level);
  const region = result.location?.region;
  const line = region?.startLine ?? 1;
  const ruleId = result.ruleId ?? result.rule?.id ?? rule?.id ?? 'unknown';
  const languageId = languageFromExtension(filename);
  return {
    rule: ruleId,
    tool: run.driver.name,
    category: categoryOf(rule),
    severity,
    filename,
    line,
    lineEnd: Math.max(line, region?.endLine ?? line),
    column: region?.startColumn ?? 1,
    description: messageText(result.message, rule, ref.component) || ruleId,
    ...(rule?.help === undefined ? {} : { help: rule.help }),
    language: languageId === undefined ? null : languageSpec(languageId).codiga,
    remediationMinutes: remediationMinutes(severity),
  };
}

/**
 * Any tool's SARIF 2.1.0 log as Plumb findings and catalog rules: every run, the tool's name kept as `tool`,
 * the first location as the place. Throws SarifFormatError, naming the field, when the log is not valid SARIF.
 */
export function importSarif(jsonText: string, options: SarifImportOptions): SarifImport {
  const runs = readSarifLog(jsonText);
  const findings: UntrackedFinding[] = [];
  const rules = new Map<string, RuleMeta>();
  let skipped = 0;
  runs.forEach((run, runIndex) => {
    const tool = run.driver.name;
    for (const component of [run.driver, ...run.extensions])
      for (const rule of component.rules)
        if (!rules.has(`${tool}\0${rule.id}`)) rules.set(`${tool}\0${rule.id}`, toRuleMeta(rule, tool));
    run.results.forEach((result, resultIndex) => {
      const path = `runs[${runIndex}].results[${resultIndex}]`;
      const ref = resolveRule(result, run, path);
      const filename = artifactPath(result.location?.artifactLocation, run, options.root);
      if (
        filename === undefined ||
        result.suppressed ||
        result.absent ||
        result.kind === 'pass' ||
        result.kind === 'notApplicable'
      ) {
        skipped += 1;
        return;
      }
      const finding = toFinding(result, ref, run, filename);
      findings.push(finding);
      const key = `${tool}\0${finding.rule}`;
      if (!rules.has(key))
        rules.set(
          key,
          toRuleMeta({ id: finding.rule, tags: [], properties: {}, messageStrings: {}, level: result.level }, tool),
        );
    });
  });
  return { findings, rules: [...rules.values()], skipped };
}
