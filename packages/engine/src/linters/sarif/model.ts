/** The part of a SARIF 2.1.0 log that import reads, validated and with absent arrays made empty. */
export const SARIF_LEVELS = ['none', 'note', 'warning', 'error'] as const;
export type SarifLevel = (typeof SARIF_LEVELS)[number];
export const SARIF_KINDS = ['notApplicable', 'pass', 'fail', 'review', 'open', 'informational'] as const;
export type SarifKind = (typeof SARIF_KINDS)[number];

export interface SarifMessage {
  text?: string;
  id?: string;
  arguments: string[];
}

export interface SarifArtifactLocation {
  uri?: string;
  uriBaseId?: string;
  index?: number;
}

export interface SarifRegion {
  startLine?: number;
  endLine?: number;
  startColumn?: number;
}

export interface SarifPhysicalLocation {
  artifactLocation?: SarifArtifactLocation;
  region?: SarifRegion;
}

export interface SarifRule {
  id: string;
  name?: string;
  shortDescription?: string;
  fullDescription?: string;
  help?: string;
  helpUri?: string;
  /** `defaultConfiguration.level`. */
  level?: SarifLevel;
  /** `properties.tags`. */
  tags: string[];
  properties: Record<string, unknown>;
  messageStrings: Record<string, string>;
}

export interface SarifComponent {
  name: string;
  rules: SarifRule[];
  globalMessageStrings: Record<string, string>;
}

export interface SarifResult {
  ruleId?: string;
  ruleIndex?: number;
  /** `result.rule`: a reference that may name the component (extension) holding the rule. */
  rule?: { id?: string; index?: number; componentIndex?: number };
  level?: SarifLevel;
  kind?: SarifKind;
  message: SarifMessage;
  /** The first location's physical location, the place Plumb reports. */
  location?: SarifPhysicalLocation;
  /** Suppressed in source or accepted by a reviewer (`suppressions` with no status or status `accepted`). */
  suppressed: boolean;
  /** `baselineState: absent`: the result was there in the baseline and is gone now. */
  absent: boolean;
  properties: Record<string, unknown>;
}

export interface SarifRun {
  driver: SarifComponent;
  extensions: SarifComponent[];
  results: SarifResult[];
  /** `run.artifacts[i].location`, which `artifactLocation.index` refers to. */
  artifacts: (SarifArtifactLocation | undefined)[];
  /** `run.originalUriBaseIds`: what `%SRCROOT%` and friends stand for. */
  uriBaseIds: Record<string, SarifArtifactLocation>;
}
