import { METRIC_RULES } from './findings/metric-rules.js';
import type { Finding } from './findings/types.js';
import { BUNDLED_LINTERS, bundledLinterRules } from './linters/index.js';
import type { Linter } from './linters/types.js';
import { LICENSE_RULE } from './licenses/policy.js';
import { BUILT_IN_RULES } from './rules/index.js';
import type { RuleMeta } from './rules/types.js';
import { SECRET_RULES } from './secrets/index.js';

const keyOf = (tool: string, id: string) => `${tool}\u0000${id}`;
const byKey = (metas: readonly RuleMeta[]) => new Map(metas.map((meta) => [keyOf(meta.tool, meta.id), meta]));

let plumbRules: readonly RuleMeta[] | undefined;
let catalog: readonly RuleMeta[] | undefined;

/** Plumb's own rules: built-in tree-sitter rules, secrets and metrics. */
function ownRules(): readonly RuleMeta[] {
  plumbRules ??= [
    ...Object.values(BUILT_IN_RULES).flatMap((rules) => rules.map((rule) => rule.meta)),
    ...SECRET_RULES,
    ...Object.values(METRIC_RULES),
    LICENSE_RULE,
  ];
  return plumbRules;
}

let offByDefault: ReadonlySet<string> | undefined;

/** Plumb's rules that report only where `.plumb.yml` switches them on, as `tool/id`. */
export function rulesOffByDefault(): ReadonlySet<string> {
  offByDefault ??= new Set(
    ownRules()
      .filter((meta) => meta.enabledByDefault === false)
      .map((meta) => `${meta.tool}/${meta.id}`),
  );
  return offByDefault;
}

/** Every rule Plumb can report: its own rules and the bundled linters' rules. */
export function ruleCatalog(): readonly RuleMeta[] {
  catalog ??= [...ownRules(), ...bundledLinterRules()];
  return catalog;
}

type FindingOfRule = Pick<Finding, 'tool' | 'rule' | 'description' | 'category' | 'severity' | 'remediationMinutes'>;

// A linter's catalog is read only when one of its findings needs it: listing oxlint's rules costs a process.
const linterCatalogs = new Map<Linter, Map<string, RuleMeta>>();

function linterRule(linter: Linter, finding: FindingOfRule): RuleMeta | undefined {
  let listed = linterCatalogs.get(linter);
  if (!listed) linterCatalogs.set(linter, (listed = byKey(linter.catalog?.() ?? [])));
  return listed.get(keyOf(finding.tool, finding.rule)) ?? linter.describeRule?.(finding.rule, finding.description);
}

/** A rule of a tool Plumb has no description of, described from its first finding. */
function describedByFinding(finding: FindingOfRule): RuleMeta {
  const { tool, rule: id, category, severity, remediationMinutes, description } = finding;
  return {
    id,
    tool,
    language: 'any',
    category,
    severity,
    labels: [],
    remediationMinutes,
    docs: { whatItFinds: description, whyItMatters: `Reported by ${tool}.`, example: { bad: '', good: '' } },
  };
}

function metaOf(finding: FindingOfRule, known: ReadonlyMap<string, RuleMeta>): RuleMeta {
  const linter = BUNDLED_LINTERS.find((candidate) => candidate.id === finding.tool);
  return (
    known.get(keyOf(finding.tool, finding.rule)) ??
    (linter && linterRule(linter, finding)) ??
    describedByFinding(finding)
  );
}

/** Looks up the rule of one finding at a time, as `rulesOf` does. */
export function ruleOfFinding(imported: readonly RuleMeta[] = []): (finding: FindingOfRule) => RuleMeta {
  const known = byKey([...ownRules(), ...imported]);
  return (finding) => metaOf(finding, known);
}

/**
 * The rules behind the findings: Plumb's own, imported SARIF logs',
 * their linter's, or described by a finding; by tool and id.
 */
export function rulesOf(findings: readonly FindingOfRule[], imported: readonly RuleMeta[] = []): RuleMeta[] {
  const known = byKey([...ownRules(), ...imported]);
  const used = new Map<string, RuleMeta>();
  for (const finding of findings) {
    const key = keyOf(finding.tool, finding.rule);
    if (!used.has(key)) used.set(key, metaOf(finding, known));
  }
  return [...used.values()].sort((a, b) =>
    a.tool === b.tool ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.tool < b.tool ? -1 : 1,
  );
}
