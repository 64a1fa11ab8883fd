import type { Analysis, FileSummary } from '../model.js';
import { compareText } from '../order.js';
import { renderTable } from './table.js';

const TOP = 10;

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

function worstFiles(analysis: Analysis): string[] {
  const nodes = new Map(analysis.tree.filter((node) => node.isFile).map((node) => [node.fullPath, node]));
  const scored = analysis.files
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
  const top = [...analysis.functions]
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

function biggestClones(analysis: Analysis): string[] {
  const top = analysis.duplicates.slice(0, TOP);
  if (top.length === 0) return ['  none'];
  return top.map((duplicate) => {
    const places = duplicate.occurrences.map(({ filename, line }) => `${filename}:${line}`).join(', ');
    return `${duplicate.lineCount} lines × ${duplicate.occurrences.length} (${duplicate.kind}): ${places}`;
  });
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
    .slice(0, TOP)
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
  ];
}

/**
 * A readable summary: totals per language, ratings, violations,
 * worst files, most complex functions, biggest clones, errors.
 */
export function formatText(analysis: Analysis): string {
  const { summary, thresholds } = analysis;
  const lines = [
    `Files: ${analysis.files.length} analyzed, ${analysis.errors.length} with errors. Code lines: ${analysis.slocs}.`,
    parsingLine(analysis),
    `Functions: ${summary.totalFunctions}, ${summary.complexFunctions} complex (CCN > ` +
      `${thresholds.complexity}), ${summary.longFunctions} long (> ${thresholds.length} lines).`,
    `Duplication: ${summary.duplicates} clone classes, ${summary.duplicated_lines} duplicated lines ` +
      `(${percent(summary.duplicated_lines, analysis.slocs)} of code).`,
    `Ratings: maintainability ${analysis.ratings.maintainability} (debt ratio ` +
      `${percent(analysis.ratings.debtRatio, 1)}), reliability ${analysis.ratings.reliability}, security ` +
      `${analysis.ratings.security}. Quality ${analysis.quality.score.toFixed(2)}/10.`,
    '',
    ...languageSection(analysis.files),
    '',
    'Worst files',
    ...worstFiles(analysis),
    '',
    `Violations (${analysis.violations.length})`,
    ...violationsSection(analysis),
    '',
    'Most complex functions',
    ...complexFunctions(analysis),
    '',
    'Biggest clones',
    ...biggestClones(analysis),
  ];
  if (analysis.errors.length > 0) {
    lines.push(
      '',
      'Errors',
      ...analysis.errors.slice(0, TOP).map((error) => `${error.type} ${error.filename}: ${error.message}`),
    );
    if (analysis.errors.length > TOP) lines.push(`... and ${analysis.errors.length - TOP} more`);
  }
  return `${lines.join('\n')}\n`;
}
