import type { LicenseAudit } from '../licenses/types.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ruleOfFinding, rulesOf, rulesOffByDefault } from '../catalog.js';
import type { PlumbConfig } from '../config/schema.js';
import { projectRatings, scrutinizerQuality, summarize, technicalDebt } from '../debt/index.js';
import { duplicatedLines } from '../duplication/index.js';
import type { CloneClass } from '../duplication/types.js';
import { duplicateFindings } from '../findings/duplicate-findings.js';
import { functionFindings, METRIC_RULES } from '../findings/metric-rules.js';
import { applyRuleSettings } from '../findings/rule-settings.js';
import type { Finding, UntrackedFinding } from '../findings/types.js';
import { toViolation } from '../findings/violation.js';
import { dropPlumbIgnored } from '../suppressions/index.js';
import type { Analysis, AnalysisError } from '../model.js';
import { compareText } from '../order.js';
import { codeRoles } from '../roles/code-role.js';
import { dropFindingsOutOfScopeInTests, isInTestCode, type TestCodePlaces } from '../roles/test-findings.js';
import type { RuleMeta } from '../rules/types.js';
import { splitLines, trackFindings } from '../tracking/index.js';
import type { AnalyzedFile } from '../worker/task.js';
import { toDuplicates } from './duplicates.js';
import { codeByRole, languageStats, summarizeFiles } from './files.js';
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
  /** `tool\0filename` of the files a linter checked with the repository's own configuration. */
  projectConfigured?: ReadonlySet<string>;
  /** The licenses the checkout declares; none when the caller did not audit them. */
  licenses?: LicenseAudit;
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

/** Reads each file once for the passes that look at the lines findings sit on. */
function memoized(readLines: (filename: string) => string[]): (filename: string) => string[] {
  const cache = new Map<string, string[]>();
  return (filename) => {
    let lines = cache.get(filename);
    if (lines === undefined) cache.set(filename, (lines = readLines(filename)));
    return lines;
  };
}

const byPlace = (a: Finding, b: Finding) =>
  compareText(a.filename, b.filename) ||
  a.line - b.line ||
  a.column - b.column ||
  compareText(a.tool, b.tool) ||
  compareText(a.rule, b.rule) ||
  compareText(a.description, b.description);

function testCodePlaces(parts: AnalysisParts): TestCodePlaces {
  const { roleOf, testItemsCount } = codeRoles(parts.config.tests);
  const withTestItems = parts.files.filter((file) => file.testRanges.length > 0 && testItemsCount(file.filename));
  return { roleOf, testRanges: new Map(withTestItems.map((file) => [file.filename, file.testRanges])) };
}

/**
 * Aggregates per-file results into the one Analysis document, every list in a fixed order. Findings of rules that do
 * not apply to tests are left out of test code; sizes, functions, duplication (found among main files only), debt
 * and ratings count main code.
 */
export function buildAnalysis(parts: AnalysisParts): Analysis {
  const { config } = parts;
  const places = testCodePlaces(parts);
  const isMain = (item: { filename: string }) => places.roleOf(item.filename) === 'main';
  const duplicated = duplicatedLines(parts.clones);
  const files = summarizeFiles(parts.files, duplicated.byFile);
  const mainFiles = files.filter(isMain);
  // A Rust test function inside a file of main code is test code too: its size is no debt of the shipped code.
  const allFunctions = collectFunctions(parts.files, (place) => (isInTestCode(place, places) ? 'test' : 'main'));
  const functions = allFunctions.filter((fn) => fn.role === 'main');
  const duplicates = toDuplicates(parts.clones);
  const complex = complexFunctions(functions, config.thresholds);
  const long = longFunctions(functions, config.thresholds);
  const slocs = mainFiles.reduce((total, file) => total + file.code, 0);
  const configured = applyRuleSettings(
    [...parts.findings, ...functionFindings(allFunctions, config.thresholds), ...duplicateFindings(duplicates)],
    config.rules,
    rulesOffByDefault(),
  );
  const readLines = memoized(readLinesUnder(parts.root));
  const chosenByProject = parts.projectConfigured ?? new Set<string>();
  const untracked = dropFindingsOutOfScopeInTests(configured, places, ruleOfFinding(parts.importedRules), (finding) =>
    chosenByProject.has(`${finding.tool}\0${finding.filename}`),
  );
  const findings = trackFindings(dropPlumbIgnored(untracked, readLines), readLines).sort(byPlace);
  const violations = findings.map(toViolation);
  const mainFindings = findings.filter((finding) => !isInTestCode(finding, places));
  // Complex and long functions and duplicates have debt of their own; their findings must not count twice.
  const ruleFindings = mainFindings.filter((finding) => !METRIC_RULE_IDS.has(finding.rule) || finding.tool !== 'plumb');
  const debtInput = { findings: ruleFindings, duplicates, functions, files: mainFiles };
  const { functions: ratedFunctions, ...quality } = scrutinizerQuality(functions, mainFindings, {});
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
    stats: languageStats(mainFiles),
    codeByRole: codeByRole(files),
    parsing: parseCoverage([...parts.files, ...parts.unparsed]),
    errors: [...parts.errors].sort((a, b) => compareText(a.filename, b.filename) || compareText(a.type, b.type)),
    tree: buildTree(files, allFunctions, duplicates, config.thresholds, violations),
    duplicates,
    complexFunctions: complex,
    longFunctions: long,
    files,
    functions: allFunctions,
    violations,
    rules: rulesOf(findings, parts.importedRules),
    licenses: parts.licenses ?? { project: [], dependencies: [] },
  };
}
