import type { Finding, Severity } from '../findings/types.js';
import type { RuleMeta } from '../rules/types.js';

export type SarifLevel = 'error' | 'warning' | 'note';

/** Plumb's scale on SARIF's three failure levels. */
export const SARIF_LEVEL: Record<Severity, SarifLevel> = {
  critical: 'error',
  high: 'error',
  moderate: 'warning',
  low: 'note',
  info: 'note',
};
/** GitHub's security-severity bands (critical ≥ 9, high ≥ 7, medium ≥ 4, low > 0), one score per Plumb severity. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  moderate: '5.5',
  low: '2.0',
  info: '0.0',
};

export interface SarifReportingDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[]; category: string; tool: string; 'security-severity'?: string };
}

/** Plumb's own rules keep their ids; other tools' are prefixed with the tool so that one driver can hold them all. */
export function sarifRuleId(tool: string, rule: string): string {
  return tool === 'plumb' ? rule : `${tool}/${rule}`;
}

/** A catalog entry for a finding whose rule the catalog does not know. */
export function ruleFromFinding(finding: Finding): RuleMeta {
  const docs = { whatItFinds: finding.description, whyItMatters: '', example: { bad: '', good: '' } };
  return {
    id: finding.rule,
    tool: finding.tool,
    language: 'any',
    category: finding.category,
    severity: finding.severity,
    labels: [],
    remediationMinutes: finding.remediationMinutes,
    docs,
  };
}

function helpMarkdown(rule: RuleMeta): string {
  const { whatItFinds, whyItMatters, example } = rule.docs;
  const code = (title: string, text: string) => (text.trim() === '' ? '' : `**${title}**\n\n\`\`\`\n${text}\n\`\`\``);
  return [whatItFinds, whyItMatters, code('Reported', example.bad), code('Fixed', example.good)]
    .filter((part) => part.trim() !== '')
    .join('\n\n');
}

export function toReportingDescriptor(rule: RuleMeta): SarifReportingDescriptor {
  const short = rule.docs.whatItFinds.trim() || rule.id;
  const full = [short, rule.docs.whyItMatters.trim()].filter((part) => part !== '').join(' ');
  const security = rule.category === 'Security';
  return {
    id: sarifRuleId(rule.tool, rule.id),
    name: rule.id,
    shortDescription: { text: short },
    fullDescription: { text: full },
    help: { text: full, markdown: helpMarkdown(rule) },
    defaultConfiguration: { level: SARIF_LEVEL[rule.severity] },
    properties: {
      tags: [...new Set([...(security ? ['security'] : []), rule.category, ...rule.labels])],
      category: rule.category,
      tool: rule.tool,
      ...(security ? { 'security-severity': SECURITY_SEVERITY[rule.severity] } : {}),
    },
  };
}
