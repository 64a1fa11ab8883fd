import { readFileSync } from 'node:fs';
import path from 'node:path';
import { rulesOf, rulesOffByDefault } from '../catalog.js';
import type { PlumbConfig } from '../config/schema.js';
import { projectRatings, scrutinizerQuality, summarize, technicalDebt } from '../debt/index.js';
import { duplicatedLines } from '../duplication/index.js';
import type { CloneClass } from '../duplication/types.js';
import { duplicateFindings, functionFindings, METRIC_RULES } from '../findings/metric-rules.js';
import { applyRuleSettings } from '../findings/rule-settings.js';
import type { Finding, UntrackedFinding } from '../findings/types.js';
import { toViolation } from '../findings/violation.js';
import type { Analysis, AnalysisError } from '../model.js';
import { compareText } from '../order.js';
import type { RuleMeta } from '../rules/types.js';
import { splitLines, trackFindings } from '../tracking/index.js';
import type { AnalyzedFile } from '../worker/task.js';
import { toDuplicates } from './duplicates.js';
import { languageStats, summarizeFiles } from './files.js';
import { parseCoverage, type ParseAttempt } from './parse-coverage.js';
import { collectFunctions, complexFunctions, longFunctions } from './functions.js';
import { buildTree } from './tree.js';

export interface AnalysisParts {
  /** The analyzed directory, to read the lines findings sit on. */
  root: string;
  files: readonly AnalyzedFile[];
  /** Source files that failed before they had a tree (unreadable, binary, too large), by language. */
  unparsed: readonly ParseAttempt[];
  errors: readonly AnalysisError[];
  clones: readonly CloneClass[];
  /** Built-in rules, secrets, linters and imported SARIF results, before tracking. */
  findings: readonly UntrackedFinding[];
  /** Rules that imported SARIF logs brought. */
  importedRules: readonly RuleMeta[];
  config: PlumbConfig;
  startTimestamp: number;
  runningTimeSeconds: number;
}

const METRIC_RULE_IDS = new Set<string>(Object.values(METRIC_RULES).map((rule) => rule.id));

function readLinesUnder(root: string): (filename: string) => string[] {
  return (filename) => {
    try {
      return splitLines(readFileSync(path.join(root, filename), 'utf8'));
    } catch {
      return [];
    }
  };
}

const byPlace = (a: Finding, b: Finding) =>
  compareText(a.filename, b.filename) ||
  a.line - b.line ||
  a.column - b.column ||
  compareText(a.tool, b.tool) ||
  compareText(a.rule, b.rule) ||
  compareText(a.description, b.description);

/** Aggregates per-file results into the one Analysis document, every list in a fixed order. */
export function buildAnalysis(parts: AnalysisParts): Analysis {
  const { config } = parts;
  const duplicated = duplicatedLines(parts.clones);
  const files = summarizeFiles(parts.files, duplicated.byFile);
  const functions = collectFunctions(parts.files);
  const duplicates = toDuplicates(parts.clones);
  const complex = complexFunctions(functions, config.thresholds);
  const long = longFunctions(functions, config.thresholds);
  const slocs = files.reduce((total, file) => total + file.code, 0);
  const untracked = applyRuleSettings(
    [...parts.findings, ...functionFindings(functions, config.thresholds), ...duplicateFindings(duplicates)],
    config.rules,
    rulesOffByDefault(),
  );
  const findings = trackFindings(untracked, readLinesUnder(parts.root)).sort(byPlace);
  const violations = findings.map(toViolation);
  // Complex and long functions and duplicates have debt of their own; their findings must not count twice.
  const ruleFindings = findings.filter((finding) => !METRIC_RULE_IDS.has(finding.rule) || finding.tool !== 'plumb');
  const debtInput = { findings: ruleFindings, duplicates, functions, files };
  const { functions: ratedFunctions, ...quality } = scrutinizerQuality(functions, findings, {});
  return {
    status: 'Done',
    startTimestamp: parts.startTimestamp,
    runningTimeSeconds: parts.runningTimeSeconds,
    thresholds: { ...config.thresholds, ...config.duplication },
    summary: summarize(findings, duplicates, slocs, duplicated.total, {
      total: functions.length,
      complex: complex.length,
      long: long.length,
    }),
    techdebt: technicalDebt(debtInput, { thresholds: config.thresholds }),
    ratings: projectRatings(debtInput, { thresholds: config.thresholds }),
    quality: { ...quality, ratedFunctions: ratedFunctions.length },
    slocs,
    stats: languageStats(files),
    parsing: parseCoverage([...parts.files, ...parts.unparsed]),
    errors: [...parts.errors].sort((a, b) => compareText(a.filename, b.filename) || compareText(a.type, b.type)),
    tree: buildTree(files, functions, duplicates, config.thresholds, violations),
    duplicates,
    complexFunctions: complex,
    longFunctions: long,
    files,
    functions,
    violations,
    rules: rulesOf(findings, parts.importedRules),
  };
}
