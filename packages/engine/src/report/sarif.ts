import type { Finding } from '../findings/types.js';
import type { RuleMeta } from '../rules/types.js';
import {
  SARIF_LEVEL,
  ruleFromFinding,
  sarifRuleId,
  toReportingDescriptor,
  type SarifLevel,
  type SarifReportingDescriptor,
} from './sarif-rules.js';

export const SARIF_SCHEMA =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/**
 * Artifact URIs are relative to this base, which SARIF consumers
 * (GitHub code scanning among them) take as the checkout.
 */
export const SOURCE_ROOT = '%SRCROOT%';

export interface SarifExportOptions {
  toolName: string;
  version: string;
  informationUri?: string;
}

export interface SarifResultObject {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: string };
      region: { startLine: number; endLine: number; startColumn: number };
    };
  }[];
  partialFingerprints: Record<string, string>;
}

export interface SarifLogObject {
  $schema: string;
  version: '2.1.0';
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        semanticVersion?: string;
        informationUri?: string;
        rules: SarifReportingDescriptor[];
      };
    };
    columnKind: 'utf16CodeUnits';
    results: SarifResultObject[];
  }[];
}

/** A relative POSIX path as a URI reference: each segment percent-encoded, the slashes kept. */
export function pathToUri(filename: string): string {
  return filename.split('/').map(encodeURIComponent).join('/');
}

/**
 * The findings as one SARIF 2.1.0 log with one run whose driver is Plumb: every tool's rules sit in its
 * `rules` (other tools' ids prefixed `<tool>/`), only those that some finding reports.
 */
export function toSarif(
  findings: readonly Finding[],
  rules: readonly RuleMeta[],
  options: SarifExportOptions,
): SarifLogObject {
  const catalog = new Map(rules.map((rule) => [sarifRuleId(rule.tool, rule.id), rule]));
  const descriptors: SarifReportingDescriptor[] = [];
  const indexes = new Map<string, number>();
  const ruleIndex = (finding: Finding) => {
    const id = sarifRuleId(finding.tool, finding.rule);
    let index = indexes.get(id);
    if (index === undefined) {
      index = descriptors.push(toReportingDescriptor(catalog.get(id) ?? ruleFromFinding(finding))) - 1;
      indexes.set(id, index);
    }
    return index;
  };
  const results = findings.map((finding): SarifResultObject => {
    const index = ruleIndex(finding);
    return {
      ruleId: sarifRuleId(finding.tool, finding.rule),
      ruleIndex: index,
      level: SARIF_LEVEL[finding.severity],
      message: { text: finding.description || finding.rule },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: pathToUri(finding.filename), uriBaseId: SOURCE_ROOT },
            region: {
              startLine: finding.line,
              endLine: Math.max(finding.line, finding.lineEnd),
              startColumn: Math.max(1, finding.column),
            },
          },
        },
      ],
      partialFingerprints: { 'plumb/v1': finding.uniqueIdentifier, primaryLocationLineHash: finding.codeHash },
    };
  });
  const semver = /^\d+\.\d+\.\d+(?:[-+].*)?$/.test(options.version);
  const driver = {
    name: options.toolName,
    version: options.version,
    ...(semver ? { semanticVersion: options.version } : {}),
    ...(options.informationUri === undefined ? {} : { informationUri: options.informationUri }),
    rules: descriptors,
  };
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{ tool: { driver }, columnKind: 'utf16CodeUnits', results }],
  };
}
