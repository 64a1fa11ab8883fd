import { METRIC_RULES } from './findings/metric-rules.js';
import type { Finding } from './findings/types.js';
import { BUNDLED_LINTERS, bundledLinterRules } from './linters/index.js';
import { BUILT_IN_RULES } from './rules/index.js';
import type { RuleMeta } from './rules/types.js';
import { SECRET_RULES } from './secrets/index.js';

let catalog: RuleMeta[] | undefined;

/** Every rule Plumb can report: built-in tree-sitter rules, secrets, metrics and the bundled linters' rules. */
export function ruleCatalog(): readonly RuleMeta[] {
  catalog ??= [
    ...Object.values(BUILT_IN_RULES).flatMap((rules) => rules.map((rule) => rule.meta)),
    ...SECRET_RULES,
    ...Object.values(METRIC_RULES),
    ...bundledLinterRules(),
  ];
  return catalog;
}

const keyOf = (tool: string, id: string) => `${tool}\u0000${id}`;

type FindingOfRule = Pick<Finding, 'tool' | 'rule' | 'description' | 'category' | 'severity' | 'remediationMinutes'>;

/** A rule no catalog lists, described by its linter (Ruff cannot enumerate its rules) or else from its first finding. */
function describedByFinding(finding: FindingOfRule): RuleMeta {
  const linter = BUNDLED_LINTERS.find((candidate) => candidate.id === finding.tool);
  if (linter?.describeRule) return linter.describeRule(finding.rule, finding.description);
  const { tool, rule: id, category, severity, remediationMinutes, description } = finding;
  return { id, tool, language: 'any', category, severity, labels: [], remediationMinutes, docs: { whatItFinds: description, whyItMatters: `Reported by ${tool}.`, example: { bad: '', good: '' } } };
}

/** The rules behind the findings, from the catalog, from imported SARIF logs, or described by a finding; by tool and id. */
export function rulesOf(findings: readonly FindingOfRule[], imported: readonly RuleMeta[] = []): RuleMeta[] {
  const known = new Map<string, RuleMeta>();
  for (const meta of [...ruleCatalog(), ...imported]) known.set(keyOf(meta.tool, meta.id), meta);
  const used = new Map<string, RuleMeta>();
  for (const finding of findings) {
    const key = keyOf(finding.tool, finding.rule);
    if (!used.has(key)) used.set(key, known.get(key) ?? describedByFinding(finding));
  }
  return [...used.values()].sort((a, b) => (a.tool === b.tool ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.tool < b.tool ? -1 : 1));
}
