import type { Analysis, FileSummary } from '../model.js';
import { compareText } from '../order.js';
import { renderTable } from './table.js';

const TOP = 10;
const TOP_FINDINGS = 20;

function percent(part: number, whole: number): string {
  return whole === 0 ? '0.0%' : `${((100 * part) / whole).toFixed(1)}%`;
}

function languageSection(files: readonly FileSummary[]): string[] {
  const totals = new Map<string, [files: number, code: number, comment: number, blank: number]>();
  for (const file of files) {
    const row = totals.get(file.language) ?? [0, 0, 0, 0];
    totals.set(file.language, [row[0] + 1, row[1] + file.code, row[2] + file.comment, row[3] + file.blank]);
  }
  const rows = [...totals]
    .sort((a, b) => b[1][1] - a[1][1] || compareText(a[0], b[0]))
    .map(([language, row]) => [language, ...row]);
  const sum = (index: number) => (files.length === 0 ? 0 : rows.reduce((total, row) => total + Number(row[index]), 0));
  return renderTable(
    ['Language', 'Files', 'Code', 'Comment', 'Blank'],
    [...rows, ['Total', sum(1), sum(2), sum(3), sum(4)]],
  );
}

const isMain = (file: FileSummary) => file.role === 'main';

/** Where the rows not shown are: every format but text lists each finding, function and clone. */
const SEE_ALL = 'plumb analyze --format json lists them all';

function plural(count: number, noun: string): string {
  const suffix = noun.endsWith('s') ? 'es' : 's';
  return `${count} ${noun}${count === 1 ? '' : suffix}`;
}

function notShown(count: number, noun: string): string[] {
  return count > 0 ? [`  ... and ${plural(count, `more ${noun}`)} not shown (${SEE_ALL})`] : [];
}

function testCodeLine({ files, lines }: Analysis['codeByRole']['test']): string {
  const counts = `${files} files, ${lines} code lines`;
  return `Test code (tests, benchmarks, fixtures, examples; not counted above): ${counts}.`;
}

function worstFiles(analysis: Analysis): string[] {
  const nodes = new Map(analysis.tree.filter((node) => node.isFile).map((node) => [node.fullPath, node]));
  const scored = analysis.files
    .filter(isMain)
    .map((file) => ({ file, node: nodes.get(file.filename) }))
    .filter(({ file, node }) => (node?.complexFunctions ?? 0) + (node?.longFunctions ?? 0) + file.duplicatedLines > 0)
    .sort(
      (a, b) =>
        (b.node?.complexFunctions ?? 0) - (a.node?.complexFunctions ?? 0) ||
        (b.node?.longFunctions ?? 0) - (a.node?.longFunctions ?? 0) ||
        b.file.duplicatedLines - a.file.duplicatedLines ||
        compareText(a.file.filename, b.file.filename),
    )
    .slice(0, TOP);
  if (scored.length === 0) return ['  none'];
  const rows = scored.map(({ file, node }) => [
    file.filename,
    file.code,
    node?.complexFunctions ?? 0,
    node?.longFunctions ?? 0,
    file.duplicatedLines,
  ]);
  return renderTable(['File', 'Code', 'Complex fns', 'Long fns', 'Dup. lines'], rows);
}

function complexFunctions(analysis: Analysis): string[] {
  const top = analysis.functions
    .filter((fn) => fn.role === 'main')
    .sort(
      (a, b) =>
        b.complexity - a.complexity ||
        b.cognitiveComplexity - a.cognitiveComplexity ||
        compareText(a.filename, b.filename) ||
        a.lineStart - b.lineStart,
    )
    .slice(0, TOP);
  if (top.length === 0) return ['  none'];
  const rows = top.map((fn) => [
    fn.complexity,
    fn.cognitiveComplexity,
    fn.length,
    fn.functionName,
    `${fn.filename}:${fn.lineStart}`,
  ]);
  return renderTable(['CCN', 'Cognitive', 'Length', 'Function', 'Where'], rows);
}

/** Each clone class once, with every one of its occurrences on a line of its own. */
function biggestClones(analysis: Analysis): string[] {
  const top = analysis.duplicates.slice(0, TOP);
  if (top.length === 0) return ['  none'];
  return [
    ...top.flatMap((duplicate) => [
      `  ${duplicate.lineCount} lines × ${duplicate.occurrences.length} (${duplicate.kind}):`,
      ...duplicate.occurrences.map(({ filename, line, lineEnd }) => `    ${filename}:${line}-${lineEnd}`),
    ]),
    ...notShown(analysis.duplicates.length - top.length, 'clone class'),
  ];
}

/** `Parsed: 61 of 63 source files (96.8%); C 95.0% (38/40).`: each language below 100% named. */
function parsingLine({ parsing }: Analysis): string {
  const partial = parsing.languages
    .filter((row) => row.parsed < row.files)
    .map((row) => `${row.language} ${row.percent.toFixed(1)}% (${row.parsed}/${row.files})`);
  const head = `Parsed: ${parsing.parsed} of ${parsing.files} source files (${parsing.percent.toFixed(1)}%)`;
  return partial.length === 0 ? `${head}.` : `${head}; ${partial.join(', ')}.`;
}

const SEVERITY_ORDER = ['critical', 'high', 'moderate', 'low', 'info'] as const;

function violationsSection(analysis: Analysis): string[] {
  if (analysis.violations.length === 0) return ['  none'];
  const bySeverity = SEVERITY_ORDER.map(
    (level) => `${analysis.violations.filter((violation) => violation.level === level).length} ${level}`,
  );
  const byRule = new Map<string, number>();
  for (const violation of analysis.violations)
    byRule.set(`${violation.tool}/${violation.rule}`, (byRule.get(`${violation.tool}/${violation.rule}`) ?? 0) + 1);
  const topRules = [...byRule].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).slice(0, TOP);
  const worst = [...analysis.violations]
    .sort(
      (a, b) =>
        SEVERITY_ORDER.indexOf(a.level) - SEVERITY_ORDER.indexOf(b.level) ||
        compareText(a.filename, b.filename) ||
        a.line - b.line,
    )
    .slice(0, TOP_FINDINGS)
    .map((violation) => [
      violation.level,
      `${violation.filename}:${violation.line}`,
      `${violation.tool}/${violation.rule}`,
      violation.description,
    ]);
  return [
    `  ${bySeverity.join(', ')}`,
    '',
    ...renderTable(
      ['Count', 'Rule'],
      topRules.map(([rule, count]) => [count, rule]),
    ),
    '',
    ...renderTable(['Level', 'Where', 'Rule', 'Message'], worst),
    ...notShown(analysis.violations.length - worst.length, 'finding'),
  ];
}

/** The project's own licenses and the most common of its dependencies', as the checkout declares them. */
function licensesLine({ licenses }: Analysis): string {
  const own = [...new Set(licenses.project.map((entry) => entry.spdx ?? 'unrecognised'))];
  const counts = new Map<string, number>();
  for (const entry of licenses.dependencies) counts.set(entry.spdx ?? '', (counts.get(entry.spdx ?? '') ?? 0) + 1);
  const unknown = counts.get('') ?? 0;
  counts.delete('');
  const common = [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
  const shown = common.slice(0, 3).map(([id, count]) => `${count} ${id}`);
  if (common.length > 3) shown.push(`${common.slice(3).reduce((total, [, count]) => total + count, 0)} other`);
  if (unknown > 0) shown.push(`${unknown} without an SPDX license`);
  const dependencies = licenses.dependencies.length;
  return (
    `Licenses: the project's ${own.length === 0 ? 'none found' : own.join(', ')}; ` +
    `${plural(dependencies, 'dependency license')} declared${dependencies > 0 ? ` (${shown.join(', ')})` : ''}.`
  );
}

/** Every line of main code, blank and comment lines too: a clone spans them, so SonarQube's density divides by them. */
function mainPhysicalLines(analysis: Analysis): number {
  return analysis.files
    .filter((file) => file.role === 'main')
    .reduce((total, file) => total + file.code + file.comment + file.blank, 0);
}

/**
 * A readable summary: totals per language, ratings, violations, worst files, most complex functions, biggest clones,
 * errors; each figure names the code it counts (main code, or main and test code).
 */
export function formatText(analysis: Analysis): string {
  const { summary, thresholds, codeByRole } = analysis;
  const lines = [
    `Files: ${analysis.files.length} analyzed (${codeByRole.main.files} main code, ${codeByRole.test.files} test ` +
      `code), ${analysis.errors.length} with errors. Code lines: ${codeByRole.main.lines} main code, ` +
      `${codeByRole.test.lines} test code.`,
    parsingLine(analysis),
    `Functions (main code): ${summary.totalFunctions}, ${summary.complexFunctions} complex (CCN > ` +
      `${thresholds.complexity}), ${summary.longFunctions} long (> ${thresholds.length} lines).`,
    `Duplication (main code): ${plural(summary.duplicates, 'clone class')}, ` +
      `${summary.duplicated_lines} duplicated lines ` +
      `(${percent(summary.duplicated_lines, mainPhysicalLines(analysis))} of main code's lines).`,
    `Ratings (main code): maintainability ${analysis.ratings.maintainability} (debt ratio ` +
      `${percent(analysis.ratings.debtRatio, 1)}), reliability ${analysis.ratings.reliability}, security ` +
      `${analysis.ratings.security}. Quality ${analysis.quality.score.toFixed(2)}/10.`,
    licensesLine(analysis),
    '',
    ...languageSection(analysis.files.filter(isMain)),
    testCodeLine(analysis.codeByRole.test),
    '',
    'Worst files (main code)',
    ...worstFiles(analysis),
    '',
    `Violations in main and test code (${analysis.violations.length}), most severe first, then by path`,
    ...violationsSection(analysis),
    '',
    'Most complex functions (main code)',
    ...complexFunctions(analysis),
    '',
    'Biggest clones (main code)',
    ...biggestClones(analysis),
  ];
  if (analysis.errors.length > 0) {
    lines.push(
      '',
      'Errors',
      ...analysis.errors.slice(0, TOP).map((error) => `${error.type} ${error.filename}: ${error.message}`),
    );
    lines.push(...notShown(analysis.errors.length - TOP, 'error'));
  }
  return `${lines.join('\n')}\n`;
}
